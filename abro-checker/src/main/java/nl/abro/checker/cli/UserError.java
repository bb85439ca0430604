package nl.abro.checker.cli;

/** A mistake in how the command was called that options parsing cannot catch (an unknown requirement number). */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
