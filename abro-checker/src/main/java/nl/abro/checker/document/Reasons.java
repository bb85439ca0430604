package nl.abro.checker.document;

/** How a parser's complaint becomes part of a one-line reason for the user. */
final class Reasons {
    private static final int MAX = 160;

    private Reasons() {
    }

    /** The exception's message (its type when it has none), on one line and cut to a readable length. */
    static String oneLine(Throwable e) {
        return cut(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /** As {@link #oneLine}, led by the exception's type: for failures no parser meant to report. */
    static String withType(Throwable e) {
        return cut(e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static String cut(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() > MAX ? line.substring(0, MAX) + "..." : line;
    }
}
