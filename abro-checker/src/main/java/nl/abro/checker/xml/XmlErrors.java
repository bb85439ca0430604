package nl.abro.checker.xml;

import nl.abro.model.LocalizedText;
import nl.abro.model.io.XmlMessages;
import org.xml.sax.SAXParseException;

/** Parser messages in a form a supplier understands. */
final class XmlErrors {
    private XmlErrors() {
    }

    /** "line 4, column 3: ..." with our own messages in both languages; the parser's own stay English. */
    static LocalizedText describe(SAXParseException e) {
        String message = e.getMessage() == null ? "invalid XML" : e.getMessage().strip();
        LocalizedText text;
        if (message.contains("maxElementDepth")) {
            int depth = nl.abro.model.io.SecureXml.MAX_DEPTH;
            text = new LocalizedText("elementen dieper genest dan " + depth + " niveaus", "elements nested deeper than " + depth + " levels");
        } else if (message.contains("DOCTYPE is disallowed")) {
            text = new LocalizedText("DOCTYPE-declaraties zijn niet toegestaan (er worden geen DTD's of entiteiten gelezen)",
                    XmlMessages.clean(message));
        } else {
            String cleaned = XmlMessages.clean(message);
            text = new LocalizedText(cleaned, cleaned);
        }
        if (e.getLineNumber() <= 0) {
            return text;
        }
        return new LocalizedText("regel " + e.getLineNumber() + ", kolom " + e.getColumnNumber() + ": " + text.nl(),
                "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + text.en());
    }
}
