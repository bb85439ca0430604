package nl.abro.checker.xml;

/** A document that cannot be checked, with a one-line reason for the user (no stack trace). */
public final class UnreadableDocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String reason) {
        super(reason);
    }

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
