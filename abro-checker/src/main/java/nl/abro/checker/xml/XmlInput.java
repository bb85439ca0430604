package nl.abro.checker.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.model.io.SecureXml;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML into Saxon's own tree (with line numbers) through the hardened parser,
 * validating it against a schema on the way when one is given. One pass, no DOM.
 */
public final class XmlInput {
    /** More elements than this is not a declaration but an attack on memory. */
    public static final int MAX_ELEMENTS = 1_000_000;

    private final Processor processor;
    /**
     * Readers kept for reuse, per thread and schema (null for none): building a parser costs a
     * tenth of parsing a declaration. Taken out for a parse and put back only after one that went
     * well, so a reader is never shared and never reused after a failure.
     */
    private final ThreadLocal<Map<DocumentSchema, KeptReader>> readers = ThreadLocal.withInitial(IdentityHashMap::new);

    /** A reader, and how many elements it has read: its symbol table keeps every name it saw. */
    private record KeptReader(XMLReader reader, long elements) {
    }

    public XmlInput(Processor processor) {
        this.processor = processor;
    }

    public XdmNode parse(InputStream in, DocumentSchema schema) throws UnreadableDocumentException {
        KeptReader kept = readers.get().remove(schema);
        XMLReader reader = kept != null ? kept.reader() : SecureXml.newReader(schema == null ? null : schema.schema());
        BuildingContentHandler builder;
        try {
            DocumentBuilder documentBuilder = processor.newDocumentBuilder();
            documentBuilder.setLineNumbering(true);
            builder = documentBuilder.newBuildingContentHandler();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("cannot create a Saxon tree builder", e);
        }
        Collecting errors = new Collecting();
        ContentHandler target = schema == null || schema.uniqueConstraints().isEmpty()
                ? builder : new UniqueValues(schema.uniqueConstraints(), errors, builder);
        Counting counting = new Counting(target);
        reader.setContentHandler(counting);
        reader.setErrorHandler(errors);
        try {
            reader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw new UnreadableDocumentException(XmlErrors.describe(e));
        } catch (SAXException e) {
            String detail = e.getMessage() == null ? "" : ": " + e.getMessage().strip();
            throw new UnreadableDocumentException("ongeldige XML" + detail, "invalid XML" + detail);
        } catch (IOException e) {
            throw new UnreadableDocumentException("kan niet lezen: " + e.getMessage(), "cannot read: " + e.getMessage());
        } finally {
            // The handlers hold the tree: a kept reader must not keep it alive.
            reader.setContentHandler(NOTHING);
            reader.setErrorHandler(NOTHING);
        }
        if (!errors.problems.isEmpty()) {
            var first = XmlErrors.describe(errors.problems.get(0));
            int more = errors.problems.size() - 1;
            throw new UnreadableDocumentException(
                    "voldoet niet aan het schema: " + first.nl() + (more > 0 ? " (en nog " + more + (more == 1 ? " probleem)" : " problemen)") : ""),
                    "does not match the schema: " + first.en() + (more > 0 ? " (and " + more + " more " + (more == 1 ? "problem" : "problems") + ")" : ""));
        }
        long elements = (kept == null ? 0 : kept.elements()) + counting.elements;
        if (elements < MAX_ELEMENTS) {
            // Renewed once it has read as many names as one document may have.
            readers.get().put(schema, new KeptReader(reader, elements));
        }
        try {
            return builder.getDocumentNode();
        } catch (SaxonApiException e) {
            throw new UnreadableDocumentException("ongeldige XML: " + e.getMessage(), "invalid XML: " + e.getMessage());
        }
    }

    /**
     * The root element's name, without parsing the rest (see {@link RootElement}), with this
     * thread's kept reader: making a reader took longer than parsing a declaration's first line.
     */
    public RootElement rootElement(InputStream in) throws UnreadableDocumentException {
        KeptReader kept = readers.get().remove(null);
        XMLReader reader = kept != null ? kept.reader() : SecureXml.newReader();
        RootElement root;
        try {
            root = RootElement.sniff(reader, in);
        } finally {
            reader.setContentHandler(NOTHING);
            reader.setErrorHandler(NOTHING);
        }
        readers.get().put(null, kept != null ? kept : new KeptReader(reader, 0));
        return root;
    }

    private static final DefaultHandler NOTHING = new DefaultHandler();

    /** Counts elements on their way to the tree and stops a document that has too many. */
    private static final class Counting extends org.xml.sax.helpers.XMLFilterImpl {
        private int elements;

        Counting(org.xml.sax.ContentHandler next) {
            setContentHandler(next);
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) throws SAXException {
            if (++elements > MAX_ELEMENTS) {
                throw new SAXException("more than " + MAX_ELEMENTS + " elements");
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Schema errors are collected so the user hears of the first one and how many follow. */
    private static final class Collecting implements ErrorHandler {
        private final List<SAXParseException> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException exception) {
            problems.add(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
