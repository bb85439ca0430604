package nl.abro.checker.xml;

import org.xml.sax.SAXParseException;

/** Parser messages in a form a supplier understands. */
final class XmlErrors {
    private XmlErrors() {
    }

    static String describe(SAXParseException e) {
        String message = e.getMessage() == null ? "invalid XML" : e.getMessage().strip();
        if (message.contains("DOCTYPE is disallowed")) {
            message = "DOCTYPE declarations are not allowed (no DTDs or entities are read)";
        } else {
            message = message.replaceFirst("^cvc-[a-zA-Z0-9.-]+: ", "")
                    .replaceAll("\\{\"[^\"]*\":([^}]+)}", "$1")
                    .replace("Invalid content was found starting with element", "unexpected element");
        }
        return (e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " : "") + message;
    }
}
