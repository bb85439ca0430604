package nl.abro.checker.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code abro} command: a thin front end over the packs and the checker. */
@Command(name = "abro",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Checks supplier declarations and tender documents against the Dutch ABRO 2026 and ADV requirement packs.",
            "Controleert leveranciersverklaringen en aanbestedingsstukken tegen de ABRO 2026 en de ADV."},
        subcommands = {
            PacksCommand.class,
            RequirementsCommand.class,
            CheckCommand.class,
            InitCommand.class,
            WarmUpCommand.class,
            ExplainCommand.class,
            TestPackCommand.class,
            ViewCommand.class,
            ExportSchematronCommand.class,
            AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:compliant / done",
            "1:non-compliant (at or above --fail-on)",
            "2:usage or configuration error (bad option, broken pack or profile)",
            "3:an input file could not be read",
            "4:internal error (please report it)"})
public final class AbroCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "Show details of internal errors (stack traces).", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AbroCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(AbroCommand::handle);
        commandLine.setParameterExceptionHandler(AbroCommand::usageError);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing command: choose one of " + String.join(", ", visibleCommands(spec.commandLine())));
    }

    /** A wrong option: say what is wrong and where help is, without burying it under the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCode.USAGE;
    }

    private static java.util.List<String> visibleCommands(CommandLine commandLine) {
        return commandLine.getSubcommands().entrySet().stream()
                .filter(e -> !e.getValue().getCommandSpec().usageMessage().hidden())
                .map(java.util.Map.Entry::getKey).toList();
    }

    /** User mistakes become one line each and exit 2; only bugs show a stack trace, and only with --verbose. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println("error: " + problem);
            }
            return ExitCode.USAGE;
        }
        if (e instanceof UserError user) {
            err.println("error: " + user.getMessage());
            return ExitCode.USAGE;
        }
        err.println("internal error: " + e + (isVerbose(parseResult) ? "" : " (run with --verbose for details)"));
        if (isVerbose(parseResult)) {
            e.printStackTrace(err);
        }
        return ExitCode.INTERNAL_ERROR;
    }

    private static boolean isVerbose(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
