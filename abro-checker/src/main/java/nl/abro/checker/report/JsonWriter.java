package nl.abro.checker.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation. Output depends only on the calls made,
 * so reports are byte-identical run after run. (Not worth a JSON library for writing alone.)
 */
public final class JsonWriter {
    private final Writer out;
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        return open('{');
    }

    public JsonWriter endObject() throws IOException {
        return close('}');
    }

    public JsonWriter beginArray() throws IOException {
        return open('[');
    }

    public JsonWriter endArray() throws IOException {
        return close(']');
    }

    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String value) throws IOException {
        if (value == null) {
            return nullValue();
        }
        separate();
        string(value);
        return this;
    }

    public JsonWriter value(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) throws IOException {
        separate();
        out.write(Boolean.toString(value));
        return this;
    }

    public JsonWriter nullValue() throws IOException {
        separate();
        out.write("null");
        return this;
    }

    /** Writes "name": value, skipping it when the value is null (absent fields are simply left out). */
    public JsonWriter field(String name, String value) throws IOException {
        return value == null ? this : name(name).value(value);
    }

    public JsonWriter field(String name, Integer value) throws IOException {
        return value == null ? this : name(name).value((long) value);
    }

    public JsonWriter field(String name, long value) throws IOException {
        return name(name).value(value);
    }

    public void flush() throws IOException {
        out.write('\n');
        out.flush();
    }

    private JsonWriter open(char bracket) throws IOException {
        separate();
        out.write(bracket);
        first.push(true);
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        boolean empty = first.pop();
        if (!empty) {
            newline();
        }
        out.write(bracket);
        return this;
    }

    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (first.isEmpty()) {
            return;
        }
        if (!first.peek()) {
            out.write(',');
        }
        first.pop();
        first.push(false);
        newline();
    }

    private void newline() throws IOException {
        out.write('\n');
        out.write("  ".repeat(first.size()));
    }

    private void string(String value) throws IOException {
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
