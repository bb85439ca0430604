package nl.abro.checker.xml;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The schemas documents are validated against, from the model jar, or from a directory while a
 * pack author works on the vocabulary ({@code abro test-pack --schemas}).
 */
public final class Schemas {
    public static final String DECLARATION = "declaration-1.xsd";
    private static final String CLASSPATH_FOLDER = "/nl/abro/model/xsd/";

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

    public Schema load(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // Includes are resolved next to the schema itself; nothing else may be fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, directory == null ? "jar,file" : "file");
            if (directory != null) {
                Path file = directory.resolve(name);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("no schema " + file);
                }
                return factory.newSchema(file.toFile());
            }
            URL url = Schemas.class.getResource(CLASSPATH_FOLDER + name);
            if (url == null) {
                throw new IllegalStateException("schema missing from the model jar: " + name);
            }
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalArgumentException("schema " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
