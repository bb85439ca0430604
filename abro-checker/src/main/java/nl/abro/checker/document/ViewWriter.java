package nl.abro.checker.document;

import javax.xml.stream.XMLStreamException;
import net.sf.saxon.s9api.BuildingStreamWriter;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;

/**
 * Writes a document view (document-view.md) straight into a Saxon tree, with the view's text
 * rules applied in one place: whitespace normalised, characters XML cannot carry dropped, empty
 * values left out. Not thread-safe; one per document.
 */
final class ViewWriter {
    static final String NS = "urn:nl:abro:document:1";
    private static final String PREFIX = "d";

    private final BuildingStreamWriter out;
    private final long maxCharacters;
    private long characters;

    ViewWriter(Processor processor, long maxCharacters) throws SaxonApiException {
        this.out = processor.newDocumentBuilder().newBuildingStreamWriter();
        this.maxCharacters = maxCharacters;
        try {
            out.writeStartDocument();
        } catch (XMLStreamException e) {
            throw new SaxonApiException(e);
        }
    }

    ViewWriter start(String name) throws XMLStreamException {
        out.writeStartElement(PREFIX, name, NS);
        if (name.equals("document")) {
            out.writeNamespace(PREFIX, NS);
        }
        return this;
    }

    /** An attribute, left out when its value is null or blank. */
    ViewWriter attribute(String name, Object value) throws XMLStreamException {
        String text = value == null ? null : normalise(value.toString());
        if (text != null && !text.isEmpty()) {
            out.writeAttribute(name, text);
        }
        return this;
    }

    ViewWriter end() throws XMLStreamException {
        out.writeEndElement();
        return this;
    }

    /** An element with text, left out when the text is null or blank. */
    ViewWriter element(String name, String text) throws XMLStreamException, TooMuchTextException {
        String value = text == null ? "" : normalise(text);
        if (!value.isEmpty()) {
            start(name);
            characters(value);
            end();
        }
        return this;
    }

    /** Text content of the current element (already normalised by the caller or not: it is again). */
    ViewWriter text(String text) throws XMLStreamException, TooMuchTextException {
        String value = text == null ? "" : normalise(text);
        if (!value.isEmpty()) {
            characters(value);
        }
        return this;
    }

    private void characters(String value) throws XMLStreamException, TooMuchTextException {
        characters += value.length();
        if (characters > maxCharacters) {
            throw new TooMuchTextException(maxCharacters);
        }
        out.writeCharacters(value);
    }

    XdmNode finish() throws XMLStreamException, SaxonApiException {
        out.writeEndDocument();
        out.close();
        return out.getDocumentNode();
    }

    /** Whitespace runs become one space, the ends are trimmed, and characters XML 1.0 forbids are dropped. */
    static String normalise(String text) {
        StringBuilder result = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = result.length() > 0;
                continue;
            }
            boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF
                    && !(Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    && !(Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (!allowed) {
                continue;
            }
            if (space) {
                result.append(' ');
                space = false;
            }
            result.append(c);
        }
        return result.toString();
    }

    /** More text than a document may hold: a zip-bomb-like document, or one far larger than any annex. */
    static final class TooMuchTextException extends Exception {
        TooMuchTextException(long limit) {
            super("more than " + limit + " characters of text");
        }
    }
}
