package nl.abro.model.io;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.abro.model.InvalidInputException;
import nl.abro.model.Problem;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads one kind of XML file (catalog, manifest, profile, ...) through the hardened parser,
 * validates it against its XSD while binding, and reports every problem with file, line and
 * column. Thread-safe: the JAXB context and schema are immutable and shared.
 */
final class SchemaBoundReader<T> {
    /** Larger pack or profile files are refused before parsing. */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private final Class<T> rootType;
    private final JAXBContext context;
    private final Lazy<Schema> schema;

    SchemaBoundReader(Class<T> rootType, String xsdResource) {
        this.rootType = rootType;
        try {
            this.context = JAXBContext.newInstance(rootType.getPackageName(), rootType.getClassLoader());
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot initialise XML binding for " + rootType.getSimpleName(), e);
        }
        // Compiled on the first file to validate: the files of a verified classpath pack never are.
        this.schema = Lazy.of(() -> compile(xsdResource));
    }

    private Schema compile(String xsdResource) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = SchemaBoundReader.class.getResource(xsdResource);
            if (xsd == null) {
                throw new IllegalStateException("schema missing from the model jar: " + xsdResource);
            }
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot initialise XML binding for " + rootType.getSimpleName(), e);
        }
    }

    /** Reads a file through {@code reader}, turning a missing or unreadable file into a one-line problem. */
    static <R> R readFile(java.nio.file.Path file, FileReading<R> reader) throws InvalidInputException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return reader.read(in, file.toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "file not found"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    @FunctionalInterface
    interface FileReading<R> {
        R read(InputStream in, String file) throws InvalidInputException, IOException;
    }

    BoundDocument<T> read(InputStream in, String file) throws InvalidInputException {
        return read(in, file, true);
    }

    /**
     * Reads a file; without validation only for a file whose bytes the build validated (see
     * {@link PackVerification}): binding alone does not reject what the schema would.
     */
    BoundDocument<T> read(InputStream in, String file, boolean validate) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Map<Object, Location> locations = new IdentityHashMap<>();
        LocatingFilter filter = new LocatingFilter();
        filter.setParent(SecureXml.newReader());
        Object bound;
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(validate ? schema.get() : null);
            unmarshaller.setEventHandler(event -> {
                problems.add(toProblem(file, event));
                return event.getSeverity() != ValidationEvent.FATAL_ERROR;
            });
            unmarshaller.setListener(new Unmarshaller.Listener() {
                @Override
                public void beforeUnmarshal(Object target, Object parent) {
                    locations.put(target, filter.here());
                }
            });
            bound = unmarshaller.unmarshal(new SAXSource(filter, new InputSource(new LimitedInputStream(in, MAX_FILE_BYTES, file))));
        } catch (UnmarshalException e) {
            if (problems.isEmpty()) {
                problems.add(fromException(file, e));
            }
            throw new InvalidInputException(problems);
        } catch (JAXBException e) {
            throw new InvalidInputException(Problem.inFile(file, XmlMessages.clean(e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Object value = bound instanceof JAXBElement<?> element ? element.getValue() : bound;
        if (!rootType.isInstance(value)) {
            throw new InvalidInputException(Problem.inFile(file, "not a " + rootType.getSimpleName() + " document"));
        }
        return new BoundDocument<>(file, rootType.cast(value), locations);
    }

    private static Problem toProblem(String file, ValidationEvent event) {
        ValidationEventLocator at = event.getLocator();
        String message = event.getMessage();
        if (message == null && event.getLinkedException() != null) {
            message = event.getLinkedException().getMessage();
        }
        if (event.getLinkedException() instanceof LimitedInputStream.TooLargeException tooLarge) {
            return Problem.inFile(file, tooLarge.getMessage());
        }
        return at == null
                ? Problem.inFile(file, XmlMessages.clean(message))
                : new Problem(file, at.getLineNumber(), at.getColumnNumber(), XmlMessages.clean(message));
    }

    private static Problem fromException(String file, UnmarshalException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        while (cause != null && !(cause instanceof SAXParseException) && !(cause instanceof IOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof SAXParseException parse) {
            return new Problem(file, parse.getLineNumber(), parse.getColumnNumber(), XmlMessages.clean(parse.getMessage()));
        }
        if (cause instanceof IOException io) {
            return Problem.inFile(file, io.getMessage());
        }
        return Problem.inFile(file, XmlMessages.clean(cause != null ? cause.getMessage() : e.getMessage()));
    }

    /** Passes SAX events through unchanged and keeps the parser's current position readable. */
    private static final class LocatingFilter extends XMLFilterImpl {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        Location here() {
            return locator == null ? Location.UNKNOWN : new Location(locator.getLineNumber(), locator.getColumnNumber());
        }
    }
}
