package nl.abro.checker.schematron;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * SchXslt2, the Schematron processor the export is checked against and measured with: its
 * transpiler (from the schxslt2 jar on the test classpath) turns a schema into an XSLT 3.0
 * stylesheet once, which then validates each document into SVRL. Everything runs in the given
 * (hardened) Saxon processor. The transpiler is compiled with compact-report, so the SVRL holds
 * only failed asserts, successful reports and errors (no fired-rule for every node).
 */
public final class SchXslt {
    public static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";

    private final Processor processor;
    private final XsltExecutable transpiler;

    public SchXslt(Processor processor) throws IOException, SaxonApiException {
        this.processor = processor;
        URL transpile = SchXslt.class.getClassLoader().getResource("content/transpile.xsl");
        if (transpile == null) {
            throw new IllegalStateException("SchXslt2's content/transpile.xsl is not on the classpath");
        }
        XsltCompiler compiler = processor.newXsltCompiler();
        compiler.setParameter(new QName(SCHXSLT, "compact-report"), new XdmAtomicValue(true));
        try (InputStream in = transpile.openStream()) {
            this.transpiler = compiler.compile(new StreamSource(in, transpile.toExternalForm()));
        }
    }

    /** Transpiles and compiles a schema: the one-off cost before validating documents. */
    public XsltExecutable compile(String schema) throws SaxonApiException {
        XdmNode schemaDocument = processor.newDocumentBuilder().build(new StreamSource(new StringReader(schema), "urn:abro:export.sch"));
        Xslt30Transformer transpile = transpiler.load30();
        XdmDestination stylesheet = new XdmDestination();
        transpile.applyTemplates(schemaDocument, stylesheet);
        return processor.newXsltCompiler().compile(stylesheet.getXdmNode().asSource());
    }

    /** Validates one document; returns the SVRL report. */
    public static XdmNode validate(XsltExecutable validation, XdmNode document) throws SaxonApiException {
        Xslt30Transformer transformer = validation.load30();
        transformer.setGlobalContextItem(document);
        XdmDestination svrl = new XdmDestination();
        transformer.applyTemplates(document, svrl);
        return svrl.getXdmNode();
    }

    /** A failed assert or successful report, as SVRL gives it. */
    public record Hit(String kind, String id, String patternId, String role, String flag, String location, String text) {
    }

    public static List<Hit> hits(XdmNode svrl) {
        List<Hit> hits = new ArrayList<>();
        collect(svrl, hits);
        return hits;
    }

    /** The dynamic errors SchXslt caught (svrl:error), as text. */
    public static List<String> errors(XdmNode svrl) {
        List<String> errors = new ArrayList<>();
        svrl.select(net.sf.saxon.s9api.streams.Steps.descendant(SVRL, "error")).forEach(e -> errors.add(e.getStringValue()));
        return errors;
    }

    private static void collect(XdmNode node, List<Hit> hits) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            if (SVRL.equals(child.getNodeName().getNamespace())
                    && (name.equals("failed-assert") || name.equals("successful-report"))) {
                String text = "";
                for (XdmNode part : child.children()) {
                    if (part.getNodeKind() == XdmNodeKind.ELEMENT && part.getNodeName().getLocalName().equals("text")) {
                        text = part.getStringValue();
                    }
                }
                hits.add(new Hit(name, child.getAttributeValue(new QName("id")), child.getAttributeValue(new QName("patternId")),
                        child.getAttributeValue(new QName("role")), child.getAttributeValue(new QName("flag")),
                        child.getAttributeValue(new QName("location")), text));
            } else {
                collect(child, hits);
            }
        }
    }
}
