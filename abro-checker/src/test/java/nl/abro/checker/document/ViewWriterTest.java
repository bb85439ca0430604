package nl.abro.checker.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;

class ViewWriterTest {
    @Test
    void normalTextIsKeptAsItIsAndEveryOtherCharacterGoesThroughTheFullRules() {
        String line = "Stg. GEHEIM — Bijlage 3, pagina 12 van 40 (één regel)";
        assertSame(line, ViewWriter.normalise(line));
        // The shortcut must agree with the full rules for every character, wherever it stands.
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : new String[] {"a" + c + "b", c + "b", "a" + c, "a " + c + " b", "" + c + c}) {
                assertEquals(ViewWriter.normaliseFully(text), ViewWriter.normalise(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
            }
        }
        Random random = new Random(20261122L);
        char[] alphabet = "ab  \t\n\u00a0\u1680\u2003\u3000\u0001\ud800\udc00\ufffeé€".toCharArray();
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(12)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(ViewWriter.normaliseFully(s), ViewWriter.normalise(s), () -> s.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void writesElementsAttributesAndTextLeavingOutWhatIsEmpty() throws Exception {
        ViewWriter view = new ViewWriter(new Processor(false), 1_000);
        view.start("document").attribute("format", "pdf").attribute("blank", "  ").attribute("pages", 2);
        view.start("facts").end();
        view.start("page").attribute("number", 1);
        view.element("line", "  Stg.\u00a0 GEHEIM ").element("line", " \t ").element("line", null);
        view.start("cell").text("a\u0001b").end();
        view.end().end();
        XdmNode tree = view.finish();
        assertEquals("<d:document xmlns:d=\"urn:nl:abro:document:1\" format=\"pdf\" pages=\"2\"><d:facts/>"
                + "<d:page number=\"1\"><d:line>Stg. GEHEIM</d:line><d:cell>ab</d:cell></d:page></d:document>",
                tree.toString().replaceAll(">\\s+<", "><"));
    }

    @Test
    void refusesMoreTextThanItsLimit() throws Exception {
        ViewWriter view = new ViewWriter(new Processor(false), 10);
        view.start("document").element("line", "0123456789");
        assertThrows(ViewWriter.TooMuchTextException.class, () -> view.element("line", "x"));
    }
}
