package nl.abro.checker.rules;

/** A rule that cannot be used: it does not compile, or it reaches for something rules may not touch. */
public final class RuleCompilationException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleCompilationException(String message) {
        super(message);
    }
}
