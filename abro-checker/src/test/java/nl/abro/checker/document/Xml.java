package nl.abro.checker.document;

/** Escaping for the XML the writers build as text (ODF parts, XMP, OOXML fragments). */
final class Xml {

    private Xml() {
    }

    /** For element content and attribute values alike (quotes escaped too). */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
