package nl.abro.checker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.Input;
import nl.abro.checker.report.Report;
import nl.abro.checker.report.ReportContext;
import nl.abro.checker.report.TextReport;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;
import nl.abro.model.Waiver;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.TenderProfileReader;
import nl.abro.model.io.WaiverReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The main job: check declarations against a pack and report, requirement by requirement. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check supplier declarations against a requirement pack.",
            "Directories are walked for .xml files. Every file is checked before the exit code is decided:",
            "0 compliant, 1 non-compliant, 2 usage or configuration error, 3 a file could not be read."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PackOptions pack;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Declarations, or directories holding them.")
    List<Path> inputs;

    @Option(names = "--tbb", paramLabel = "N", converter = TbbConverter.class,
            description = "Check at TBB level N instead of the level each declaration states.")
    TbbLevel tbb;

    @Option(names = "--tender", paramLabel = "PROFILE.xml", description = "The tender's profile: pack, TBB level, tailoring, the authority's own values.")
    Path tender;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waivers: failed requirements the authority accepts until a date.")
    Path waivers;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Check date (default: today); dates in declarations are judged against it.")
    LocalDate date;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest finding severity that makes a document non-compliant: error, warning, info or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            description = "Report formats, comma-separated. Available: text. Default: ${DEFAULT-VALUE}.")
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
        LocalDate checkDate = date != null ? date : LocalDate.now();
        PackRegistry registry = new PackRegistry(CheckCommand.class.getClassLoader());
        TenderProfile profile = tender == null ? null : new TenderProfileReader().read(tender);
        if (pack.pack == null && profile != null) {
            pack.pack = profile.pack().version() == null ? profile.pack().id() : profile.pack().toString();
        }
        RequirementPack requirementPack = pack.load(registry);
        if (profile != null) {
            List<Problem> problems = TenderProfileReader.problemsAgainst(profile, requirementPack);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        List<Waiver> waiverList = waivers == null ? List.of() : new WaiverReader().read(waivers);
        Map<String, Report> reports = reports(formats, threshold);

        PrintWriter err = spec.commandLine().getErr();
        if (!requirementPack.manifest().isValidOn(checkDate)) {
            err.println("warning: pack " + requirementPack.coordinates() + " is not valid on " + checkDate
                    + " (valid from " + requirementPack.manifest().validFrom()
                    + requirementPack.manifest().validUntil().map(to -> " to " + to).orElse("") + ")");
        }
        if (requirementPack.manifest().deprecated()) {
            err.println("warning: pack " + requirementPack.coordinates() + " is deprecated"
                    + requirementPack.manifest().replacement().map(r -> "; use " + r).orElse(""));
        }

        var processor = HardenedSaxon.newProcessor();
        CompiledPack compiled = CompiledPack.compile(requirementPack, processor);
        DocumentLoader loader = new DocumentLoader(processor, schemas == null ? Schemas.bundled() : Schemas.from(schemas));
        Checker checker = new Checker(compiled, loader, VersionProvider.version());
        List<Input> files = Input.expand(inputs);
        if (files.isEmpty()) {
            throw new UserError("no declarations found in " + inputs);
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        CheckResult result = checker.check(files, new CheckOptions(tbb, profile, waiverList, checkDate, parallel));

        boolean terminal = System.console() != null && System.getenv("NO_COLOR") == null;
        var language = pack.language();
        if (reports.containsKey("text")) {
            Writer out = spec.commandLine().getOut();
            reports.get("text").write(result, new ReportContext(requirementPack, language, terminal), out);
            out.flush();
        }
        if (output != null) {
            Files.createDirectories(output);
            for (Report report : reports.values()) {
                try (Writer file = Files.newBufferedWriter(output.resolve(report.fileName()), StandardCharsets.UTF_8)) {
                    report.write(result, new ReportContext(requirementPack, language, false), file);
                }
            }
        }
        return result.exitCode(threshold);
    }

    /** Null means never: no finding makes a document non-compliant. */
    private static Severity threshold(String failOn) {
        return switch (failOn.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new UserError("--fail-on must be error, warning, info or never, not '" + failOn + "'");
        };
    }

    private static Map<String, Report> reports(List<String> formats, Severity threshold) {
        List<Report> available = new ArrayList<>(List.of(new TextReport(threshold)));
        Map<String, Report> chosen = new LinkedHashMap<>();
        for (String format : formats) {
            String name = format.strip().toLowerCase(java.util.Locale.ROOT);
            Report report = available.stream().filter(r -> r.format().equals(name)).findFirst()
                    .orElseThrow(() -> new UserError("unknown report format '" + format + "'; available: "
                            + String.join(", ", available.stream().map(Report::format).toList())));
            chosen.put(name, report);
        }
        return chosen;
    }
}
