package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.CompiledPack;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.Input;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlReportTest {
    /** Where the rendered samples are left for people to look at. */
    private static final Path SAMPLES = Path.of("target/html-report");

    private static HtmlReport report;
    private static CheckResult fixture;
    private static CheckResult bids;
    private static String en;
    private static String nl;
    private static String bidsEn;

    @BeforeAll
    static void render() throws Exception {
        report = new HtmlReport(ReportFixture.failOn());
        fixture = ReportFixture.check(1);
        bids = checkExamples();
        en = render(fixture, Language.EN, "fixture-en.html");
        nl = render(fixture, Language.NL, "fixture-nl.html");
        bidsEn = render(bids, Language.EN, "bids-en.html");
        render(bids, Language.NL, "bids-nl.html");
    }

    /** Every example declaration as a bid, checked at the date the examples are written for. */
    private static CheckResult checkExamples() throws Exception {
        var processor = HardenedSaxon.newProcessor();
        Checker checker = new Checker(CompiledPack.compile(ReportFixture.pack(), processor),
                new DocumentLoader(processor, Schemas.bundled()), "test-1.0");
        List<Input> inputs;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            inputs = files.filter(f -> f.toString().endsWith(".xml")).sorted().map(Input::of).toList();
        }
        return checker.check(inputs, new CheckOptions(null, null, List.of(), ReportFixture.DATE, 2));
    }

    private static String render(CheckResult result, Language language, String sample) throws Exception {
        String html = ReportFixture.render(report, result, language).get(HtmlReport.FILE);
        Files.createDirectories(SAMPLES);
        Files.writeString(SAMPLES.resolve(sample), html);
        return html;
    }

    private static Document parse(String html) throws Exception {
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
    void isAnHtml5DocumentThatIsAlsoWellFormedXml() throws Exception {
        for (String html : List.of(en, nl, bidsEn)) {
            assertThat(html).startsWith("<!DOCTYPE html>");
            Document document = parse(html);
            Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("html");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
            assertThat(text(document, "count(//*[local-name()='table'])")).isNotEqualTo("0");
            // Read as HTML, only void elements may be written as <x/>.
            assertThat(Pattern.compile("<([a-z0-9]+)[^<>]*/>").matcher(html).results().map(m -> m.group(1)).distinct())
                    .isSubsetOf("br", "wbr", "input", "meta", "hr", "col", "img");
        }
    }

    @Test
    void refersToNothingOutsideItself() throws Exception {
        for (String html : List.of(en, nl, bidsEn)) {
            assertThat(html).doesNotContainPattern("(?i)(src|href|action|data|poster|srcset)\\s*=\\s*[\"']?\\s*(https?:|//|file:|ftp:)");
            assertThat(html).doesNotContainPattern("(?i)@import|url\\s*\\(|<link|<img|<iframe|<object|<embed");
            NodeList links = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate("//@href | //@src", parse(html), XPathConstants.NODESET);
            assertThat(links.getLength()).isPositive();
            for (int i = 0; i < links.getLength(); i++) {
                assertThat(links.item(i).getNodeValue()).as("link").startsWith("#");
            }
            // Read as HTML, style and script are raw text: the serializer must not have escaped anything in them.
            for (String element : List.of("style", "script")) {
                String raw = html.substring(html.indexOf("<" + element + ">"), html.indexOf("</" + element + ">"));
                assertThat(raw.substring(element.length() + 2)).as(element).isNotBlank().doesNotContain("&", "<", ">");
            }
        }
    }

    @Test
    void headerHasPackDateToolAndFailOn() throws Exception {
        assertThat(en).contains("General Security Requirements for Central Government Contracts (ABRO) 2026")
                .contains("abro-2026:2026.1")
                .contains(ReportFixture.pack().sha256())
                .contains("22 November 2026")
                .contains("abro test-1.0");
        assertThat(nl).contains("22 november 2026").contains("Afgekeurd vanaf");
    }

    @Test
    void showsTheCloudFindingWithItsLineAndXpath() throws Exception {
        Document document = parse(en);
        String row = text(document, "//*[@id='doc-2']//*[local-name()='table'][contains(@class,'findings')]//*[local-name()='tr'][contains(., '5.1.4')]");
        assertThat(row).contains("CLD-DATA-LOCATION").contains("Polderwolk Object Storage").contains("/declaration/cloud/service[1]");
        int line = fixture.documents().get(1).findings().get(0).location().line();
        int column = fixture.documents().get(1).findings().get(0).location().column();
        assertThat(row).contains(line + ":" + column);
    }

    @Test
    void showsTheWaiverOfTheLockoutExample() throws Exception {
        Document document = parse(en);
        String waivers = text(document, "//*[@id='doc-3']//*[local-name()='table'][contains(@class,'waivers')]");
        assertThat(waivers).contains("4.3.26").contains("CISO Politie").contains("31 January 2027")
                .contains("Legacy terminals lock after 5 attempts");
        assertThat(text(document, "//*[@id='doc-3']//*[local-name()='table'][contains(@class,'findings')]")).contains("covered by a waiver");
    }

    @Test
    void showsTheErrorOfTheUnreadableDocument() throws Exception {
        Document document = parse(en);
        String box = text(document, "//*[@id='doc-4']//*[contains(@class,'error-box')]");
        assertThat(box).contains("could not be read").contains(fixture.documents().get(3).error().en());
        assertThat(text(parse(nl), "//*[@id='doc-4']//*[contains(@class,'error-box')]"))
                .contains("kon niet worden gelezen").contains(fixture.documents().get(3).error().nl());
    }

    @Test
    void documentsHaveChapterBarsChecklistAndRequirementTable() throws Exception {
        Document document = parse(en);
        assertThat(text(document, "count(//*[@id='doc-1']//*[local-name()='table'][@class='bars']/*[local-name()='tbody']/*)")).isEqualTo("5");
        assertThat(text(document, "count(//*[@id='doc-1']//*[contains(@class,'bar')]/*[contains(@class,'seg')])")).isNotEqualTo("0");
        long manual = fixture.documents().get(0).count(Outcome.MANUAL_REVIEW);
        assertThat(text(document, "count(//*[@id='doc-1']//*[local-name()='ul'][@class='checklist']//*[local-name()='input'][@type='checkbox'])"))
                .isEqualTo(Long.toString(manual));
        long applicable = fixture.documents().get(0).requirements().size() - fixture.documents().get(0).count(Outcome.NOT_APPLICABLE);
        assertThat(text(document, "count(//*[@id='doc-1']//*[local-name()='table'][contains(@class,'reqs')]//*[local-name()='tr'][starts-with(@class,'r-')])"))
                .isEqualTo(Long.toString(applicable));
    }

    @Test
    void severalReadableDocumentsGetAComparisonMatrix() throws Exception {
        Document document = parse(bidsEn);
        int readable = (int) bids.documents().stream().filter(d -> d.readable()).count();
        assertThat(readable).isGreaterThanOrEqualTo(12);
        assertThat(text(document, "count(//*[local-name()='table'][@class='matrix']/*[local-name()='thead']//*[local-name()='th'][@class='bid'])"))
                .isEqualTo(Integer.toString(readable));
        // Every row is a requirement that applies to some bid, with one cell per bid.
        String firstRow = "(//*[local-name()='table'][@class='matrix']//*[local-name()='tr'][starts-with(@class,'req')])[1]";
        assertThat(text(document, "count(" + firstRow + "/*[local-name()='td'])")).isEqualTo(Integer.toString(readable));
        assertThat(text(document, "count(//*[local-name()='table'][@class='matrix']//*[local-name()='tr'][starts-with(@class,'req')])"))
                .isEqualTo(Long.toString(applyingToSomeBid()));
        // The failing requirement of the public-cloud bid is marked failed in its column, with a symbol.
        int column = 1 + bids.documents().indexOf(bids.documents().stream().filter(d -> d.path().endsWith("tbb3-public-cloud.xml")).findFirst().orElseThrow());
        String cell = "//*[local-name()='table'][@class='matrix']//*[local-name()='tr'][*[1]//*[@class='rq']='5.1.1']/*[local-name()='td'][" + column + "]";
        assertThat(text(document, cell + "/@class")).contains("o-failed");
        assertThat(text(document, cell)).isEqualTo("\u2717");
        assertThat(text(document, "//*[contains(@class,'legend')]")).contains("Passed", "Failed", "Waived", "Manual review");
        // Five chapter groups.
        assertThat(text(document, "count(//*[local-name()='table'][@class='matrix']/*[local-name()='tbody'])")).isEqualTo("5");
        // The fixture has three readable documents, so it has a matrix too; the unreadable one is named beside it.
        assertThat(text(parse(en), "//*[contains(@class,'matrix-section')]")).contains("malformed.xml");
    }

    private static long applyingToSomeBid() {
        var readable = bids.documents().stream().filter(d -> d.readable()).toList();
        return readable.get(0).requirements().stream().map(r -> r.requirement())
                .filter(number -> readable.stream().anyMatch(d -> d.requirements().stream()
                        .anyMatch(r -> r.requirement().equals(number) && r.outcome() != Outcome.NOT_APPLICABLE)))
                .count();
    }

    @Test
    void oneReadableDocumentHasNoMatrixAndTheTenderProfileIsNamed() throws Exception {
        CheckResult single = new CheckResult(fixture.toolVersion(), fixture.packs(), fixture.checkDate(),
                "profiles/tender-2026-017.xml", fixture.documents().subList(0, 1));
        String html = ReportFixture.render(report, single, Language.NL).get(HtmlReport.FILE);
        assertThat(html).doesNotContain("class=\"matrix\"").contains("id=\"doc-1\"");
        assertThat(text(parse(html), "//*[local-name()='dt'][.='Aanbestedingsprofiel']/following-sibling::*[1]"))
                .isEqualTo("profiles/tender-2026-017.xml");
        assertThat(en).doesNotContain("Tender profile");
    }

    @Test
    void labelsFollowTheReportLanguage() throws Exception {
        assertThat(text(parse(en), "/*/@lang")).isEqualTo("en");
        assertThat(text(parse(nl), "/*/@lang")).isEqualTo("nl");
        assertThat(en).contains("ABRO check report", "Summary", "Findings", "Waivers applied", "Manual-review checklist",
                "Compliance per chapter", "Comparison of bids", "Approver", "Justification", "Non-compliant", "Location");
        assertThat(nl).contains("ABRO-controlerapport", "Samenvatting", "Bevindingen", "Toegepaste ontheffingen",
                "Checklist handmatige beoordeling", "Naleving per hoofdstuk", "Vergelijking van inschrijvingen",
                "Verleend door", "Onderbouwing", "Voldoet niet", "Vindplaats", "Bestuur en beveiligingsorganisatie");
        for (String english : List.of("Summary", "Findings", "Waivers applied", "Approver", "Requirement pack", "Check date")) {
            assertThat(nl).as("Dutch report").doesNotContain(">" + english + "<");
        }
        for (String dutch : List.of("Samenvatting", "Bevindingen", "Eisenpakket", "Controledatum")) {
            assertThat(en).as("English report").doesNotContain(">" + dutch + "<");
        }
    }

    @Test
    void sameResultGivesTheSameBytes() throws Exception {
        assertThat(ReportFixture.render(new HtmlReport(ReportFixture.failOn()), ReportFixture.check(2), Language.EN)
                .get(HtmlReport.FILE)).isEqualTo(en);
        assertThat(ReportFixture.render(report, bids, Language.EN).get(HtmlReport.FILE)).isEqualTo(bidsEn);
    }

    @Test
    void formatAndFileName() {
        assertThat(report.format()).isEqualTo("html");
        assertThat(HtmlReport.FILE).isEqualTo("abro-report.html");
    }
}
