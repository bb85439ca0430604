package nl.abro.checker.cli;

/** The exit codes a CI job can rely on (see the README). */
public final class ExitCode {
    public static final int COMPLIANT = 0;
    public static final int NON_COMPLIANT = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE_INPUT = 3;
    /** A bug in the checker itself, never the user's input. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {
    }
}
