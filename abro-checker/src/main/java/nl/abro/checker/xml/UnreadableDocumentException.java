package nl.abro.checker.xml;

import nl.abro.model.LocalizedText;

/**
 * A document that cannot be checked, with a one-line reason for the user in Dutch and English
 * (details quoted from the XML parser stay as the parser gives them). Never shown as a stack trace.
 */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient LocalizedText reason;

    public UnreadableDocumentException(String nl, String en) {
        this(new LocalizedText(nl, en));
    }

    public UnreadableDocumentException(LocalizedText reason) {
        super(reason.en());
        this.reason = reason;
    }

    public LocalizedText reason() {
        return reason;
    }
}
