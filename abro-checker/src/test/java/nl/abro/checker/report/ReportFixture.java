package nl.abro.checker.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Location;
import nl.abro.checker.check.PackRouter;
import nl.abro.checker.check.RequirementResult;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.DocumentKind;
import nl.abro.model.Language;
import nl.abro.model.RequirementPack;
import nl.abro.model.Severity;
import nl.abro.model.Waiver;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.WaiverReader;

/**
 * A real check of a batch with every kind of document result (compliant, non-compliant, waived,
 * unreadable), shared by the report tests, and a sink that keeps what a report writes.
 */
public final class ReportFixture {
    public static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    public static final List<String> FILES = List.of(
            "../examples/tbb3-compliant.xml",
            "../examples/tbb4-cloud-data-outside-nl.xml",
            "../examples/tbb3-lockout-too-lenient.xml",
            "src/test/resources/declarations/malformed.xml");

    private static RequirementPack pack;
    private static Checker checker;

    private ReportFixture() {
    }

    public static synchronized RequirementPack pack() throws Exception {
        if (pack == null) {
            pack = new PackRegistry(ReportFixture.class.getClassLoader()).resolve("abro-2026");
            var processor = HardenedSaxon.newProcessor();
            checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test-1.0");
        }
        return pack;
    }

    /** The batch, checked with {@code jobs} threads; the lockout defect of the TBB 3 example is waived. */
    public static CheckResult check(int jobs) throws Exception {
        pack();
        List<Waiver> waivers = new WaiverReader().read(new java.io.ByteArrayInputStream("""
                <waivers xmlns="urn:nl:abro:waivers:1">
                  <waiver requirement="4.3.26" approver="CISO Politie" expires="2027-01-31" documents="tbb3-lockout-too-lenient.xml">
                    <justification>Legacy terminals lock after 5 attempts until their replacement in January.</justification>
                  </waiver>
                </waivers>""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "waivers.xml");
        return checker.check(FILES.stream().map(f -> Input.of(Path.of(f))).toList(),
                new CheckOptions(null, null, waivers, DATE, jobs));
    }

    public static ReportContext context(Language language) throws Exception {
        return new ReportContext(pack(), language, false);
    }

    /** Runs a report into memory: file name to content. */
    public static Map<String, String> render(Report report, CheckResult result, Language language) throws Exception {
        return render(report, result, context(language));
    }

    public static Severity failOn() {
        return Severity.ERROR;
    }

    // ------------------------------------------------------------------ several packs

    /**
     * A bid folder checked in one run, each document against the pack its kind chooses (as
     * CheckSession does without --pack): two ABRO declarations, two ESPD responses (ADV) and a
     * file that cannot be read, interleaved so that input order and pack order differ.
     */
    public static final List<String> MIXED = List.of(
            "../examples/tbb4-cloud-data-outside-nl.xml",
            "src/test/resources/espd/fixtures/response-v1-conviction-no-self-cleaning.xml",
            "../examples/tbb3-compliant.xml",
            "src/test/resources/espd/v4.1.0/ESPD-Response.xml",
            "src/test/resources/declarations/malformed.xml");
    /** The tender document {@link #withPagedDocument} adds. */
    public static final String PAGED = "tender/annex-b-security.pdf";

    /** A mixed run: its result and the packs a report gets, as CheckSession hands them over. */
    public record Mixed(CheckResult result, List<RequirementPack> packs) {
        public ReportContext context(Language language) {
            return new ReportContext(packs, language, false);
        }
    }

    /** The bid folder of {@link #MIXED}, checked with {@code jobs} threads through a router by kind. */
    public static Mixed checkMixed(int jobs) throws Exception {
        var registry = new PackRegistry(ReportFixture.class.getClassLoader());
        var processor = HardenedSaxon.newProcessor();
        PackRouter router = nl.abro.checker.api.CheckSession.defaultPacks(registry, processor);
        Checker mixed = new Checker(router, new DocumentLoader(processor, Schemas.bundled()), "test-1.0");
        CheckResult result = mixed.check(MIXED.stream().map(f -> Input.of(Path.of(f))).toList(),
                new CheckOptions(null, null, List.of(), DATE, jobs));
        // In the order packs were compiled, which depends on the threads: reports must not.
        return new Mixed(result, router.compiled().stream().map(CompiledPack::pack).toList());
    }

    /**
     * The mixed run with a tender document added: a PDF that states no TBB level, whose findings
     * are on a page and have no line. The tender pack is not on this branch yet, so its result is
     * made from the first declaration's (same pack, same outcomes), with every finding moved to
     * page 3 of the document view.
     */
    public static CheckResult withPagedDocument(CheckResult result) {
        DocumentResult model = result.documents().get(0);
        java.util.function.Function<Finding, Finding> onPage = f -> new Finding(f.requirement(), f.rule(), f.messageKey(),
                f.severity(), f.message(), new Location(3, null, null, "/document/page[3]/footer"), f.test());
        List<RequirementResult> requirements = model.requirements().stream()
                .map(r -> new RequirementResult(r.requirement(), r.outcome(), r.findings().stream().map(onPage).toList(), r.waiver()))
                .toList();
        DocumentResult paged = new DocumentResult(PAGED, "0".repeat(63) + "1", DocumentKind.TENDER, model.pack(), null, null,
                requirements, model.findings().stream().map(onPage).toList());
        List<DocumentResult> documents = new java.util.ArrayList<>(result.documents());
        documents.add(paged);
        return new CheckResult(result.toolVersion(), result.packs(), result.checkDate(), result.tenderProfile(), documents);
    }

    /** Runs a report into memory with a context of one's own. */
    public static Map<String, String> render(Report report, CheckResult result, ReportContext context) throws Exception {
        Map<String, String> files = new TreeMap<>();
        report.write(result, context, name -> new StringWriter() {
            @Override
            public void close() throws IOException {
                super.close();
                files.put(name, toString());
            }
        });
        return files;
    }

}
