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
import nl.abro.checker.check.Input;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
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
        Map<String, String> files = new TreeMap<>();
        report.write(result, context(language), name -> new StringWriter() {
            @Override
            public void close() throws IOException {
                super.close();
                files.put(name, toString());
            }
        });
        return files;
    }

    public static Severity failOn() {
        return Severity.ERROR;
    }

}
