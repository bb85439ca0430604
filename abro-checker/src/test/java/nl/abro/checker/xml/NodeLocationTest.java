package nl.abro.checker.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The readable XPath of a finding's node: positions only among siblings of the same name. */
class NodeLocationTest {
    private static Processor processor;
    private static XdmNode document;

    @BeforeAll
    static void setUp() throws Exception {
        processor = HardenedSaxon.newProcessor();
        String xml = """
                <?xml version="1.0"?>
                <!-- a comment before the root -->
                <r xmlns:o="urn:other">
                  <s n="1"/>
                  <t/>
                  <!-- between -->
                  <s n="2">text<u/></s>
                  <o:s n="other"/>
                  <s n="3" k="v"/>
                  <one/>
                </r>
                """;
        document = new XmlInput(processor).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), null);
    }

    private static List<String> paths(String xpath) throws Exception {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("o", "urn:other");
        return compiler.evaluate(xpath, document).stream()
                .map(item -> NodeLocation.of((XdmNode) item).xpath()).toList();
    }

    @Test
    void sameNamedSiblingsAreNumberedAndOthersAreNot() throws Exception {
        assertThat(paths("/r")).containsExactly("/r");
        assertThat(paths("/r/s")).containsExactly("/r/s[1]", "/r/s[2]", "/r/s[3]");
        // Another namespace is another name, whatever the local name.
        assertThat(paths("/r/o:s")).containsExactly("/r/s");
        assertThat(paths("/r/t | /r/one")).containsExactly("/r/t", "/r/one");
        assertThat(paths("/r/s[2]/u | /r/s[3]/@k | /r/s[2]/text()")).containsExactly("/r/s[2]/text()", "/r/s[2]/u", "/r/s[3]/@k");
    }

    @Test
    void aNodeKnowsItsLine() throws Exception {
        XdmItem third = processor.newXPathCompiler().evaluateSingle("/r/s[3]", document);
        assertThat(NodeLocation.of((XdmNode) third).line()).isEqualTo(9);
    }
}
