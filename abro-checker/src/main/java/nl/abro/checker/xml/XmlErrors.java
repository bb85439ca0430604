package nl.abro.checker.xml;

import nl.abro.model.io.XmlMessages;
import org.xml.sax.SAXParseException;

/** Parser messages in a form a supplier understands. */
final class XmlErrors {
    private XmlErrors() {
    }

    static String describe(SAXParseException e) {
        String message = e.getMessage() == null ? "invalid XML" : e.getMessage().strip();
        if (message.contains("maxElementDepth")) {
            message = "elements nested deeper than " + nl.abro.model.io.SecureXml.MAX_DEPTH + " levels";
        } else {
            message = XmlMessages.clean(message);
        }
        return (e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " : "") + message;
    }
}
