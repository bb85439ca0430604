package nl.abro.checker.schematron;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes the schema: elements indented two spaces, except inside message elements (assert,
 * report), whose content is mixed and must not gain whitespace, since Schematron copies it to the
 * report. Output depends only on the calls made.
 */
final class Sch {
    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> names = new ArrayDeque<>();
    /** Per open element: 0 no content yet, 1 child elements, 2 inline (mixed) content. */
    private final Deque<Integer> states = new ArrayDeque<>();
    private boolean startTagOpen;

    Sch comment(String text) {
        out.append("<!--").append(text.replace("--", "- -")).append("-->\n");
        return this;
    }

    Sch start(String name) {
        return start(name, false);
    }

    /** An element whose content is written inline (text and elements, no indentation). */
    Sch startInline(String name) {
        return start(name, true);
    }

    private Sch start(String name, boolean inline) {
        closeStartTag();
        boolean parentInline = !states.isEmpty() && states.peek() == 2;
        if (!states.isEmpty() && !parentInline) {
            states.pop();
            states.push(1);
            out.append('\n').append("  ".repeat(names.size()));
        }
        out.append('<').append(name);
        names.push(name);
        states.push(inline || parentInline ? 2 : 0);
        startTagOpen = true;
        return this;
    }

    Sch attr(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    Sch text(String text) {
        if (text.isEmpty()) {
            return this;
        }
        closeStartTag();
        states.pop();
        states.push(2);
        escape(text, false);
        return this;
    }

    Sch element(String name, String text) {
        return start(name).text(text).end();
    }

    Sch end() {
        String name = names.pop();
        int state = states.pop();
        if (startTagOpen) {
            out.append("/>");
            startTagOpen = false;
            return this;
        }
        if (state == 1) {
            out.append('\n').append("  ".repeat(names.size()));
        }
        out.append("</").append(name).append('>');
        return this;
    }

    @Override
    public String toString() {
        if (!names.isEmpty()) {
            throw new IllegalStateException("unclosed element " + names.peek());
        }
        return out + "\n";
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void escape(String value, boolean attribute) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> out.append(attribute ? "&#" + (int) c + ";" : String.valueOf(c));
                default -> out.append(c);
            }
        }
    }
}
