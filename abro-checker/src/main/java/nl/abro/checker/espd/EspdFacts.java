package nl.abro.checker.espd;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import nl.abro.checker.xml.UnreadableDocumentException;

/**
 * Turns an ESPD of either generation into the neutral facts vocabulary {@value #NS} that ESPD
 * rules are written against (see {@code espd-facts.md}). The mapping is data, two XSLT 3.0
 * stylesheets, compiled once in the hardened processor; this class only picks one. Thread-safe.
 */
public final class EspdFacts {
    public static final String NS = "urn:nl:abro:espd-facts:1";

    /** The two ESPD schema generations; their criterion UUIDs are the same. */
    public enum Generation {
        V1("espd-v1-facts.xsl"), V2("espd-v2-facts.xsl");

        private final String stylesheet;

        Generation(String stylesheet) {
            this.stylesheet = stylesheet;
        }
    }

    private final XsltExecutable v1;
    private final XsltExecutable v2;

    public EspdFacts(Processor processor) {
        this.v1 = compile(processor, Generation.V1);
        this.v2 = compile(processor, Generation.V2);
    }

    public XdmNode facts(XdmNode source, Generation generation) throws UnreadableDocumentException {
        XsltTransformer transformer = (generation == Generation.V1 ? v1 : v2).load();
        XdmDestination result = new XdmDestination();
        try {
            transformer.setInitialContextNode(source);
            transformer.setDestination(result);
            transformer.transform();
        } catch (SaxonApiException e) {
            String detail = String.valueOf(e.getMessage()).strip();
            throw new UnreadableDocumentException("ESPD kan niet worden gelezen: " + detail, "cannot read the ESPD: " + detail);
        }
        // Its nodes carry the stylesheet's line numbers; the Checker reports no lines for ESPD findings.
        return result.getXdmNode();
    }

    private static XsltExecutable compile(Processor processor, Generation generation) {
        String name = generation.stylesheet;
        try (InputStream in = Objects.requireNonNull(EspdFacts.class.getResourceAsStream(name), name)) {
            return processor.newXsltCompiler().compile(new StreamSource(in, EspdFacts.class.getResource(name).toString()));
        } catch (IOException | SaxonApiException e) {
            throw new IllegalStateException("bundled stylesheet " + name + " does not compile", e);
        }
    }
}
