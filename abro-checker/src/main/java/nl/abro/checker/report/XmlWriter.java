package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer with two-space indentation, the XML counterpart of {@link JsonWriter}:
 * output depends only on the calls made, so reports are byte-identical run after run. Elements hold
 * either child elements or text, never both (the formats written need no mixed content).
 */
public final class XmlWriter {
    private final Writer out;
    private final Deque<String> names = new ArrayDeque<>();
    /** Per open element: whether it has child elements, so its end tag goes on a line of its own. */
    private final Deque<Boolean> parents = new ArrayDeque<>();
    private boolean startTagOpen;

    public XmlWriter(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    public XmlWriter start(String name) throws IOException {
        closeStartTag();
        if (!names.isEmpty()) {
            parents.pop();
            parents.push(true);
            newline(names.size());
        }
        out.write('<');
        out.write(name);
        names.push(name);
        parents.push(false);
        startTagOpen = true;
        return this;
    }

    /** Writes name="value" on the element just started, skipping it when the value is null. */
    public XmlWriter attribute(String name, Object value) throws IOException {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            out.write(' ');
            out.write(name);
            out.write("=\"");
            escape(value.toString(), true);
            out.write('"');
        }
        return this;
    }

    public XmlWriter text(String text) throws IOException {
        closeStartTag();
        escape(text, false);
        return this;
    }

    public XmlWriter end() throws IOException {
        String name = names.pop();
        boolean hasChildren = parents.pop();
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
            return this;
        }
        if (hasChildren) {
            newline(names.size());
        }
        out.write("</");
        out.write(name);
        out.write('>');
        return this;
    }

    /** An element holding only text. */
    public XmlWriter element(String name, String text) throws IOException {
        return start(name).text(text).end();
    }

    public void finish() throws IOException {
        if (!names.isEmpty()) {
            throw new IllegalStateException("unclosed element " + names.peek());
        }
        out.write('\n');
        out.flush();
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            out.write('>');
            startTagOpen = false;
        }
    }

    private void newline(int depth) throws IOException {
        out.write('\n');
        out.write("  ".repeat(depth));
    }

    /**
     * Escapes markup; in attributes also whitespace that a parser would otherwise normalise to
     * spaces. Characters XML 1.0 cannot carry (control characters from a document's content, lone
     * surrogates) become U+FFFD, so the report always stays well-formed.
     */
    private void escape(String value, boolean attribute) throws IOException {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.write(attribute ? "&#" + c + ";" : Character.toString(c));
                default -> out.write(allowed(c) ? Character.toString(c) : "\uFFFD");
            }
        }
    }

    private static boolean allowed(int c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
