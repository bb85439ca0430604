package nl.abro.checker.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parsing with and without the declaration schema through one {@link XmlInput}, which keeps its
 * readers for the next document: what one document did must not show in the next.
 */
class XmlInputTest {
    private static Processor processor;
    private static DocumentSchema declaration;
    private static String compliant;
    /** The compliant example with an attribute the schema does not allow, on line {@link #badLine}. */
    private static String invalid;
    private static int badLine;

    @BeforeAll
    static void setUp() throws Exception {
        processor = HardenedSaxon.newProcessor();
        declaration = Schemas.bundled().load(Schemas.DECLARATION);
        compliant = Files.readString(Path.of("../examples/tbb3-compliant.xml"));
        invalid = compliant.replace("<supplier name=", "<supplier colour=\"red\" name=");
        badLine = compliant.substring(0, compliant.indexOf("<supplier name=")).split("\n", -1).length;
    }

    private static XdmNode parse(XmlInput xml, String text, DocumentSchema schema) throws UnreadableDocumentException {
        return xml.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), schema);
    }

    private static int supplierLine(XdmNode document) {
        XdmNode root = document.children().iterator().next();
        for (XdmNode child : root.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && child.getNodeName().getLocalName().equals("supplier")) {
                return child.getLineNumber();
            }
        }
        throw new AssertionError("no supplier element");
    }

    @Test
    void eachDocumentIsJudgedOnItsOwnWhateverCameBefore() throws Exception {
        XmlInput xml = new XmlInput(processor);
        for (int round = 0; round < 3; round++) {
            assertThat(supplierLine(parse(xml, compliant, declaration))).isEqualTo(badLine);
            assertThatThrownBy(() -> parse(xml, invalid, declaration))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining("does not match the schema: line " + badLine + ",")
                    .hasMessageContaining("colour")
                    .hasMessageNotContaining("more problem");
            assertThatThrownBy(() -> parse(xml, compliant.substring(0, compliant.length() / 2), declaration))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageNotContaining("schema");
            assertThatThrownBy(() -> parse(xml, "<!DOCTYPE d [<!ENTITY a \"x\">]><d>&a;</d>", null))
                    .hasMessageContaining("DOCTYPE");
            // Line numbers count from the start of each document, not from the last one's end.
            assertThat(supplierLine(parse(xml, compliant, declaration))).isEqualTo(badLine);
        }
    }

    @Test
    void theRootElementIsReadWithTheKeptReaderAndTheNextDocumentIsReadWhole() throws Exception {
        XmlInput xml = new XmlInput(processor);
        for (int round = 0; round < 3; round++) {
            assertThat(xml.rootElement(stream(compliant))).isEqualTo(new RootElement("urn:nl:abro:declaration:1", "declaration"));
            // Stopped at its root, the reader reads the next document from its start.
            assertThat(supplierLine(parse(xml, invalid, null))).isEqualTo(badLine);
            assertThat(xml.rootElement(stream("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<a:x xmlns:a=\"urn:a\"><y/></a:x>")))
                    .isEqualTo(new RootElement("urn:a", "x"));
            assertThatThrownBy(() -> xml.rootElement(stream("<?xml version=\"1.0\"?><!DOCTYPE x><x/>"))).hasMessageContaining("DOCTYPE");
            assertThatThrownBy(() -> xml.rootElement(stream("not xml"))).isInstanceOf(UnreadableDocumentException.class);
            assertThatThrownBy(() -> xml.rootElement(stream("<?xml version=\"1.0\"?><!-- only a comment -->")))
                    .isInstanceOf(UnreadableDocumentException.class);
            assertThat(supplierLine(parse(xml, compliant, declaration))).isEqualTo(badLine);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentParsedWithoutASchemaIsNotValidatedByTheReaderOfAnother() throws Exception {
        XmlInput xml = new XmlInput(processor);
        parse(xml, compliant, declaration);
        assertThat(supplierLine(parse(xml, invalid, null))).isEqualTo(badLine);
        assertThatThrownBy(() -> parse(xml, invalid, declaration)).hasMessageContaining("colour");
        assertThat(supplierLine(parse(xml, invalid, null))).isEqualTo(badLine);
    }

    @Test
    void theDocumentsSchemaLocationIsIgnored() throws Exception {
        Path lax = Files.createTempFile("lax", ".xsd");
        try {
            // A schema that would allow anything, named by the document itself.
            Files.writeString(lax, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:nl:abro:declaration:1\">"
                    + "<xs:element name=\"declaration\"><xs:complexType><xs:sequence><xs:any processContents=\"skip\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>"
                    + "</xs:sequence><xs:anyAttribute processContents=\"skip\"/></xs:complexType></xs:element></xs:schema>");
            String pointing = invalid.replace("<declaration xmlns=\"urn:nl:abro:declaration:1\"",
                    "<declaration xmlns=\"urn:nl:abro:declaration:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                            + " xsi:schemaLocation=\"urn:nl:abro:declaration:1 " + lax.toUri() + "\"");
            assertThat(pointing).contains(lax.toUri().toString());
            XmlInput xml = new XmlInput(processor);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> parse(xml, pointing, declaration)).hasMessageContaining("colour");
            }
        } finally {
            Files.delete(lax);
        }
    }

    @Test
    void threadsSharingOneInputEachGetTheirOwnResults() throws Exception {
        XmlInput xml = new XmlInput(processor);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean good = i % 3 != 0;
                outcomes.add(pool.submit(() -> {
                    try {
                        return "line " + supplierLine(parse(xml, good ? compliant : invalid, declaration));
                    } catch (UnreadableDocumentException e) {
                        return e.getMessage().contains("colour") ? "invalid" : e.getMessage();
                    }
                }));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                assertThat(outcomes.get(i).get()).as("document %d", i).isEqualTo(i % 3 != 0 ? "line " + badLine : "invalid");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
