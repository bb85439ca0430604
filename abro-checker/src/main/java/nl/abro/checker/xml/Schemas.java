package nl.abro.checker.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The schemas documents are validated against, from the model jar, or from a directory while a
 * pack author works on the vocabulary ({@code abro test-pack --schemas}).
 */
public final class Schemas {
    public static final String DECLARATION = "declaration-1.xsd";
    private static final String CLASSPATH_FOLDER = "/nl/abro/model/xsd/";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    /** A selector of child steps only ("d:statements/d:statement"); anything else stays with Xerces. */
    private static final Pattern CHILD_STEPS = Pattern.compile("(?:[\\w.-]+:)?[\\w.-]+(?:/(?:[\\w.-]+:)?[\\w.-]+)*");
    private static final Pattern ATTRIBUTE_FIELD = Pattern.compile("@([\\w.-]+)");

    private final Path directory;

    private Schemas(Path directory) {
        this.directory = directory;
    }

    public static Schemas bundled() {
        return new Schemas(null);
    }

    public static Schemas from(Path directory) {
        return new Schemas(directory);
    }

    /** Whether these are the schemas of the model jar (which always compile). */
    public boolean isBundled() {
        return directory == null;
    }

    public DocumentSchema load(String name) {
        URL url;
        try {
            if (directory != null) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("no schema " + file);
                }
                url = file.toUri().toURL();
            } else {
                url = Schemas.class.getResource(CLASSPATH_FOLDER + name);
                if (url == null) {
                    throw new IllegalStateException("schema missing from the model jar: " + name);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("schema " + name + ": " + e.getMessage(), e);
        }
        try {
            Document xsd = read(url);
            List<UniqueConstraint> unique = takeSimpleUniqueConstraints(xsd.getDocumentElement());
            SchemaFactory factory = SchemaFactory.newInstance(XS);
            // Includes are resolved next to the schema itself; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, directory == null ? "jar,file" : "file");
            return new DocumentSchema(factory.newSchema(new DOMSource(xsd, url.toExternalForm())), unique);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("schema " + name + " does not compile: " + e.getMessage(), e);
        }
    }

    private static Document read(URL url) throws IOException, SAXException {
        try (InputStream in = url.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in, url.toExternalForm());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM parser lacks a standard feature", e);
        }
    }

    /**
     * Removes from the schema, and returns, the {@code xs:unique} constraints of its global elements
     * that have a selector of child steps and one attribute field: the ones {@link UniqueValues}
     * checks exactly as the schema would.
     */
    private static List<UniqueConstraint> takeSimpleUniqueConstraints(Element schema) {
        List<UniqueConstraint> taken = new ArrayList<>();
        String targetNamespace = schema.getAttribute("targetNamespace");
        for (Element element : children(schema, "element")) {
            for (Element unique : children(element, "unique")) {
                List<Element> selectors = children(unique, "selector");
                List<Element> fields = children(unique, "field");
                if (selectors.size() != 1 || fields.size() != 1) {
                    continue;
                }
                String path = selectors.get(0).getAttribute("xpath").replaceAll("\\s+", "");
                Matcher field = ATTRIBUTE_FIELD.matcher(fields.get(0).getAttribute("xpath").strip());
                if (!CHILD_STEPS.matcher(path).matches() || !field.matches()) {
                    continue;
                }
                List<QName> steps = new ArrayList<>();
                for (String step : path.split("/")) {
                    int colon = step.indexOf(':');
                    // In an XSD 1.0 selector an unprefixed name is in no namespace.
                    String namespace = colon < 0 ? "" : selectors.get(0).lookupNamespaceURI(step.substring(0, colon));
                    if (namespace == null) {
                        steps = null;
                        break;
                    }
                    steps.add(new QName(namespace, step.substring(colon + 1)));
                }
                if (steps == null) {
                    continue; // an undeclared prefix: the schema compiler reports it
                }
                taken.add(new UniqueConstraint(unique.getAttribute("name"), new QName(targetNamespace, element.getAttribute("name")),
                        steps, field.group(1)));
                element.removeChild(unique);
            }
        }
        return taken;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && XS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }
}
