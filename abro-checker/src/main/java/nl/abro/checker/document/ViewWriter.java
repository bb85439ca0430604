package nl.abro.checker.document;

import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes a document view (document-view.md) straight into a Saxon tree, with the view's text
 * rules applied in one place: whitespace normalised, characters XML cannot carry dropped, empty
 * values left out. Not thread-safe; one per document.
 *
 * <p>It feeds Saxon's tree builder SAX events: a 500-page PDF has tens of thousands of lines, and
 * Saxon's StAX writer, which keeps namespace bookkeeping for every element, took half again as long.
 */
final class ViewWriter {
    static final String NS = "urn:nl:abro:document:1";
    private static final String PREFIX = "d";

    private final BuildingContentHandler out;
    private final long maxCharacters;
    private long characters;
    /** Element names in the order they are open, as local name and prefixed name. */
    private final java.util.ArrayDeque<String[]> open = new java.util.ArrayDeque<>();
    /** Prefixed names by local name: the view has a dozen element names, used thousands of times. */
    private final java.util.Map<String, String[]> names = new java.util.HashMap<>();
    /** The element started last, waiting for its attributes (SAX wants them with the start). */
    private String[] pending;
    private final AttributesImpl attributes = new AttributesImpl();
    private char[] buffer = new char[256];

    ViewWriter(Processor processor, long maxCharacters) throws SaxonApiException {
        this.out = processor.newDocumentBuilder().newBuildingContentHandler();
        this.maxCharacters = maxCharacters;
        try {
            out.startDocument();
            out.startPrefixMapping(PREFIX, NS);
        } catch (SAXException e) {
            throw new SaxonApiException(e);
        }
    }

    ViewWriter start(String name) throws SAXException {
        flush();
        pending = names.computeIfAbsent(name, n -> new String[] {n, PREFIX + ":" + n});
        return this;
    }

    /** An attribute, left out when its value is null or blank. */
    ViewWriter attribute(String name, Object value) {
        String text = value == null ? null : normalise(value.toString());
        if (text != null && !text.isEmpty()) {
            attributes.addAttribute("", name, name, "CDATA", text);
        }
        return this;
    }

    ViewWriter end() throws SAXException {
        flush();
        String[] name = open.pop();
        out.endElement(NS, name[0], name[1]);
        return this;
    }

    /** An element with text, left out when the text is null or blank. */
    ViewWriter element(String name, String text) throws SAXException, TooMuchTextException {
        String value = text == null ? "" : normalise(text);
        if (!value.isEmpty()) {
            start(name);
            characters(value);
            end();
        }
        return this;
    }

    /** Text content of the current element (already normalised by the caller or not: it is again). */
    ViewWriter text(String text) throws SAXException, TooMuchTextException {
        String value = text == null ? "" : normalise(text);
        if (!value.isEmpty()) {
            characters(value);
        }
        return this;
    }

    private void characters(String value) throws SAXException, TooMuchTextException {
        characters += value.length();
        if (characters > maxCharacters) {
            throw new TooMuchTextException(maxCharacters);
        }
        flush();
        if (buffer.length < value.length()) {
            buffer = new char[Math.max(value.length(), 2 * buffer.length)];
        }
        value.getChars(0, value.length(), buffer, 0);
        out.characters(buffer, 0, value.length());
    }

    /** Starts the pending element with the attributes given since. */
    private void flush() throws SAXException {
        if (pending != null) {
            out.startElement(NS, pending[0], pending[1], attributes);
            open.push(pending);
            pending = null;
            attributes.clear();
        }
    }

    XdmNode finish() throws SAXException, SaxonApiException {
        flush();
        out.endPrefixMapping(PREFIX);
        out.endDocument();
        return out.getDocumentNode();
    }

    /** Whitespace runs become one space, the ends are trimmed, and characters XML 1.0 forbids are dropped. */
    static String normalise(String text) {
        return isNormal(text) ? text : normaliseFully(text); // most lines are normal: no copy
    }

    static String normaliseFully(String text) {
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

    /** Whether {@link #normalise} would leave the text as it is: single inner spaces, printable characters. */
    private static boolean isNormal(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean plain = c > ' ' && c < 0x7f
                    || c == ' ' && previous != ' '
                    // Beyond ASCII: no whitespace, no surrogate (pairs are checked), nothing XML forbids.
                    || (c >= 0xa1 && c < 0xd800 || c >= 0xe000 && c < 0xfffe) && !Character.isWhitespace(c);
            if (!plain) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** More text than a document may hold: a zip-bomb-like document, or one far larger than any annex. */
    static final class TooMuchTextException extends Exception {
        TooMuchTextException(long limit) {
            super("more than " + limit + " characters of text");
        }
    }
}
