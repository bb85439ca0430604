package nl.abro.checker.xml;

import java.io.IOException;
import java.io.InputStream;
import nl.abro.model.io.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The root element's name, read without parsing the rest, to decide what kind of document a file is. */
public record RootElement(String namespace, String localName) {

    public static RootElement sniff(InputStream in) throws UnreadableDocumentException {
        return sniff(SecureXml.newReader(), in);
    }

    /** As {@link #sniff(InputStream)}, with a reader made by {@link SecureXml}, which keeps this method's handlers. */
    static RootElement sniff(XMLReader reader, InputStream in) throws UnreadableDocumentException {
        reader.setContentHandler(new Found());
        reader.setErrorHandler(STRICT);
        try {
            reader.parse(new InputSource(in));
        } catch (Stop stop) {
            return stop.root;
        } catch (SAXParseException e) {
            throw new UnreadableDocumentException(XmlErrors.describe(e));
        } catch (SAXException e) {
            throw new UnreadableDocumentException("geen XML: " + e.getMessage(), "not XML: " + e.getMessage());
        } catch (IOException e) {
            throw new UnreadableDocumentException("kan niet lezen: " + e.getMessage(), "cannot read: " + e.getMessage());
        }
        throw new UnreadableDocumentException("geen hoofdelement", "no root element");
    }

    public boolean is(String namespace, String localName) {
        return this.namespace.equals(namespace) && this.localName.equals(localName);
    }

    @Override
    public String toString() {
        return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
    }

    /** Any error ends the sniffing: the document is not read further anyway. */
    private static final DefaultHandler STRICT = new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final class Found extends DefaultHandler {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            throw new Stop(new RootElement(uri, localName));
        }
    }

    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;
        private final transient RootElement root;

        Stop(RootElement root) {
            super("root element found");
            this.root = root;
        }

        /** A way out of the parser, not an error: its stack trace would cost more than the sniffing. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
