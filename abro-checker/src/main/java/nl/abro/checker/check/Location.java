package nl.abro.checker.check;

/**
 * Where a finding points: line, column and XPath in an XML document, a page in a paged one.
 * Absent parts are null.
 */
public record Location(Integer page, Integer line, Integer column, String xpath) {
    public static final Location NONE = new Location(null, null, null, null);

    public static Location xml(int line, int column, String xpath) {
        return new Location(null, line > 0 ? line : null, column > 0 ? column : null, xpath);
    }

    public static Location page(int page) {
        return new Location(page, null, null, null);
    }

    /** "12:7" or "page 3" or "" as a short suffix for a file name. */
    public String shortForm() {
        if (page != null) {
            return "page " + page;
        }
        if (line != null) {
            return column != null ? line + ":" + column : Integer.toString(line);
        }
        return "";
    }
}
