package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Waiver;
import nl.abro.model.io.PackRegistry;
import nl.abro.model.io.WaiverReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final Path DIR = Path.of("src/test/resources/declarations");
    private static final java.time.LocalDate DATE = java.time.LocalDate.of(2026, 11, 22);
    private static Checker checker;

    @TempDir
    Path temp;

    @BeforeAll
    static void setUp() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(CheckCommandTest.class.getClassLoader()).resolve("abro-2026");
        checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    @Test
    void factsWinOverClaims() {
        DocumentResult result = check("tbb4-claims-nl-data-in-us.xml", List.of());
        RequirementResult dataLocation = requirement(result, "5.1.4");
        assertThat(dataLocation.outcome()).isEqualTo(Outcome.FAILED);
        Finding finding = dataLocation.findings().stream().filter(f -> f.rule().startsWith("CLD-")).findFirst().orElseThrow();
        assertThat(finding.message().en()).contains("US");
        // The finding points at the offending value: the service's start tag (lines 9-10; SAX reports
        // where the tag ends), and the XPath names it.
        assertThat(finding.location().line()).isEqualTo(10);
        assertThat(finding.location().xpath()).startsWith("/declaration/cloud/service");
        // Lockout of 5 is fine at TBB 4 (4.3.25), and 4.3.26 does not apply there.
        assertThat(requirement(result, "4.3.25").outcome()).isEqualTo(Outcome.PASSED);
        assertThat(requirement(result, "4.3.26").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        // A manual requirement with a statement is a checklist item.
        assertThat(requirement(result, "5.5.1").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.verdict(nl.abro.model.Severity.ERROR)).isEqualTo(DocumentResult.Verdict.NON_COMPLIANT);
    }

    @Test
    void theLevelCanBeGivenOnTheCommandLine() {
        DocumentResult result = checker.checkFile(Input.of(DIR.resolve("tbb4-claims-nl-data-in-us.xml")),
                new CheckOptions(nl.abro.model.TbbLevel.TBB_3, null, List.of(), DATE, 1));
        assertThat(result.level()).isEqualTo(nl.abro.model.TbbLevel.TBB_3);
        assertThat(requirement(result, "5.1.4").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(requirement(result, "5.1.1").outcome()).isEqualTo(Outcome.FAILED);
        assertThat(requirement(result, "4.3.26").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void validWaiverTurnsFailureIntoWaived() throws Exception {
        List<Waiver> waivers = new WaiverReader().read(DIR.resolve("waivers.xml"));
        RequirementResult waived = requirement(check("tbb4-claims-nl-data-in-us.xml", waivers), "5.1.4");
        assertThat(waived.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(waived.waiver().approver()).startsWith("J. de Vries");
    }

    @Test
    void expiredWaiverDoesNotApplyAndSaysSo() throws Exception {
        List<Waiver> waivers = new WaiverReader().read(DIR.resolve("waivers-expired.xml"));
        RequirementResult failed = requirement(check("tbb4-claims-nl-data-in-us.xml", waivers), "5.1.4");
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.findings()).anyMatch(f -> f.messageKey().equals("waiver-expired") && f.message().en().contains("expired on 2026-06-30"));
    }

    @Test
    void nonCompliantDeclarationExits1() {
        CliRun run = CliRun.of("check", DIR.resolve("tbb4-claims-nl-data-in-us.xml").toString(), "--date", "2026-11-22", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_COMPLIANT);
        assertThat(run.out()).contains("NON-COMPLIANT").contains("5.1.4  FAILED");
    }

    @Test
    void compliantDeclarationExits0AndWritesReports() throws Exception {
        Path out = temp.resolve("reports");
        CliRun run = CliRun.of("check", "../examples/tbb2-compliant.xml", "--date", "2026-11-22", "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(run.out()).contains("COMPLIANT");
        assertThat(out.resolve("abro-report.json")).isRegularFile();
        assertThat(out.resolve("abro-report.txt")).isRegularFile();
    }

    @Test
    void unreadableReasonsAreInTheReportLanguage() {
        CliRun run = CliRun.of("check", "--lang", "nl", DIR.resolve("malformed.xml").toString(), "missing.xml");
        assertThat(run.out()).contains("malformed.xml  FOUT  regel 4, kolom 3: ").contains("missing.xml  FOUT  bestand niet gevonden");
    }

    @Test
    void failOnNeverExits0ButStillCallsAFailureNonCompliant() {
        CliRun run = CliRun.of("check", DIR.resolve("tbb4-claims-nl-data-in-us.xml").toString(), "--date", "2026-11-22",
                "--fail-on", "never", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(run.out()).contains("NON-COMPLIANT").contains("0 compliant, 1 non-compliant");
    }

    @Test
    void failOnWarningCountsWarnings() throws Exception {
        // A statement "partly" is a warning: compliant by default, non-compliant with --fail-on warning.
        Path file = temp.resolve("partly.xml");
        Files.writeString(file, Files.readString(Path.of("../examples/tbb3-compliant.xml"))
                .replace("<statement requirement=\"1.1.3\" status=\"complies\"", "<statement requirement=\"1.1.3\" status=\"partly\""));
        assertThat(CliRun.of("check", file.toString(), "--date", "2026-11-22").exitCode()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(CliRun.of("check", file.toString(), "--date", "2026-11-22", "--fail-on", "warning").exitCode())
                .isEqualTo(ExitCode.NON_COMPLIANT);
    }

    @Test
    void unreadableFilesAreReportedOneLineEachAndTheBatchGoesOn() {
        CliRun run = CliRun.of("check", "--lang", "en", "--date", "2026-11-22", "--jobs", "2",
                DIR.resolve("malformed.xml").toString(), DIR.resolve("wrong-namespace.xml").toString(),
                DIR.resolve("schema-violation.xml").toString(), DIR.resolve("xxe.xml").toString(),
                DIR.resolve("tbb4-claims-nl-data-in-us.xml").toString(), DIR.resolve("does-not-exist.xml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.matches(".*malformed\\.xml  ERROR  line 4, column 3: .*must be terminated.*"));
        assertThat(lines).anyMatch(l -> l.matches(".*wrong-namespace\\.xml  ERROR  not an ABRO declaration of a known version: root element \\{urn:example:other}declaration.*"));
        assertThat(lines).anyMatch(l -> l.matches(".*schema-violation\\.xml  ERROR  does not match the schema: line 3, column \\d+: .*'7'.*\\(and \\d+ more problems?\\)"));
        assertThat(lines).anyMatch(l -> l.matches(".*xxe\\.xml  ERROR  line 2, column \\d+: DOCTYPE declarations are not allowed.*"));
        assertThat(lines).anyMatch(l -> l.matches(".*does-not-exist\\.xml  ERROR  file not found"));
        // The good file among them was still checked.
        assertThat(lines).anyMatch(l -> l.matches(".*tbb4-claims-nl-data-in-us\\.xml  NON-COMPLIANT .*"));
        assertThat(run.out()).contains("6 document(s): 0 compliant, 1 non-compliant, 5 error");
        assertThat(run.out() + run.err()).doesNotContainPattern("[A-Z]\\w*Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedFilesPrintNothingBehindTheReportsBack() {
        // The JDK parser prints "[Fatal Error] ..." on the console unless told otherwise.
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CliRun run = CliRun.of("check", DIR.resolve("malformed.xml").toString(), DIR.resolve("wrong-namespace.xml").toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        } finally {
            System.setErr(original);
        }
        assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void skeletonFromInitIsValidAndListsWhatIsMissing() throws Exception {
        Path skeleton = temp.resolve("declaration.xml");
        CliRun init = CliRun.of("init", "--tbb", "4", "--lang", "en", "-o", skeleton.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(Files.readString(skeleton)).contains("<statement requirement=\"5.1.4\" status=\"\"/>")
                .doesNotContain("requirement=\"5.1.1\"");
        DocumentResult result = checker.checkFile(Input.of(skeleton), CheckOptions.defaults(DATE));
        assertThat(result.readable()).isTrue();
        assertThat(result.level()).isEqualTo(nl.abro.model.TbbLevel.TBB_4);
        assertThat(requirement(result, "1.1.1").findings()).extracting(Finding::messageKey).containsExactly("not-filled-in");
        // Rule-decided requirements report the missing facts as well.
        assertThat(requirement(result, "4.3.25").findings()).extracting(Finding::messageKey).contains("lockout-missing", "not-filled-in");
        assertThat(CliRun.of("init", "--tbb", "4", "-o", skeleton.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void directoriesAreWalkedInSortedOrder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("bids"));
        Files.copy(DIR.resolve("tbb4-claims-nl-data-in-us.xml"), dir.resolve("b.xml"));
        Files.copy(DIR.resolve("malformed.xml"), dir.resolve("a.xml"));
        Files.writeString(dir.resolve("notes.txt"), "not checked");
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        List<Input> inputs = Input.expand(List.of(dir));
        assertThat(inputs).extracting(i -> Path.of(i.displayPath()).getFileName().toString()).containsExactly("a.xml", "b.xml");
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.of("check").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.of("check", "x.xml", "--fail-on", "sometimes").err()).contains("--fail-on must be error, warning, info or never");
        assertThat(CliRun.of("check", "x.xml", "--format", "pdf").err()).contains("unknown report format 'pdf'");
        assertThat(CliRun.of("check", "x.xml", "--waivers", "missing-waivers.xml").err()).contains("missing-waivers.xml: file not found");
    }

    private static DocumentResult check(String file, List<Waiver> waivers) {
        return checker.checkFile(Input.of(DIR.resolve(file)), new CheckOptions(null, null, waivers, DATE, 1));
    }

    private static RequirementResult requirement(DocumentResult result, String number) {
        return result.requirements().stream().filter(r -> r.requirement().equals(number)).findFirst().orElseThrow();
    }
}
