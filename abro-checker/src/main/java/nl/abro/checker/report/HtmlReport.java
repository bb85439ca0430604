package nl.abro.checker.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.model.Severity;

/**
 * A self-contained HTML page for people: summary, a comparison matrix when several bids are
 * checked, and per document its chapters, requirements, findings, manual-review checklist and
 * waivers. It is made from the JSON report by the XSLT 3.0 stylesheet {@code html-report.xsl}
 * (next to this class), run in the hardened Saxon processor: the page has inline CSS only and
 * refers to nothing outside itself, so it can be mailed. Output is XHTML (polyglot HTML5), the
 * same bytes for the same result.
 */
public final class HtmlReport implements SingleFileReport {
    public static final String FILE = "abro-report.html";
    static final String STYLESHEET = "html-report.xsl";
    private static final QName REPORT = new QName("report");

    private final JsonReport json;
    private final Processor processor;
    private final XsltExecutable stylesheet;

    public HtmlReport(Severity failOn) {
        this.json = new JsonReport(failOn);
        this.processor = HardenedSaxon.newProcessor();
        this.stylesheet = compile(processor);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        StringWriter report = new StringWriter();
        json.write(result, context, report);
        Xslt30Transformer transformer = stylesheet.load30();
        try {
            transformer.setStylesheetParameters(Map.<QName, XdmValue>of(REPORT, new XdmAtomicValue(report.toString())));
            Serializer serializer = processor.newSerializer(out);
            transformer.callTemplate(null, serializer);
        } catch (SaxonApiException e) {
            throw new IOException("cannot render the HTML report: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static XsltExecutable compile(Processor processor) {
        URL url = HtmlReport.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("missing resource " + STYLESHEET);
        }
        try (InputStream in = url.openStream()) {
            return processor.newXsltCompiler().compile(new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot compile " + STYLESHEET + ": " + e.getMessage(), e);
        }
    }
}
