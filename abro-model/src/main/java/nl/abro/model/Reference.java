package nl.abro.model;

/** A pointer from a requirement to another source: an NBIV form, an ABRO appendix, a law article. */
public record Reference(String source, String ref) {
    @Override
    public String toString() {
        return source + " " + ref;
    }
}
