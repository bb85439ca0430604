package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Outcome;
import nl.abro.model.DocumentKind;
import nl.abro.model.Language;
import nl.abro.model.PackId;
import nl.abro.model.RequirementPack;
import nl.abro.model.RuleDefinition;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A bid folder checked in one run against two packs (ABRO 2026 for the declarations, ADV for the
 * ESPD responses), plus a paged tender document, rendered in every format: each document is
 * reported against its own pack, every pack is named with its SHA-256, and pages stand where XML
 * files have line and column.
 */
class MultiPackReportTest {
    private static final PackId ABRO = new PackId("abro-2026", "2026.1");
    private static final PackId ADV = new PackId("adv", "2026.1");
    /** Positions in the batch: declarations, ESPD responses, the unreadable file, the paged document. */
    private static final List<Integer> DECLARATIONS = List.of(0, 2);
    private static final List<Integer> ESPDS = List.of(1, 3);
    private static final int UNREADABLE = 4;
    private static final int PAGED = 5;

    private static ReportFixture.Mixed mixed;
    private static CheckResult result;
    private static RequirementPack abro;
    private static RequirementPack adv;

    @BeforeAll
    static void check() throws Exception {
        mixed = ReportFixture.checkMixed(1);
        result = ReportFixture.withPagedDocument(mixed.result());
        abro = mixed.context(Language.EN).pack(ABRO);
        adv = mixed.context(Language.EN).pack(ADV);
    }

    private static String render(Report report, Language language, String file) throws Exception {
        return ReportFixture.render(report, result, mixed.context(language)).get(file);
    }

    private static JsonNode json(Language language) throws Exception {
        return new ObjectMapper().readTree(render(new JsonReport(ReportFixture.failOn()), language, JsonReport.FILE));
    }

    private static JsonNode sarif(Language language) throws Exception {
        return new ObjectMapper().readTree(render(new SarifReport(ReportFixture.failOn()), language, SarifReport.FILE));
    }

    private static DocumentResult document(int index) {
        return result.documents().get(index);
    }

    private static String firstFailed(int index) {
        return document(index).requirements().stream().filter(r -> r.outcome() == Outcome.FAILED)
                .map(r -> r.requirement()).findFirst().orElseThrow();
    }

    private static String title(RequirementPack pack, String number, Language language) {
        return pack.catalog().requirement(number).orElseThrow().title().in(language);
    }

    // ------------------------------------------------------------------ the run itself

    @Test
    void eachKindOfDocumentWasCheckedAgainstItsOwnPack() {
        assertThat(result.packs()).extracting(CheckResult.PackUse::coordinates).containsExactly(ABRO, ADV);
        DECLARATIONS.forEach(i -> assertThat(document(i).pack()).as(document(i).path()).isEqualTo(ABRO));
        ESPDS.forEach(i -> assertThat(document(i).pack()).as(document(i).path()).isEqualTo(ADV));
        ESPDS.forEach(i -> assertThat(document(i).kind()).isEqualTo(DocumentKind.ESPD_RESPONSE));
        assertThat(document(UNREADABLE).pack()).isNull();
        assertThat(document(PAGED).level()).isNull();
        // The ESPD fixture fails a mandatory exclusion ground: findings from the ADV pack to report.
        assertThat(document(1).findings()).isNotEmpty().allMatch(f -> f.rule().startsWith("ADV-"));
    }

    // ------------------------------------------------------------------ JSON

    @Test
    void jsonValidatesAndNamesEveryPackWithItsCatalog() throws Exception {
        try (InputStream in = JsonReport.class.getResourceAsStream("abro-report-1.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            for (Language language : Language.values()) {
                assertThat(schema.validate(json(language))).as(language.code()).isEmpty();
            }
        }
        JsonNode report = json(Language.EN);
        assertThat(report.has("pack")).isFalse();
        assertThat(report.has("catalog")).isFalse();
        JsonNode packs = report.at("/packs");
        assertThat(packs).hasSize(2);
        assertThat(packs.get(0).at("/id").asText()).isEqualTo("abro-2026");
        assertThat(packs.get(0).at("/sha256").asText()).isEqualTo(abro.sha256());
        assertThat(packs.get(0).at("/catalog/requirements")).hasSize(abro.catalog().requirements().size());
        assertThat(packs.get(1).at("/id").asText()).isEqualTo("adv");
        assertThat(packs.get(1).at("/version").asText()).isEqualTo("2026.1");
        assertThat(packs.get(1).at("/sha256").asText()).isEqualTo(adv.sha256());
        assertThat(packs.get(1).at("/title").asText()).isEqualTo(adv.manifest().title().en());
        assertThat(packs.get(1).at("/catalog/chapters")).hasSize(adv.catalog().chapters().size());
        assertThat(packs.get(1).at("/catalog/requirements")).hasSize(adv.catalog().requirements().size());
    }

    @Test
    void jsonDocumentsNameTheirPackAndMayHaveNoLevel() throws Exception {
        JsonNode documents = json(Language.EN).at("/documents");
        for (int i : DECLARATIONS) {
            assertThat(documents.get(i).at("/pack").asText()).isEqualTo("abro-2026:2026.1");
            assertThat(documents.get(i).at("/requirements")).hasSize(abro.catalog().requirements().size());
        }
        for (int i : ESPDS) {
            assertThat(documents.get(i).at("/pack").asText()).isEqualTo("adv:2026.1");
            assertThat(documents.get(i).at("/requirements")).hasSize(adv.catalog().requirements().size());
        }
        JsonNode unreadable = documents.get(UNREADABLE);
        assertThat(unreadable.at("/outcome").asText()).isEqualTo("error");
        assertThat(unreadable.get("pack").isNull()).isTrue();
        assertThat(unreadable.get("tbb").isNull()).isTrue();
        JsonNode paged = documents.get(PAGED);
        assertThat(paged.at("/kind").asText()).isEqualTo("tender");
        assertThat(paged.get("tbb").isNull()).isTrue();
        assertThat(paged.at("/counts/failed").asInt()).isPositive();
        JsonNode location = paged.at("/findings/0/location");
        assertThat(location.at("/page").asInt()).isEqualTo(3);
        assertThat(location.has("line")).isFalse();
        assertThat(location.at("/xpath").asText()).isEqualTo("/document/page[3]/footer");
    }

    // ------------------------------------------------------------------ HTML

    private static Document html(Language language) throws Exception {
        String html = render(new HtmlReport(ReportFixture.failOn()), language, HtmlReport.FILE);
        Files.createDirectories(Path.of("target/html-report"));
        Files.writeString(Path.of("target/html-report/mixed-" + language.code() + ".html"), html);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static String text(Document document, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
    }

    @Test
    void htmlHeaderListsEveryPackWithItsDigest() throws Exception {
        Document en = html(Language.EN);
        String details = text(en, "//*[contains(@class,'meta')]");
        assertThat(details).contains("Requirement packs", abro.manifest().title().en(), "abro-2026:2026.1", abro.sha256(),
                adv.manifest().title().en(), "adv:2026.1", adv.sha256());
        assertThat(text(en, "count(//*[contains(@class,'meta')]//*[@class='pack'])")).isEqualTo("2");
        assertThat(text(en, "//*[local-name()='header'][@class='masthead']")).contains("abro-2026:2026.1", "adv:2026.1");
        assertThat(text(en, "//*[local-name()='footer']")).contains("abro-2026:2026.1", "adv:2026.1");
        assertThat(text(html(Language.NL), "//*[contains(@class,'meta')]")).contains("Eisenpakketten",
                adv.manifest().title().nl());
    }

    @Test
    void htmlComparesDocumentsOnlyWithinTheirPack() throws Exception {
        Document en = html(Language.EN);
        assertThat(text(en, "count(//*[contains(@class,'matrix-section')])")).isEqualTo("2");
        // Declarations (and the tender document made from one) under ABRO, ESPD responses under ADV.
        assertThat(columns(en, "abro-2026:2026.1")).containsExactly("1", "3", "6");
        assertThat(columns(en, "adv:2026.1")).containsExactly("2", "4");
        assertThat(text(en, "//*[@data-pack='adv:2026.1']//*[local-name()='h2']")).contains(adv.manifest().title().en());
        // ADV's own chapters group the rows of its matrix; filters act on their own matrix only.
        assertThat(text(en, "count(//*[@data-pack='adv:2026.1']//*[local-name()='table'][@class='matrix']/*[local-name()='tbody'])"))
                .isEqualTo(Long.toString(adv.catalog().chapters().stream().filter(c -> appliesToAnEspd(c.number())).count()));
        assertThat(text(en, "count(//*[local-name()='input'][@id='mx-diff-1'])")).isEqualTo("1");
        assertThat(text(en, "count(//*[local-name()='input'][@id='mx-diff-2'])")).isEqualTo("1");
        String failed = firstFailed(1);
        String cell = "//*[@data-pack='adv:2026.1']//*[local-name()='tr'][*[1]//*[@class='rq']='" + failed + "']";
        assertThat(text(en, cell + "//*[@class='rt']")).isEqualTo(title(adv, failed, Language.EN));
        assertThat(text(en, cell + "/*[local-name()='td'][1]/@class")).contains("o-failed");

        // Only one readable ESPD: no ADV matrix, the declarations are still compared.
        CheckResult oneEspd = new CheckResult(result.toolVersion(), result.packs(), result.checkDate(), null,
                result.documents().subList(0, 3));
        String html = ReportFixture.render(new HtmlReport(ReportFixture.failOn()), oneEspd, mixed.context(Language.EN))
                .get(HtmlReport.FILE);
        assertThat(html).contains("data-pack=\"abro-2026:2026.1\"").doesNotContain("data-pack=\"adv:2026.1\"");
    }

    private static boolean appliesToAnEspd(String chapter) {
        return ESPDS.stream().map(MultiPackReportTest::document).anyMatch(d -> d.requirements().stream()
                .anyMatch(r -> r.outcome() != Outcome.NOT_APPLICABLE
                        && adv.catalog().requirement(r.requirement()).orElseThrow().chapter().equals(chapter)));
    }

    private static List<String> columns(Document document, String pack) throws Exception {
        NodeList bids = (NodeList) XPathFactory.newInstance().newXPath().evaluate(
                "//*[@data-pack='" + pack + "']//*[local-name()='th'][@class='bid']//*[@class='bid-no']", document,
                javax.xml.xpath.XPathConstants.NODESET);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < bids.getLength(); i++) {
            numbers.add(bids.item(i).getTextContent());
        }
        return numbers;
    }

    @Test
    void htmlTitlesAndChaptersOfEachDocumentComeFromItsPack() throws Exception {
        Document en = html(Language.EN);
        // Chapter bars: five ABRO chapters for a declaration, ADV's chapters for an ESPD response.
        assertThat(text(en, "count(//*[@id='doc-1']//*[local-name()='table'][@class='bars']/*[local-name()='tbody']/*)")).isEqualTo("5");
        assertThat(text(en, "count(//*[@id='doc-2']//*[local-name()='table'][@class='bars']/*[local-name()='tbody']/*)"))
                .isEqualTo(Integer.toString(adv.catalog().chapters().size()));
        assertThat(text(en, "//*[@id='doc-2']//*[local-name()='table'][@class='bars']/*[local-name()='tbody']/*[1]/*[1]"))
                .contains(adv.catalog().chapters().get(0).title().en());
        // Findings titled from ADV, checklist and requirement table from ADV.
        String failed = firstFailed(1);
        assertThat(text(en, "//*[@id='doc-2']//*[local-name()='table'][contains(@class,'findings')]//*[local-name()='tr'][.//*[@class='rq']='"
                + failed + "'][1]//*[@class='rt']")).isEqualTo(title(adv, failed, Language.EN));
        long applicable = document(1).requirements().size() - document(1).count(Outcome.NOT_APPLICABLE);
        assertThat(text(en, "count(//*[@id='doc-2']//*[local-name()='table'][contains(@class,'reqs')]//*[local-name()='tr'][starts-with(@class,'r-')])"))
                .isEqualTo(Long.toString(applicable));
        assertThat(text(en, "//*[@id='doc-2']//*[contains(@class,'doc-pack')]")).contains("adv:2026.1");
        assertThat(text(en, "//*[@id='doc-1']//*[contains(@class,'doc-pack')]")).contains("abro-2026:2026.1");
        assertThat(text(en, "count(//*[@id='doc-5']//*[contains(@class,'doc-pack')])")).isEqualTo("0");
        // The summary names each document's pack.
        assertThat(text(en, "//*[local-name()='table'][contains(@class,'overview')]/*[local-name()='tbody']/*[2]")).contains("adv:2026.1");
    }

    @Test
    void htmlShowsThePageAndThatNoLevelIsStated() throws Exception {
        Document en = html(Language.EN);
        assertThat(text(en, "//*[@id='doc-6']//*[local-name()='dt'][.='TBB level']/following-sibling::*[1]")).isEqualTo("not stated");
        assertThat(text(en, "//*[@id='doc-6']//*[local-name()='td'][@class='loc'][1]")).contains("page 3").doesNotContain("line");
        assertThat(text(en, "//*[local-name()='table'][contains(@class,'overview')]/*[local-name()='tbody']/*[6]")).contains("not stated");
        assertThat(text(en, "//*[local-name()='table'][contains(@class,'overview')]/*[local-name()='tbody']/*[5]")).doesNotContain("not stated");
        Document nl = html(Language.NL);
        assertThat(text(nl, "//*[@id='doc-6']//*[local-name()='dt'][.='TBB-niveau']/following-sibling::*[1]")).isEqualTo("niet genoemd");
        assertThat(text(nl, "//*[@id='doc-6']//*[local-name()='td'][@class='loc'][1]")).contains("pagina 3");
    }

    // ------------------------------------------------------------------ SARIF

    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = MultiPackReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static List<JsonNode> results(JsonNode sarif) {
        return StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false).toList();
    }

    @Test
    void sarifValidatesAndDescribesTheRulesOfEveryPack() throws Exception {
        JsonSchema schema = sarifSchema();
        JsonNode en = sarif(Language.EN);
        assertThat(schema.validate(en)).isEmpty();
        assertThat(schema.validate(sarif(Language.NL))).isEmpty();
        List<String> ids = new ArrayList<>();
        en.at("/runs/0/tool/driver/rules").forEach(r -> ids.add(r.at("/id").asText()));
        assertThat(ids).doesNotHaveDuplicates()
                .containsAll(abro.rules().stream().map(RuleDefinition::id).toList())
                .containsAll(adv.rules().stream().map(RuleDefinition::id).toList());
        JsonNode rule = en.at("/runs/0/tool/driver/rules/" + ids.indexOf(adv.rules().get(0).id()));
        assertThat(rule.at("/properties/pack").asText()).isEqualTo("adv:2026.1");
        String served = adv.rules().get(0).requirements().get(0);
        assertThat(rule.at("/fullDescription/text").asText()).contains(served + " " + title(adv, served, Language.EN));
        JsonNode packs = en.at("/runs/0/properties/packs");
        assertThat(packs).hasSize(2);
        assertThat(packs.get(0).at("/sha256").asText()).isEqualTo(abro.sha256());
        assertThat(packs.get(1).at("/id").asText()).isEqualTo("adv");
        assertThat(packs.get(1).at("/sha256").asText()).isEqualTo(adv.sha256());
        assertThat(en.at("/runs/0/artifacts/1/properties/pack").asText()).isEqualTo("adv:2026.1");
    }

    @Test
    void sarifResultsNameTheirPackAndPointAtItsRule() throws Exception {
        JsonNode en = sarif(Language.EN);
        JsonNode rules = en.at("/runs/0/tool/driver/rules");
        for (JsonNode result : results(en)) {
            int artifact = result.at("/locations/0/physicalLocation/artifactLocation/index").asInt();
            String pack = document(artifact).pack().toString();
            assertThat(result.at("/properties/pack").asText()).isEqualTo(pack);
            JsonNode rule = rules.get(result.at("/ruleIndex").asInt());
            assertThat(rule.at("/id").asText()).isEqualTo(result.at("/ruleId").asText());
            if (!rule.at("/properties/pack").isMissingNode()) {
                assertThat(rule.at("/properties/pack").asText()).isEqualTo(pack);
            }
        }
        assertThat(results(en)).anyMatch(r -> r.at("/properties/pack").asText().equals("adv:2026.1"));
    }

    @Test
    void sarifGivesThePageOfAPagedDocumentInPropertiesAndMessage() throws Exception {
        JsonNode en = sarif(Language.EN);
        List<JsonNode> paged = results(en).stream()
                .filter(r -> r.at("/locations/0/physicalLocation/artifactLocation/index").asInt() == PAGED).toList();
        assertThat(paged).isNotEmpty().allSatisfy(r -> {
            assertThat(r.at("/properties/page").asInt()).isEqualTo(3);
            assertThat(r.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
            assertThat(r.at("/message/text").asText()).endsWith(" (page 3)");
            assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("/document/page[3]/footer");
        });
        assertThat(results(sarif(Language.NL)).stream()
                .filter(r -> r.at("/locations/0/physicalLocation/artifactLocation/index").asInt() == PAGED))
                .allMatch(r -> r.at("/message/text").asText().endsWith(" (pagina 3)"));
        assertThat(results(en).stream().filter(r -> r.at("/locations/0/physicalLocation/artifactLocation/index").asInt() == 0))
                .allMatch(r -> r.at("/properties/page").isMissingNode());
    }

    @Test
    void sarifKeepsARuleIdThatTwoPacksDefineApart() throws Exception {
        // ADV as a pack author might try it: with a rule of the same id as one of ABRO's.
        RuleDefinition shared = abro.rules().stream().filter(r -> r.id().equals("CLD-DATA-LOCATION")).findFirst().orElseThrow();
        List<RuleDefinition> rules = new ArrayList<>(adv.rules());
        rules.add(shared);
        RequirementPack advWithShared = adv.withRules(rules, List.of());
        ReportContext context = new ReportContext(List.of(abro, advWithShared), Language.EN, false);
        JsonNode sarif = new ObjectMapper().readTree(ReportFixture.render(new SarifReport(ReportFixture.failOn()), result, context)
                .get(SarifReport.FILE));
        assertThat(sarifSchema().validate(sarif)).isEmpty();
        List<String> ids = new ArrayList<>();
        sarif.at("/runs/0/tool/driver/rules").forEach(r -> ids.add(r.at("/id").asText()));
        assertThat(ids).doesNotHaveDuplicates().contains("abro-2026:CLD-DATA-LOCATION", "adv:CLD-DATA-LOCATION")
                .doesNotContain("CLD-DATA-LOCATION")
                .contains("CYB-LOCKOUT-USER", adv.rules().get(0).id());
        JsonNode cloud = results(sarif).stream().filter(r -> r.at("/properties/requirement").asText().equals("5.1.4"))
                .findFirst().orElseThrow();
        assertThat(cloud.at("/ruleId").asText()).isEqualTo("abro-2026:CLD-DATA-LOCATION");
        assertThat(ids.get(cloud.at("/ruleIndex").asInt())).isEqualTo("abro-2026:CLD-DATA-LOCATION");
    }

    // ------------------------------------------------------------------ JUnit

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    @Test
    void junitSuitesNameTheirPackAndEveryPackOfTheRun() throws Exception {
        String xml = render(new JUnitReport(ReportFixture.failOn()), Language.EN, JUnitReport.FILE);
        List<ReportTestSuite> parsed = new TestSuiteXmlParser(new NullConsoleLogger()).parse(new InputStreamReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        assertThat(parsed.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum())
                .isEqualTo(result.documents().stream().mapToInt(d -> d.readable() ? d.requirements().size() : 1).sum());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("abro abro-2026:2026.1 adv:2026.1");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).hasSize(result.documents().size());
        for (int i = 0; i < suites.size(); i++) {
            List<String> properties = elements(suites.get(i), "property").stream()
                    .map(p -> p.getAttribute("name") + "=" + p.getAttribute("value")).toList();
            assertThat(properties).contains("pack.1.id=abro-2026", "pack.1.sha256=" + abro.sha256(),
                    "pack.2.id=adv", "pack.2.version=2026.1", "pack.2.sha256=" + adv.sha256());
            if (ESPDS.contains(i)) {
                assertThat(properties).contains("pack.id=adv", "pack.sha256=" + adv.sha256());
            } else if (i == UNREADABLE) {
                assertThat(properties).noneMatch(p -> p.startsWith("pack.id="));
            } else {
                assertThat(properties).contains("pack.id=abro-2026", "pack.sha256=" + abro.sha256());
            }
        }
        // An ESPD response's test cases are grouped and titled by ADV's chapters and titles.
        String failed = firstFailed(1);
        String className = JUnitReport.className(document(1).path());
        ReportTestCase espd = parsed.stream().filter(s -> s.getFullClassName().startsWith(className + "."))
                .flatMap(s -> s.getTestCases().stream()).filter(c -> c.getName().startsWith(failed + " ")).findFirst().orElseThrow();
        var chapter = adv.catalog().chapter(adv.catalog().requirement(failed).orElseThrow().chapter()).orElseThrow();
        assertThat(espd.getFullClassName()).isEqualTo(className + "." + chapter.number() + "-" + chapter.domain().code());
        assertThat(espd.getName()).isEqualTo(failed + " " + title(adv, failed, Language.EN));
        assertThat(espd.hasFailure()).isTrue();
    }

    @Test
    void junitGivesThePageOfAPagedDocument() throws Exception {
        for (Language language : Language.values()) {
            String xml = render(new JUnitReport(ReportFixture.failOn()), language, JUnitReport.FILE);
            assertThat(xml).contains(ReportFixture.PAGED + (language == Language.NL ? " pagina 3 " : " page 3 ") + "/document/page[3]/footer")
                    .doesNotContain("null");
        }
    }

    // ------------------------------------------------------------------ text and SVRL

    @Test
    void textNamesEachDocumentsPackAndEveryPackInTheFooter() throws Exception {
        String en = render(new TextReport(ReportFixture.failOn()), Language.EN, TextReport.FILE);
        String[] lines = en.split("\n");
        assertThat(List.of(lines)).anyMatch(l -> l.startsWith(document(1).path()) && l.contains("(adv:2026.1, "));
        assertThat(List.of(lines)).anyMatch(l -> l.startsWith(document(0).path()) && l.contains("(abro-2026:2026.1, TBB 4, "));
        assertThat(List.of(lines)).anyMatch(l -> l.startsWith(ReportFixture.PAGED) && l.contains("no TBB level stated"));
        assertThat(en).contains("Checked by abro test-1.0 against:\n")
                .contains("  abro-2026:2026.1  SHA-256 " + abro.sha256())
                .contains("  adv:2026.1        SHA-256 " + adv.sha256())
                .contains("Packs abro-2026:2026.1, adv:2026.1, check date 2026-11-22.")
                .contains("page 3  /document/page[3]/footer")
                .doesNotContain("null");
        // The ESPD's failed requirement is titled from ADV.
        String failed = firstFailed(1);
        assertThat(en).contains("  " + failed + "  FAILED  " + title(adv, failed, Language.EN));
        String nl = render(new TextReport(ReportFixture.failOn()), Language.NL, TextReport.FILE);
        assertThat(nl).contains("Pakketten abro-2026:2026.1, adv:2026.1, controledatum 2026-11-22.")
                .contains("pagina 3  /document/page[3]/footer").contains("geen TBB-niveau genoemd");
    }

    @Test
    void svrlOfEachDocumentIsItsOwnPacksValidation() throws Exception {
        Map<String, String> files = ReportFixture.render(new SvrlReport(ReportFixture.failOn()), result, mixed.context(Language.EN));
        assertThat(files.keySet()).containsExactly("svrl/01-tbb4-cloud-data-outside-nl.svrl",
                "svrl/02-response-v1-conviction-no-self-cleaning.svrl", "svrl/03-tbb3-compliant.svrl",
                "svrl/04-ESPD-Response.svrl", "svrl/06-annex-b-security.svrl");
        String espd = files.get("svrl/02-response-v1-conviction-no-self-cleaning.svrl");
        assertThat(espd).contains("title=\"" + adv.manifest().title().en() + "\"")
                .contains("against adv:2026.1 (SHA-256 " + adv.sha256() + ")")
                .contains("id=\"" + firstAdvRuleThatFired() + "\"");
        assertThat(files.get("svrl/01-tbb4-cloud-data-outside-nl.svrl")).contains("against abro-2026:2026.1");
        String paged = files.get("svrl/06-annex-b-security.svrl");
        assertThat(paged).contains("at no TBB level (not stated)")
                .contains("location=\"/Q{urn:nl:abro:document:1}document/Q{urn:nl:abro:document:1}page[3]/Q{urn:nl:abro:document:1}footer\"")
                .contains(">Page 3: ");
    }

    private static String firstAdvRuleThatFired() {
        return document(1).findings().get(0).rule();
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void everyFormatIsByteIdenticalAcrossRunsThreadsAndPackOrder() throws Exception {
        ReportFixture.Mixed again = ReportFixture.checkMixed(2);
        CheckResult parallel = ReportFixture.withPagedDocument(again.result());
        List<RequirementPack> reversed = new ArrayList<>(again.packs());
        java.util.Collections.reverse(reversed);
        for (Report report : Reports.all(ReportFixture.failOn())) {
            for (Language language : Language.values()) {
                Map<String, String> first = ReportFixture.render(report, result, mixed.context(language));
                assertThat(first).as(report.format()).isNotEmpty();
                assertThat(ReportFixture.render(report, result, mixed.context(language))).as(report.format() + " again").isEqualTo(first);
                assertThat(ReportFixture.render(report, parallel, again.context(language))).as(report.format() + " with 2 jobs").isEqualTo(first);
                assertThat(ReportFixture.render(report, parallel, new ReportContext(reversed, language, false)))
                        .as(report.format() + " with the packs in another order").isEqualTo(first);
            }
        }
    }
}
