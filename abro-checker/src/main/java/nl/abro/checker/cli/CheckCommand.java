package nl.abro.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.abro.checker.api.CheckRequest;
import nl.abro.checker.api.CheckSession;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


/** The main job: check documents against their packs and report, requirement by requirement. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check supplier declarations, ESPD responses and tender documents (PDF, DOCX, ODT) against",
            "their requirement packs. Directories are walked for .xml, .pdf, .docx, .odt and .doc files.",
            "Every file is checked before the exit code is decided:",
            "0 compliant, 1 non-compliant, 2 usage or configuration error, 3 a file could not be read."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Documents, or directories holding them.")
    List<Path> inputs;

    @Option(names = "--tbb", paramLabel = "N", converter = TbbConverter.class,
            description = "Check at TBB level N instead of the level each document states.")
    TbbLevel tbb;

    @Option(names = "--tender", paramLabel = "FILE", description = {"The tender: its profile (pack, TBB level, tailoring, the authority's own values),",
            "or the authority's ESPD request, against which ESPD responses are checked (pack adv by default)."})
    Path tender;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers: failed requirements the authority accepts until a date.")
    Path waivers;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Check date (default: today); dates in declarations are judged against it.")
    LocalDate date;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest finding severity that makes a document non-compliant: error, warning, info or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES}. Text goes to the terminal; with --output"
                    + " each format is also written as a file, without it one other format goes to the terminal"
                    + " (e.g. --format json for a pipe). Default: text, and with --output also json, html, junit and sarif.",
            completionCandidates = FormatCandidates.class)
    List<String> formats;

    @Option(names = "--output", paramLabel = "DIR", description = "Write the reports as files into DIR (the text report still goes to the terminal).")
    Path output;

    @Option(names = "--jobs", paramLabel = "N", description = "Files checked in parallel. Default: the number of processors.")
    Integer jobs;

    @Option(names = "--schemas", paramLabel = "DIR", hidden = true, description = "Validate against the schemas in DIR (pack development).")
    Path schemas;

    @Override
    public Integer call() throws InvalidInputException, IOException {
        Severity threshold = threshold(failOn);
        if (jobs != null && jobs < 1) {
            throw new UserError("--jobs must be at least 1");
        }
        List<String> chosen = formats != null ? formats : defaultFormats(output != null);
        List<String> toTerminal = chosen.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(f -> !f.equals("text")).distinct().toList();
        if (output == null && toTerminal.size() > 1) {
            throw new UserError("without --output only one report besides text can go to the terminal; give --output DIR for "
                    + String.join(", ", toTerminal));
        }
        // Walk the directories once: the progress bar needs the count, the check the files.
        List<Path> files = nl.abro.checker.check.Input.expand(inputs).stream().map(nl.abro.checker.check.Input::file).toList();
        if (files.isEmpty()) {
            throw new UserError("no documents to check in " + String.join(", ", inputs.stream().map(Path::toString).toList()));
        }
        CheckRequest request = new CheckRequest(files, pack.pack, tbb, tender, waivers,
                date != null ? date : LocalDate.now(), pack.language(), threshold, chosen, output,
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), schemas);
        boolean terminal = System.console() != null;
        ProgressBar progress = ProgressBar.wanted(terminal, System.getenv(), files.size())
                ? new ProgressBar(spec.commandLine().getErr(), files.size()) : null;
        CheckSession.Outcome outcome = new CheckSession(CheckCommand.class.getClassLoader(), VersionProvider.version())
                .run(request, progress != null ? progress : done -> { });
        if (progress != null) {
            progress.finish();
        }
        PrintWriter err = spec.commandLine().getErr();
        outcome.warnings().forEach(w -> err.println("warning: " + w));
        if (chosen.stream().anyMatch(f -> f.strip().equalsIgnoreCase("text"))) {
            CheckSession.writeText(outcome, request, terminal && System.getenv("NO_COLOR") == null, spec.commandLine().getOut());
        }
        if (output == null && !toTerminal.isEmpty()) {
            var report = nl.abro.checker.report.Reports.create(toTerminal.get(0), threshold).orElseThrow();
            if (!(report instanceof nl.abro.checker.report.SingleFileReport single)) {
                throw new UserError("--format " + toTerminal.get(0) + " writes several files; give --output DIR");
            }
            PrintWriter out = spec.commandLine().getOut();
            single.write(outcome.result(), new nl.abro.checker.report.ReportContext(outcome.packs(), request.language(), false), out);
            out.flush();
        }
        return outcome.result().exitCode(threshold);
    }

    /** What a user writing reports to a directory usually wants; the text still goes to the terminal. */
    static List<String> defaultFormats(boolean toDirectory) {
        if (!toDirectory) {
            return List.of("text");
        }
        List<String> available = CheckSession.formats();
        return java.util.stream.Stream.of("text", "json", "html", "junit", "sarif").filter(available::contains).toList();
    }

    /** The formats offered in help and shell completion. */
    static final class FormatCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CheckSession.formats().iterator();
        }
    }

    /** Null means never: no finding makes a document non-compliant. */
    private static Severity threshold(String failOn) {
        try {
            return Severity.parseFailOn(failOn).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserError("--fail-on " + e.getMessage());
        }
    }
}
