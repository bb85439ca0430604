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

    @BeforeAll
    static void setUp() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(EspdSamplesTest.class.getClassLoader()).resolve("adv");
        checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    private static DocumentResult check(Path file) {
        return checker.checkFile(new Input(file, file.toString()), CheckOptions.defaults(DATE));
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
}
