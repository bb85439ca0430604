package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Finding;
import nl.abro.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SvrlReportTest {
    private static final String CLOUD = "svrl/02-tbb4-cloud-data-outside-nl.svrl";
    private static final String LOCKOUT = "svrl/03-tbb3-lockout-too-lenient.svrl";

    private static CheckResult result;
    private static Map<String, String> files;

    @BeforeAll
    static void check() throws Exception {
        result = ReportFixture.check(1);
        files = ReportFixture.render(new SvrlReport(ReportFixture.failOn()), result, Language.EN);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> svrl(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SvrlReport.NS, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** The active pattern a result belongs to: the nearest one before it. */
    private static String patternOf(Element element) {
        for (Node node = element.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
            if (node instanceof Element e && e.getLocalName().equals("active-pattern")) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    @Test
    void writesOneFilePerReadableDocumentNumberedByPositionInTheBatch() {
        assertThat(files.keySet()).containsExactly(
                "svrl/01-tbb3-compliant.svrl", CLOUD, LOCKOUT);
    }

    @Test
    void everyFileIsWellFormedSvrlForThePack() throws Exception {
        for (String xml : files.values()) {
            Element root = parse(xml).getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(SvrlReport.NS);
            assertThat(root.getLocalName()).isEqualTo("schematron-output");
            assertThat(root.getAttribute("schemaVersion")).isEqualTo(ReportFixture.pack().manifest().version());
            assertThat(root.getAttribute("title")).isEqualTo(ReportFixture.pack().manifest().title().en());
        }
    }

    @Test
    void followsTheSvrlContentModel() throws Exception {
        Document cloud = parse(files.get(CLOUD));
        Element prefix = svrl(cloud, "ns-prefix-in-attribute-values").get(0);
        assertThat(prefix.getAttribute("prefix")).isEqualTo("d");
        assertThat(prefix.getAttribute("uri")).isEqualTo("urn:nl:abro:declaration:1");
        // text*, ns-prefix-in-attribute-values*, (active-pattern, (fired-rule, (failed-assert | successful-report)*)+)+
        List<String> order = new ArrayList<>();
        for (Node node = cloud.getDocumentElement().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                assertThat(e.getNamespaceURI()).isEqualTo(SvrlReport.NS);
                order.add(e.getLocalName());
            }
        }
        String sequence = String.join(" ", order) + " ";
        assertThat(sequence).matches("(text )*(ns-prefix-in-attribute-values )*"
                + "(active-pattern (fired-rule ((failed-assert|successful-report) )*)+)+");
        List<String> ids = svrl(cloud, "active-pattern").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("CLD-DATA-LOCATION", "STM-STATEMENT");
    }

    @Test
    void theCloudFindingIsAFailedAssertWithTestLocationRoleAndFlag() throws Exception {
        Finding finding = result.documents().get(1).findings().get(0);
        List<Element> failed = svrl(parse(files.get(CLOUD)), "failed-assert");
        assertThat(failed).hasSize(1);
        Element assertion = failed.get(0);
        assertThat(assertion.getAttribute("test")).isEqualTo(finding.test().xpath()).isNotBlank();
        String ns = "Q{urn:nl:abro:declaration:1}";
        String location = assertion.getAttribute("location");
        assertThat(location).isEqualTo("/" + ns + "declaration/" + ns + "cloud/" + ns + "service[1]");
        // A Schematron pipeline can evaluate it on the document.
        var processor = new net.sf.saxon.s9api.Processor(false);
        var source = processor.newDocumentBuilder().build(new java.io.File("../examples/tbb4-cloud-data-outside-nl.xml"));
        var selected = processor.newXPathCompiler().evaluate(location, source);
        assertThat(selected.size()).isEqualTo(1);
        assertThat(((net.sf.saxon.s9api.XdmNode) selected.itemAt(0)).getAttributeValue(new net.sf.saxon.s9api.QName("name")))
                .isEqualTo("Polderwolk Object Storage");
        assertThat(assertion.getAttribute("role")).isEqualTo("error");
        assertThat(assertion.getAttribute("flag")).isEqualTo("5.1.4");
        assertThat(patternOf(assertion)).isEqualTo("CLD-DATA-LOCATION");
        assertThat(svrl(parse(files.get(CLOUD)), "text").stream().map(Element::getTextContent))
                .contains(finding.message().en());
    }

    @Test
    void aCompliantDocumentHasNoFailedAsserts() throws Exception {
        Document compliant = parse(files.get("svrl/01-tbb3-compliant.svrl"));
        assertThat(svrl(compliant, "failed-assert")).isEmpty();
        assertThat(svrl(compliant, "active-pattern")).isNotEmpty();
    }

    @Test
    void aWaivedFailureKeepsItsFailedAssertWithTheWaiverAsDiagnostic() throws Exception {
        Element waived = svrl(parse(files.get(LOCKOUT)), "failed-assert").stream()
                .filter(e -> e.getAttribute("flag").equals("4.3.26")).findFirst().orElseThrow();
        assertThat(patternOf(waived)).isEqualTo("CYB-LOCKOUT-USER");
        Element diagnostic = (Element) waived.getElementsByTagNameNS(SvrlReport.NS, "diagnostic-reference").item(0);
        assertThat(diagnostic.getAttribute("diagnostic")).isEqualTo("waiver");
        assertThat(diagnostic.getTextContent()).contains("CISO Politie", "Legacy terminals");
    }

    @Test
    void dutchFilesHaveDutchTexts() throws Exception {
        Map<String, String> dutch = ReportFixture.render(new SvrlReport(ReportFixture.failOn()), result, Language.NL);
        assertThat(dutch.keySet()).isEqualTo(files.keySet());
        Document cloud = parse(dutch.get(CLOUD));
        assertThat(cloud.getDocumentElement().getAttribute("title")).isEqualTo(ReportFixture.pack().manifest().title().nl());
        Element failed = svrl(cloud, "failed-assert").get(0);
        Element text = (Element) failed.getElementsByTagNameNS(SvrlReport.NS, "text").item(0);
        assertThat(text.getTextContent()).isEqualTo(result.documents().get(1).findings().get(0).message().nl());
        assertThat(text.getAttribute("xml:lang")).isEqualTo("nl");
    }

    @Test
    void fileNamesAreSafeAndTwoDigit() {
        assertThat(SvrlReport.fileName(7, "a/b/my decl.v2.xml")).isEqualTo("svrl/07-my_decl.v2.svrl");
        assertThat(SvrlReport.fileName(123, "plain")).isEqualTo("svrl/123-plain.svrl");
    }
}
