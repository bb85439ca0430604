package nl.abro.model.io;

/** Where an element starts in its file. */
record Location(int line, int column) {
    static final Location UNKNOWN = new Location(-1, -1);
}
