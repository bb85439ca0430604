package nl.abro.checker.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.check.PackRouter;
import nl.abro.checker.report.Report;
import nl.abro.checker.report.ReportContext;
import nl.abro.checker.report.ReportSink;
import nl.abro.checker.report.Reports;
import nl.abro.checker.report.TextReport;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.RootElement;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.DocumentKind;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;
import nl.abro.model.TenderProfile;
import nl.abro.model.Waiver;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.TenderProfileReader;
import nl.abro.model.io.WaiverReader;

/**
 * The one way to run a check, shared by the command line and the Maven plugin: resolve the pack
 * and profile, compile the rules, check the files, write the reports. Configuration problems are
 * {@link InvalidInputException}s (exit 2); unreadable documents are results, not exceptions.
 */
public final class CheckSession {
    public static final String DEFAULT_PACK = "abro-2026";
    /**
     * Without --pack (or a tender that names one) the kind of each document chooses its pack, so
     * a bid folder or a tender folder is checked in one run.
     */
    public static final Map<DocumentKind, String> DEFAULT_PACKS = Map.of(
            DocumentKind.DECLARATION, DEFAULT_PACK,
            DocumentKind.TENDER, "tender-2026",
            DocumentKind.ESPD_RESPONSE, "adv",
            DocumentKind.ESPD_REQUEST, "adv");
    /** The pack an ESPD request as the tender implies when none is named. */
    public static final String ESPD_PACK = "adv";
    private static final String PROFILE_NS = "urn:nl:abro:profile:1";

    private final ClassLoader classLoader;
    private final String toolVersion;

    public CheckSession(ClassLoader classLoader, String toolVersion) {
        this.classLoader = classLoader;
        this.toolVersion = toolVersion;
    }

    /** A finished check with what the reports need. */
    public record Outcome(CheckResult result, List<RequirementPack> packs, List<String> warnings, List<Path> reportFiles) {
    }

    /** The report formats available, by name. */
    public static List<String> formats() {
        return Reports.names();
    }

    public Outcome run(CheckRequest request, IntConsumer progress) throws InvalidInputException, IOException {
        Map<String, Report> reports = chosen(request.formats(), request.failOn());
        PackRegistry registry = new PackRegistry(classLoader);
        Processor processor = HardenedSaxon.newProcessor();
        DocumentLoader loader = new DocumentLoader(processor,
                request.schemaDirectory() == null ? Schemas.bundled() : Schemas.from(request.schemaDirectory()));
        // The tender is a tender profile or an ESPD request, told apart by its root element.
        Path tender = request.tenderProfile();
        XdmNode espdRequest = tender == null || isTenderProfile(tender) ? null : espdRequest(loader, tender);
        TenderProfile profile = tender == null || espdRequest != null ? null : new TenderProfileReader().read(tender);
        String packReference = request.pack() != null ? request.pack()
                : profile != null ? (profile.pack().version() == null ? profile.pack().id() : profile.pack().toString())
                : espdRequest != null ? ESPD_PACK
                : null;
        PackRouter router;
        List<RequirementPack> packs = new ArrayList<>();
        if (packReference != null) {
            RequirementPack pack = registry.resolve(packReference);
            if (profile != null) {
                List<Problem> problems = TenderProfileReader.problemsAgainst(profile, pack);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
            }
            router = PackRouter.single(CompiledPack.forChecks(pack, processor, registry));
            packs.add(pack);
        } else {
            // Resolved and compiled when the first document of their kind needs them: a run over
            // declarations never loads the tender or ADV pack.
            router = defaultPacks(registry, processor);
        }
        List<Waiver> waivers = request.waivers() == null ? List.of() : new WaiverReader().read(request.waivers());
        List<Input> inputs = Input.expand(request.inputs());
        if (inputs.isEmpty()) {
            throw new InvalidInputException(Problem.inFile(String.valueOf(request.inputs()), "no documents to check"));
        }
        Checker checker = new Checker(router, loader, toolVersion);
        CheckResult result = checker.check(inputs,
                new CheckOptions(request.tbb(), profile, waivers, request.checkDate(), request.jobs()).withRequest(espdRequest),
                progress);
        // Reports name the packs used; the one pack of a single-pack run even when no file could be read.
        // In the result's order (first use in input order), not the order threads compiled them in.
        List<RequirementPack> compiled = router.compiled().stream().map(CompiledPack::pack).toList();
        List<RequirementPack> reported = packReference != null ? packs
                : result.packs().stream().flatMap(u -> compiled.stream().filter(p -> p.coordinates().equals(u.coordinates())))
                        .toList();
        if (reported.isEmpty()) {
            reported = List.of(registry.resolve(DEFAULT_PACK));
        }
        List<String> warnings = new ArrayList<>();
        for (RequirementPack pack : reported) {
            if (!pack.manifest().isValidOn(request.checkDate())) {
                warnings.add("pack " + pack.coordinates() + " is not valid on " + request.checkDate() + " (valid from "
                        + pack.manifest().validFrom() + pack.manifest().validUntil().map(to -> " to " + to).orElse("") + ")");
            }
            if (pack.manifest().deprecated()) {
                warnings.add("pack " + pack.coordinates() + " is deprecated"
                        + pack.manifest().replacement().map(r -> "; use " + r).orElse(""));
            }
        }

        List<Path> written = new ArrayList<>();
        if (request.outputDirectory() != null) {
            Path directory = request.outputDirectory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
            ReportSink sink = name -> {
                Path file = directory.resolve(name).normalize();
                if (!file.startsWith(directory)) {
                    throw new IOException("report file outside the output directory: " + name);
                }
                Files.createDirectories(file.getParent());
                written.add(file);
                return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            };
            for (Report report : reports.values()) {
                report.write(result, new ReportContext(reported, request.language(), false), sink);
            }
        }
        return new Outcome(result, reported, warnings, written);
    }

    /** The bundled pack for each kind of document ({@link #DEFAULT_PACKS}), compiled on first use. */
    public static PackRouter defaultPacks(PackRegistry registry, Processor processor) {
        return PackRouter.byKind(DEFAULT_PACKS, id -> {
            try {
                return CompiledPack.forChecks(registry.resolve(id), processor, registry);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("bundled pack " + id + " cannot be used: " + e.getMessage(), e);
            }
        });
    }

    /** A tender file is a tender profile unless its root is an ESPD's; unreadable ones get the profile reader's errors. */
    private static boolean isTenderProfile(Path file) {
        try (var in = Files.newInputStream(file)) {
            RootElement root = RootElement.sniff(in);
            return root.is(PROFILE_NS, "tenderProfile") || !DocumentLoader.isEspd(root);
        } catch (IOException | UnreadableDocumentException | RuntimeException e) {
            return true;
        }
    }

    /** Reads an ESPD request given as the tender into its facts view, which rules see as {@code $request}. */
    private static XdmNode espdRequest(DocumentLoader loader, Path file) throws InvalidInputException {
        LoadedDocument document;
        try {
            document = loader.load(file.toString(), loader.read(file));
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "--tender: " + e.reason().en()));
        }
        if (document.kind() != DocumentKind.ESPD_REQUEST) {
            throw new InvalidInputException(Problem.inFile(file.toString(),
                    "--tender: expected a tender profile or an ESPD request, not a document of kind " + document.kind().code()));
        }
        return document.view();
    }

    /** Writes the text report to a writer (the terminal), with colour when asked. */
    public static void writeText(Outcome outcome, CheckRequest request, boolean color, java.io.PrintWriter out) {
        new TextReport(request.failOn()).write(outcome.result(), new ReportContext(outcome.packs(), request.language(), color), out);
        out.flush();
    }

    private static Map<String, Report> chosen(List<String> formats, Severity failOn) throws InvalidInputException {
        Map<String, Report> chosen = new LinkedHashMap<>();
        for (String format : formats) {
            String name = format.strip().toLowerCase(Locale.ROOT);
            if (chosen.containsKey(name)) {
                continue;
            }
            Report report = Reports.create(name, failOn).orElseThrow(() -> new InvalidInputException(Problem.inFile("--format",
                    "unknown report format '" + format + "'; available: " + String.join(", ", Reports.names()))));
            chosen.put(name, report);
        }
        return chosen;
    }
}
