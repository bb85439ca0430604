package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Outcome;
import nl.abro.checker.check.RequirementResult;
import nl.abro.model.Language;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML as Maven's own reader (surefire-report-parser) sees it, and as a DOM. */
class JUnitReportTest {
    private static CheckResult result;
    private static String xml;
    private static List<ReportTestSuite> suites;
    private static Document dom;

    @BeforeAll
    static void check() throws Exception {
        result = ReportFixture.check(1);
        xml = render(Language.EN);
        suites = parse(xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        dom = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String render(Language language) throws Exception {
        return ReportFixture.render(new JUnitReport(ReportFixture.failOn()), result, language).get(JUnitReport.FILE);
    }

    private static List<ReportTestSuite> parse(String report) throws Exception {
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        return parser.parse(new InputStreamReader(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The parser regroups test cases by class name: these are the suites one document became. */
    private static List<ReportTestSuite> parsedSuitesOf(Element suite) {
        Set<String> classNames = new HashSet<>();
        elements(suite, "testcase").forEach(c -> classNames.add(c.getAttribute("classname")));
        return suites.stream().filter(s -> classNames.contains(s.getFullClassName())).toList();
    }

    private static ReportTestCase testCase(int document, String requirement) {
        String className = JUnitReport.className(result.documents().get(document).path());
        return suites.stream().filter(s -> s.getFullClassName().startsWith(className + "."))
                .flatMap(s -> s.getTestCases().stream())
                .filter(c -> c.getName().startsWith(requirement + " ")).findFirst().orElseThrow();
    }

    @Test
    void mavensParserReadsTheCountsEachSuiteStates() {
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("testsuites");
        List<Element> testSuites = elements(dom.getDocumentElement(), "testsuite");
        assertThat(testSuites).hasSize(result.documents().size());
        long allTests = 0;
        for (int i = 0; i < testSuites.size(); i++) {
            Element suite = testSuites.get(i);
            DocumentResult document = result.documents().get(i);
            assertThat(suite.getAttribute("name")).isEqualTo(document.path());
            List<ReportTestSuite> parsed = parsedSuitesOf(suite);
            assertThat(parsed).isNotEmpty();
            int tests = parsed.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum();
            assertThat(tests).as("tests").isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
            assertThat(parsed.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).as("failures")
                    .isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
            assertThat(parsed.stream().mapToInt(ReportTestSuite::getNumberOfErrors).sum()).as("errors")
                    .isEqualTo(Integer.parseInt(suite.getAttribute("errors")));
            assertThat(parsed.stream().mapToInt(ReportTestSuite::getNumberOfSkipped).sum()).as("skipped")
                    .isEqualTo(Integer.parseInt(suite.getAttribute("skipped")));
            if (document.readable()) {
                assertThat(tests).isEqualTo(document.requirements().size());
                assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(document.count(Outcome.FAILED));
                assertThat(Integer.parseInt(suite.getAttribute("skipped")))
                        .isEqualTo(document.count(Outcome.MANUAL_REVIEW) + document.count(Outcome.NOT_APPLICABLE));
            }
            allTests += tests;
        }
        assertThat(Long.parseLong(dom.getDocumentElement().getAttribute("tests"))).isEqualTo(allTests);
        assertThat(dom.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(dom.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void suitesCarryTheAuditTrailAsProperties() throws Exception {
        Element cloud = elements(dom.getDocumentElement(), "testsuite").get(1);
        List<String> properties = elements(cloud, "property").stream()
                .map(p -> p.getAttribute("name") + "=" + p.getAttribute("value")).toList();
        assertThat(properties).contains(
                "pack.id=abro-2026",
                "pack.version=" + ReportFixture.pack().manifest().version(),
                "pack.sha256=" + ReportFixture.pack().sha256(),
                "checkDate=2026-11-22",
                "document.sha256=" + result.documents().get(1).sha256(),
                "tbb=4");
    }

    @Test
    void aFailedRequirementIsAFailureWithItsFindingsAndLine() {
        ReportTestCase cloud = testCase(1, "5.1.4");
        assertThat(cloud.getFullClassName()).isEqualTo("examples.tbb4-cloud-data-outside-nl_xml.5-cloud");
        assertThat(cloud.hasFailure()).isTrue();
        assertThat(cloud.getFailureType()).isEqualTo("CLD-DATA-LOCATION");
        assertThat(cloud.getFailureMessage()).contains("Polderwolk Object Storage");
        assertThat(cloud.getFailureDetail())
                .contains("tbb4-cloud-data-outside-nl.xml:177:" + result.documents().get(1).findings().get(0).location().column())
                .contains("/declaration/cloud/service[1]");
    }

    @Test
    void manualReviewAndNotApplicableAreSkippedWithTheirReason() {
        DocumentResult cloud = result.documents().get(1);
        String manual = first(cloud, Outcome.MANUAL_REVIEW);
        String notApplicable = first(cloud, Outcome.NOT_APPLICABLE);
        assertThat(testCase(1, manual).hasSkipped()).isTrue();
        assertThat(testCase(1, manual).getFailureMessage()).startsWith("manual review");
        assertThat(testCase(1, notApplicable).hasSkipped()).isTrue();
        assertThat(testCase(1, notApplicable).getFailureMessage()).isEqualTo("not applicable at TBB 4");
        assertThat(testCase(1, first(cloud, Outcome.PASSED)).isSuccessful()).isTrue();
    }

    @Test
    void aWaivedRequirementPassesWithANoteOfTheWaiver() {
        ReportTestCase waived = testCase(2, "4.3.26");
        assertThat(waived.isSuccessful()).isTrue();
        Element testCase = elements(dom.getDocumentElement(), "testcase").stream()
                .filter(c -> c.getAttribute("classname").startsWith("examples.tbb3-lockout-too-lenient_xml.")
                        && c.getAttribute("name").startsWith("4.3.26 "))
                .findFirst().orElseThrow();
        assertThat(elements(testCase, "system-out").get(0).getTextContent())
                .contains("Waived by CISO Politie until 2027-01-31", "Legacy terminals", "CYB-LOCKOUT-USER");
    }

    @Test
    void anUnreadableDocumentIsOneErroneousTestCase() {
        ReportTestSuite malformed = suites.stream().filter(s -> s.getFullClassName().contains("malformed_xml")).findFirst().orElseThrow();
        assertThat(malformed.getNumberOfTests()).isEqualTo(1);
        assertThat(malformed.getNumberOfErrors()).isEqualTo(1);
        assertThat(malformed.getTestCases().get(0).hasError()).isTrue();
        assertThat(malformed.getTestCases().get(0).getFailureMessage()).contains("line 4");
    }

    @Test
    void dutchReportHasDutchNamesAndReasonsButTheSameStructure() throws Exception {
        String dutch = render(Language.NL);
        List<ReportTestSuite> parsed = parse(dutch);
        assertThat(parsed.stream().map(ReportTestSuite::getFullClassName).toList())
                .isEqualTo(suites.stream().map(ReportTestSuite::getFullClassName).toList());
        String title = ReportFixture.pack().catalog().requirement("5.1.4").orElseThrow().title().nl();
        assertThat(dutch).contains("name=\"5.1.4 " + title.replace("\"", "&quot;") + "\"")
                .contains("niet van toepassing bij TBB 4")
                .contains("handmatige beoordeling")
                .contains("Ontheffing van CISO Politie tot 2027-01-31");
    }

    private static String first(DocumentResult document, Outcome outcome) {
        return document.requirements().stream().filter(r -> r.outcome() == outcome)
                .map(RequirementResult::requirement).findFirst().orElseThrow();
    }
}
