package nl.abro.checker.cli;

/** Lets tests in other packages run the command line in process. */
public final class CliRunAccess {
    private CliRunAccess() {
    }

    public record Run(int exitCode, String out, String err) {
    }

    public static Run run(String... args) {
        CliRun run = CliRun.of(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }
}
