package nl.abro.checker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlWriterTest {
    @Test
    void anyTextSurvivesAParserUnchangedOrStaysWellFormed() throws Exception {
        String tricky = "a < b & \"c\" > d\nnext\tline";
        StringWriter out = new StringWriter();
        XmlWriter xml = new XmlWriter(out);
        xml.start("r").attribute("v", tricky).attribute("skipped", null);
        xml.start("t").attribute("bad", "x\u0001y\uD800z").text(tricky).end();
        xml.start("empty").end();
        xml.end();
        xml.finish();

        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getAttribute("v")).isEqualTo(tricky);
        assertThat(root.hasAttribute("skipped")).isFalse();
        Element t = (Element) root.getElementsByTagName("t").item(0);
        assertThat(t.getTextContent()).isEqualTo(tricky);
        assertThat(t.getAttribute("bad")).isEqualTo("x\uFFFDy\uFFFDz");
        assertThat(out.toString()).contains("\n  <empty/>\n</r>\n");
    }
}
