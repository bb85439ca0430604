package nl.abro.checker.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.xml.validation.Schema;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import nl.abro.checker.xml.RootElement;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.checker.xml.XmlInput;
import nl.abro.model.DocumentKind;
import nl.abro.model.TbbLevel;

/**
 * Turns an input file into its XML view: decides what kind of document it is from its content
 * (not its name) and reads it through the hardened parser, validating declarations against their
 * schema. Thread-safe.
 */
public final class DocumentLoader {
    public static final String DECLARATION_NS = "urn:nl:abro:declaration:1";
    /** Larger XML inputs are refused before parsing. */
    public static final long MAX_XML_BYTES = 64L * 1024 * 1024;

    private final XmlInput xml;
    private final Schema declarationSchema;

    public DocumentLoader(Processor processor, Schemas schemas) {
        this.xml = new XmlInput(processor);
        this.declarationSchema = schemas.load(Schemas.DECLARATION);
    }

    /** What a file holds, as far as it could be read before it failed. */
    public record Read(byte[] bytes, String sha256) {
    }

    public Read read(Path file) throws UnreadableDocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException("is een map", "is a directory");
            }
            long size = Files.size(file);
            if (size > MAX_XML_BYTES) {
                throw new UnreadableDocumentException("bestand is groter dan " + (MAX_XML_BYTES >> 20) + " MiB",
                        "file is larger than " + (MAX_XML_BYTES >> 20) + " MiB");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new Read(bytes, sha256(bytes));
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("bestand niet gevonden", "file not found");
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("geen leesrechten", "permission denied");
        } catch (IOException e) {
            throw new UnreadableDocumentException("kan niet lezen: " + e.getMessage(), "cannot read: " + e.getMessage());
        }
    }

    public LoadedDocument load(String path, Read read) throws UnreadableDocumentException {
        if (read.bytes().length == 0) {
            throw new UnreadableDocumentException("leeg bestand", "empty file");
        }
        RootElement root = RootElement.sniff(new ByteArrayInputStream(read.bytes()));
        if (root.is(DECLARATION_NS, "declaration")) {
            return declaration(path, read.sha256(), new ByteArrayInputStream(read.bytes()));
        }
        if (root.localName().equals("declaration") || root.namespace().startsWith("urn:nl:abro:declaration")) {
            throw new UnreadableDocumentException(
                    "geen ABRO-verklaring van een bekende versie: hoofdelement " + root + " (verwacht {" + DECLARATION_NS + "}declaration)",
                    "not an ABRO declaration of a known version: root element " + root + " (expected {" + DECLARATION_NS + "}declaration)");
        }
        throw new UnreadableDocumentException(
                "onbekend soort XML-document: hoofdelement " + root + " (verwacht een ABRO-verklaring, {" + DECLARATION_NS + "}declaration)",
                "unknown kind of XML document: root element " + root + " (expected an ABRO declaration, {" + DECLARATION_NS + "}declaration)");
    }

    public LoadedDocument declaration(String path, String sha256, InputStream in) throws UnreadableDocumentException {
        XdmNode document = xml.parse(in, declarationSchema);
        return new LoadedDocument(path, sha256, DocumentKind.DECLARATION, document, statedLevel(document));
    }

    private static TbbLevel statedLevel(XdmNode document) {
        for (XdmNode root : document.children()) {
            if (root.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            for (XdmNode child : root.children()) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT
                        && child.getNodeName().equals(new QName(DECLARATION_NS, "tender"))) {
                    return TbbLevel.parse(child.getAttributeValue(new QName("tbb"))).orElse(null);
                }
            }
        }
        return null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
