package nl.abro.checker.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Severity;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples in examples/ give the outcomes their names promise, on the date they were written for. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("../examples");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);
    private static Checker checker;

    @BeforeAll
    static void setUp() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        var pack = new PackRegistry(ExamplesTest.class.getClassLoader()).resolve("abro-2026");
        checker = new Checker(CompiledPack.compile(pack, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of("tbb4-cloud-data-outside-nl.xml", List.of("5.1.4"), "DE", "/declaration/cloud/service"),
                Arguments.of("tbb4-cloud-keys-held-by-provider.xml", List.of("5.4.1"), "provider", "/declaration/cloud/service"),
                Arguments.of("tbb3-public-cloud.xml", List.of("5.1.1"), "public", "/declaration/cloud"),
                Arguments.of("tbb3-lockout-too-lenient.xml", List.of("4.3.26"), "5", "/declaration/cyber/accounts/@lockoutThreshold"),
                Arguments.of("tbb2-self-inspection-outdated.xml", List.of("1.2.2"), "2025-09-29", "/declaration/governance/selfInspection"),
                Arguments.of("tbb3-vgb-expired.xml", List.of("2.1.2"), "2021-06-14", "/declaration/personnel/person"),
                Arguments.of("tbb3-subcontractor-without-approval.xml", List.of("1.5.1"), "", "/declaration/subcontractors/subcontractor"),
                Arguments.of("tbb4-certificate-expired.xml", List.of("1.1.1"), "2026-09-29", "/declaration/certifications/certificate"),
                Arguments.of("tbb3-statements-missing.xml", List.of("1.1.3", "2.5.5", "4.3.26", "4.15.12"), "", "/declaration"));
    }

    @ParameterizedTest
    @MethodSource("defects")
    void defectExampleFailsOnlyItsRequirementAndPointsAtTheValue(String file, List<String> failing, String value, String xpath) {
        DocumentResult result = checker.checkFile(Input.of(EXAMPLES.resolve(file)), CheckOptions.defaults(DATE));
        assertThat(result.readable()).as(String.valueOf(result.error())).isTrue();
        assertThat(result.verdict(Severity.ERROR)).isEqualTo(DocumentResult.Verdict.NON_COMPLIANT);
        assertThat(result.requirements().stream().filter(r -> r.outcome() == Outcome.FAILED).map(RequirementResult::requirement))
                .containsExactlyElementsOf(failing);
        Finding finding = result.findings().stream().filter(f -> f.requirement().equals(failing.get(0))).findFirst().orElseThrow();
        assertThat(finding.message().en()).contains(value);
        assertThat(finding.location().line()).isPositive();
        assertThat(finding.location().column()).isPositive();
        assertThat(finding.location().xpath()).startsWith(xpath);
    }

    @Test
    void compliantExamplesPassAtEveryLevel() throws Exception {
        Map<String, Integer> applicable = Map.of("tbb1", 375, "tbb2", 373, "tbb3", 372, "tbb4", 328);
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> compliant = files.filter(p -> p.getFileName().toString().endsWith("-compliant.xml")).sorted().toList();
            assertThat(compliant).hasSize(4);
            for (Path file : compliant) {
                DocumentResult result = checker.checkFile(Input.of(file), CheckOptions.defaults(DATE));
                assertThat(result.error()).as(file.toString()).isNull();
                assertThat(result.findings()).as(file.toString()).isEmpty();
                assertThat(result.verdict(Severity.ERROR)).isEqualTo(DocumentResult.Verdict.COMPLIANT);
                String level = file.getFileName().toString().substring(0, 4);
                assertThat(result.requirements().size() - result.count(Outcome.NOT_APPLICABLE)).isEqualTo(applicable.get(level).longValue());
                assertThat(result.count(Outcome.PASSED)).as("rule-decided requirements passed").isGreaterThan(80);
            }
        }
    }

    @Test
    void theSameExampleOnALaterDateFindsWhatHasAged() {
        DocumentResult result = checker.checkFile(Input.of(EXAMPLES.resolve("tbb3-compliant.xml")),
                CheckOptions.defaults(LocalDate.of(2028, 1, 1)));
        // A year later the self-inspection is overdue: dates are judged against the check date.
        assertThat(result.requirements().stream().filter(r -> r.outcome() == Outcome.FAILED).map(RequirementResult::requirement))
                .contains("1.2.2");
    }
}
