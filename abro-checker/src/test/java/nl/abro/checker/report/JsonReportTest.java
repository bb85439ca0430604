package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.Map;
import nl.abro.checker.check.CheckResult;
import nl.abro.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static CheckResult result;
    private static JsonNode report;

    @BeforeAll
    static void check() throws Exception {
        result = ReportFixture.check(1);
        String json = ReportFixture.render(new JsonReport(ReportFixture.failOn()), result, Language.EN).get(JsonReport.FILE);
        report = new ObjectMapper().readTree(json);
    }

    @Test
    void validatesAgainstItsPublishedSchema() throws Exception {
        try (InputStream schema = JsonReport.class.getResourceAsStream("abro-report-1.schema.json")) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            assertThat(validator.validate(report)).isEmpty();
        }
    }

    @Test
    void namesToolPackDateAndEveryInputWithItsDigest() throws Exception {
        assertThat(report.at("/tool/version").asText()).isEqualTo("test-1.0");
        // A single-pack run lists its one pack, and every readable document names it.
        assertThat(report.at("/packs")).hasSize(1);
        assertThat(report.at("/packs/0/id").asText()).isEqualTo("abro-2026");
        assertThat(report.at("/packs/0/version").asText()).isEqualTo(ReportFixture.pack().manifest().version());
        assertThat(report.at("/packs/0/sha256").asText()).isEqualTo(ReportFixture.pack().sha256());
        assertThat(report.at("/documents/0/pack").asText()).isEqualTo(ReportFixture.pack().coordinates().toString());
        assertThat(report.at("/documents/3/pack").isNull()).as("unreadable: no pack").isTrue();
        assertThat(report.at("/checkDate").asText()).isEqualTo("2026-11-22");
        assertThat(report.at("/documents")).hasSize(4);
        assertThat(report.at("/documents/0/sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(report.at("/summary/compliant").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/nonCompliant").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/error").asInt()).isEqualTo(1);
    }

    @Test
    void documentsCarryOutcomesRequirementsAndLocatedFindings() {
        JsonNode defect = report.at("/documents/1");
        assertThat(defect.at("/path").asText()).endsWith("tbb4-cloud-data-outside-nl.xml");
        assertThat(defect.at("/outcome").asText()).isEqualTo("non-compliant");
        assertThat(defect.at("/tbb").asInt()).isEqualTo(4);
        assertThat(defect.at("/requirements")).hasSize(445);
        JsonNode finding = defect.at("/findings/0");
        assertThat(finding.at("/requirement").asText()).isEqualTo("5.1.4");
        assertThat(finding.at("/rule").asText()).isEqualTo("CLD-DATA-LOCATION");
        assertThat(finding.at("/location/line").asInt()).isPositive();
        assertThat(finding.at("/location/xpath").asText()).startsWith("/declaration/cloud/service");
        JsonNode waived = report.at("/documents/2/requirements").findParents("number").stream()
                .filter(r -> r.get("number").asText().equals("4.3.26")).findFirst().orElseThrow();
        assertThat(waived.at("/outcome").asText()).isEqualTo("waived");
        assertThat(waived.at("/waiver/approver").asText()).isEqualTo("CISO Politie");
        JsonNode unreadable = report.at("/documents/3");
        assertThat(unreadable.at("/outcome").asText()).isEqualTo("error");
        assertThat(unreadable.at("/error").asText()).contains("line 4");
    }

    @Test
    void dutchReportHasDutchTextsAndTheSameStructure() throws Exception {
        Map<String, String> files = ReportFixture.render(new JsonReport(ReportFixture.failOn()), result, Language.NL);
        JsonNode nl = new ObjectMapper().readTree(files.get(JsonReport.FILE));
        assertThat(nl.at("/language").asText()).isEqualTo("nl");
        assertThat(nl.at("/packs/0/catalog/chapters/0/title").asText()).isEqualTo("Bestuur en beveiligingsorganisatie");
        assertThat(nl.at("/documents/1/findings/0/message").asText()).isNotEqualTo(report.at("/documents/1/findings/0/message").asText());
    }
}
