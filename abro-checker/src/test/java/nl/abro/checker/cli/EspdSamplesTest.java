package nl.abro.checker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ADV pack on real ESPD samples (v1 and ESPD-EDM 4.1.0) and end to end through the CLI. */
class EspdSamplesTest {
    private static final Path V1 = Path.of("src/test/resources/espd/v1");
    private static final Path V4 = Path.of("src/test/resources/espd/v4.1.0");
    private static final Path OWN = Path.of("src/test/resources/espd/fixtures");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static Checker checker;
    private static DocumentLoader loader;

    @BeforeAll
    static void setUp() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(EspdSamplesTest.class.getClassLoader()).resolve("adv");
        loader = new DocumentLoader(processor, Schemas.bundled());
        checker = new Checker(CompiledPack.compile(pack, processor), loader, "test");
    }

    private static DocumentResult check(Path file) {
        return checker.checkFile(new Input(file, file.toString()), CheckOptions.defaults(DATE));
    }

    /** Checks a response against an ESPD request given as the tender, as {@code --tender request.xml} does. */
    private static DocumentResult check(Path response, Path request) throws Exception {
        var view = loader.load(request.toString(), loader.read(request)).view();
        return checker.checkFile(new Input(response, response.toString()), CheckOptions.defaults(DATE).withRequest(view));
    }

    private static Outcome outcome(DocumentResult result, String article) {
        return result.requirements().stream().filter(r -> r.requirement().equals(article)).findFirst().orElseThrow().outcome();
    }

    private static List<String> keys(DocumentResult result, String article) {
        return result.findings().stream().filter(f -> f.requirement().equals(article))
                .map(f -> f.messageKey() + ":" + f.severity().name().toLowerCase()).toList();
    }

    @Test
    void criminalOrganisationWithSelfCleaningIsAWarning() {
        DocumentResult result = check(V1.resolve("response_exclusion_participation_criminal_organisation_import.xml"));
        assertThat(keys(result, "2.76")).containsExactlyInAnyOrder("missing-ground:error", "conviction-self-cleaning:warning");
        Finding warning = result.findings().stream().filter(f -> f.messageKey().equals("conviction-self-cleaning")).findFirst().orElseThrow();
        assertThat(warning.message().en()).contains("Hodor is clean");
        assertThat(warning.location().line()).isNull();
        assertThat(warning.location().xpath()).isEqualTo("/espd/criterion/answer");
        // The sample holds only this one ground: the other five mandatory grounds are missing.
        assertThat(outcome(result, "2.76")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void bankruptcyAndNationalGroundsAnsweredNoPass() {
        // Both samples answer their ground "no" (the "yes" indicators in them are sub-questions).
        DocumentResult bankruptcy = check(V1.resolve("response_exclusion_bankruptcy_import.xml"));
        assertThat(keys(bankruptcy, "2.77")).isEmpty();
        assertThat(outcome(bankruptcy, "2.77")).isEqualTo(Outcome.PASSED);
        DocumentResult national = check(V1.resolve("response_exclusion_purely_national_grounds_import.xml"));
        assertThat(keys(national, "2.77")).isEmpty();
        assertThat(keys(national, "2.76")).containsExactly("missing-ground:error");
    }

    @Test
    void unansweredSampleFailsMandatoryGrounds() {
        DocumentResult result = check(V1.resolve("response_exclusion_exclusion_criterion_no_answer_import.xml"));
        assertThat(outcome(result, "2.76")).isEqualTo(Outcome.FAILED);
        assertThat(keys(result, "2.76")).containsExactly("missing-ground:error");
        assertThat(keys(result, "2.77")).containsExactly("unanswered:warning");
    }

    @Test
    void v4SampleIsRead() {
        DocumentResult result = check(V4.resolve("ESPD-Response.xml"));
        assertThat(result.readable()).isTrue();
        // All six mandatory grounds are present and answered (the synthetic sample says yes throughout).
        assertThat(keys(result, "2.76")).doesNotContain("missing-ground:error", "unanswered:error");
        assertThat(keys(result, "2.77")).isNotEmpty();
    }

    @Test
    void requestGivenAsResponseIsTheWrongKind() {
        DocumentResult result = check(V1.resolve("request_all_exclusion_criteria_selected.xml"));
        assertThat(result.readable()).isFalse();
        assertThat(result.error().en()).isEqualTo("wrong kind of document (espd-request): pack adv checks espd-response");
    }

    @Test
    void cliChecksAnEspdWithoutTbb() {
        CliRun bad = CliRun.of("check", "--pack", "adv", "--date", "2026-11-22", "--lang", "en",
                OWN.resolve("response-v1-conviction-no-self-cleaning.xml").toString());
        assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(ExitCode.NON_COMPLIANT);
        assertThat(bad.out()).contains("without self-cleaning");
        CliRun clean = CliRun.of("check", "--pack", "adv", "--date", "2026-11-22", "--lang", "en",
                OWN.resolve("response-v1-clean.xml").toString());
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isEqualTo(ExitCode.COMPLIANT);
    }

    @Test
    void v4ResponseAnswersEveryCriterionOfItsRequest() throws Exception {
        DocumentResult result = check(V4.resolve("ESPD-Response.xml"), V4.resolve("ESPD-Request.xml"));
        assertThat(keys(result, "2.75")).isEmpty();
        assertThat(outcome(result, "2.75")).isEqualTo(Outcome.PASSED);
        // The request asks for ISO 9001 (qu-certif-indep) and the response says yes.
        assertThat(keys(result, "2.87")).isEmpty();
        assertThat(outcome(result, "2.87")).isEqualTo(Outcome.PASSED);
    }

    @Test
    void withoutARequestTheRequestRulesDoNotFire() {
        DocumentResult result = check(V4.resolve("ESPD-Response.xml"));
        assertThat(keys(result, "2.75")).isEmpty();
        assertThat(keys(result, "2.87")).isEmpty();
    }

    @Test
    void v1ResponseLackingSelectedCriteriaFailsNamingThem() throws Exception {
        DocumentResult result = check(V1.resolve("response_selection_certificates_independent_bodies_quality_import.xml"),
                V1.resolve("request_all_selection_criteria_selected.xml"));
        assertThat(outcome(result, "2.75")).isEqualTo(Outcome.FAILED);
        assertThat(keys(result, "2.75")).containsExactly("missing-criterion:error");
        String message = result.findings().stream().filter(f -> f.requirement().equals("2.75")).findFirst().orElseThrow().message().en();
        // The request selects 31 selection criteria; the response answers only the quality certificates.
        assertThat(message).startsWith("The ESPD lacks 30 criterion/criteria the ESPD request selected")
                .contains("(prof-regist)", "(envir-certif-indep)", "Subcontracting proportion (suncont-port)")
                .doesNotContain("qu-certif-indep");
        // It answers the quality certificates "yes": 2.87 holds.
        assertThat(outcome(result, "2.87")).isEqualTo(Outcome.PASSED);

        DocumentResult bankruptcy = check(V1.resolve("response_exclusion_bankruptcy_import.xml"),
                V1.resolve("request_all_exclusion_criteria_selected.xml"));
        String missing = bankruptcy.findings().stream().filter(f -> f.requirement().equals("2.75")).findFirst().orElseThrow().message().en();
        assertThat(missing).startsWith("The ESPD lacks 21 criterion/criteria").contains("Corruption (corruption)").doesNotContain("(bankruptcy)");
    }

    @Test
    void v1ResponseWithoutRequestedQualityCertificateFails2_87() throws Exception {
        DocumentResult result = check(V1.resolve("response_exclusion_bankruptcy_import.xml"),
                V1.resolve("request_all_selection_criteria_selected.xml"));
        assertThat(keys(result, "2.87")).containsExactly("not-stated:error");
        assertThat(outcome(result, "2.87")).isEqualTo(Outcome.FAILED);
    }

    @Test
    void cliTakesAnEspdRequestAsTheTender() {
        CliRun run = CliRun.of("check", "--date", "2026-11-22", "--lang", "en",
                "--tender", V1.resolve("request_all_selection_criteria_selected.xml").toString(),
                V1.resolve("response_selection_certificates_independent_bodies_quality_import.xml").toString());
        // No --pack: an ESPD request as the tender implies the ADV pack.
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.NON_COMPLIANT);
        assertThat(run.out()).contains("lacks 30 criterion/criteria the ESPD request selected");
        CliRun v4 = CliRun.of("check", "--pack", "adv", "--date", "2026-11-22", "--lang", "en", "--format", "json",
                "--tender", V4.resolve("ESPD-Request.xml").toString(), V4.resolve("ESPD-Response.xml").toString());
        // The response covers its request and holds ISO 9001; its convictions come with self-cleaning (warnings only).
        assertThat(v4.exitCode()).as(v4.out() + v4.err()).isEqualTo(ExitCode.COMPLIANT);
        assertThat(v4.out()).doesNotContain("ESPD request selected", "quality-assurance certificates");
    }

    @Test
    void cliRefusesAnEspdResponseAsTheTender() {
        CliRun run = CliRun.of("check", "--date", "2026-11-22", "--lang", "en",
                "--tender", V4.resolve("ESPD-Response.xml").toString(), V4.resolve("ESPD-Response.xml").toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("expected a tender profile or an ESPD request, not a document of kind espd-response");
    }

    /**
     * One bid, several files: a bid folder holding the supplier's ABRO declaration and its ESPD
     * response is checked in one run without --pack, each file against its own pack, and one
     * report holds both.
     */
    @Test
    void aBidFolderWithADeclarationAndAnEspdIsCheckedAsOneBid(@org.junit.jupiter.api.io.TempDir Path bid) throws Exception {
        java.nio.file.Files.copy(Path.of("../examples/tbb3-compliant.xml"), bid.resolve("abro-verklaring.xml"));
        java.nio.file.Files.copy(OWN.resolve("response-v1-conviction-no-self-cleaning.xml"), bid.resolve("uea.xml"));
        Path reports = bid.resolve("reports");
        CliRun run = CliRun.of("check", bid.toString(), "--date", "2026-11-22", "--lang", "en", "--format", "json", "--output", reports.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.NON_COMPLIANT);
        String json = java.nio.file.Files.readString(reports.resolve("abro-report.json"));
        var report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(report.get("documents")).hasSize(2);
        var declaration = report.get("documents").get(0);
        var espd = report.get("documents").get(1);
        assertThat(declaration.get("path").asText()).endsWith("abro-verklaring.xml");
        assertThat(declaration.get("pack").asText()).isEqualTo("abro-2026:2026.1");
        assertThat(declaration.get("outcome").asText()).isEqualTo("compliant");
        assertThat(espd.get("path").asText()).endsWith("uea.xml");
        assertThat(espd.get("kind").asText()).isEqualTo("espd-response");
        assertThat(espd.get("pack").asText()).isEqualTo("adv:2026.1");
        assertThat(espd.get("outcome").asText()).isEqualTo("non-compliant");
        assertThat(report.get("packs").findValuesAsText("id")).containsExactly("abro-2026", "adv");
    }
}
