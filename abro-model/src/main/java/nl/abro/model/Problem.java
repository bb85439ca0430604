package nl.abro.model;

/** One thing wrong with an input file, printed as {@code file:line:column: message}. */
public record Problem(String file, int line, int column, String message) {
    public static Problem inFile(String file, String message) {
        return new Problem(file, -1, -1, message);
    }

    /** A problem whose message already names its place (e.g. "file:12:3: rule X: ..."). */
    public Problem withoutFile() {
        return new Problem("", -1, -1, message);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(message).toString();
    }
}
