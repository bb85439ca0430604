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
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import nl.abro.checker.document.TenderDocumentReader;
import nl.abro.checker.espd.EspdFacts;
import nl.abro.checker.xml.DocumentSchema;
import nl.abro.checker.xml.RootElement;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.checker.xml.XmlInput;
import nl.abro.model.DocumentKind;
import nl.abro.model.TbbLevel;
import nl.abro.model.io.Lazy;

/**
 * Turns an input file into its XML view: decides what kind of document it is from its content
 * (not its name) and reads it through the hardened parser, validating declarations against their
 * schema. An ESPD (v1 or v2+) is not validated (its UBL schemas are large and lenient profiles
 * exist in the wild); its view is the neutral facts vocabulary of {@link EspdFacts}. Thread-safe.
 */
public final class DocumentLoader {
    public static final String DECLARATION_NS = "urn:nl:abro:declaration:1";
    /** The view of a tender document (document-view.md); given as XML it is taken as it is, as pack fixtures do. */
    public static final String DOCUMENT_VIEW_NS = "urn:nl:abro:document:1";
    /** Larger XML inputs are refused before parsing. */
    public static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    /** Larger files of any kind are refused before they are read. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final XmlInput xml;
    /** Compiled on a second core while the pack loads. */
    private final Lazy<DocumentSchema> declarationSchema;
    /** Compiled on the first ESPD. */
    private final Lazy<EspdFacts> espdFacts;
    /** Made on the first tender document, so checking only XML never loads Tika or PDFBox. */
    private final Lazy<TenderDocumentReader> tenderDocuments;

    /** The four ESPD roots: v2+ (UBL 2.2/2.3 QualificationApplication*) and v1 (2016 ESPD*-1). */
    private enum EspdRoot {
        V2_RESPONSE("urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2",
                "QualificationApplicationResponse", DocumentKind.ESPD_RESPONSE, EspdFacts.Generation.V2),
        V2_REQUEST("urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2",
                "QualificationApplicationRequest", DocumentKind.ESPD_REQUEST, EspdFacts.Generation.V2),
        V1_RESPONSE("urn:grow:names:specification:ubl:schema:xsd:ESPDResponse-1",
                "ESPDResponse", DocumentKind.ESPD_RESPONSE, EspdFacts.Generation.V1),
        V1_REQUEST("urn:grow:names:specification:ubl:schema:xsd:ESPDRequest-1",
                "ESPDRequest", DocumentKind.ESPD_REQUEST, EspdFacts.Generation.V1);

        final String namespace;
        final String localName;
        final DocumentKind kind;
        final EspdFacts.Generation generation;

        EspdRoot(String namespace, String localName, DocumentKind kind, EspdFacts.Generation generation) {
            this.namespace = namespace;
            this.localName = localName;
            this.kind = kind;
            this.generation = generation;
        }
    }

    public DocumentLoader(Processor processor, Schemas schemas) {
        this.xml = new XmlInput(processor);
        // A pack author's schema directory is compiled at once, so its errors come before any check.
        this.declarationSchema = schemas.isBundled() ? Lazy.ahead(() -> schemas.load(Schemas.DECLARATION), "abro-schema")
                : Lazy.of(() -> schemas.load(Schemas.DECLARATION));
        if (!schemas.isBundled()) {
            declarationSchema.get();
        }
        this.espdFacts = Lazy.of(() -> new EspdFacts(processor));
        this.tenderDocuments = Lazy.of(() -> new TenderDocumentReader(processor));
    }

    private TenderDocumentReader tenderDocuments() {
        return tenderDocuments.get();
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
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableDocumentException("bestand is groter dan " + (MAX_FILE_BYTES >> 20) + " MiB",
                        "file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
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

    /** Whether a root element is that of an ESPD response or request, of either generation. */
    public static boolean isEspd(RootElement root) {
        for (EspdRoot espd : EspdRoot.values()) {
            if (root.is(espd.namespace, espd.localName)) {
                return true;
            }
        }
        return false;
    }

    public LoadedDocument load(String path, Read read) throws UnreadableDocumentException {
        if (read.bytes().length == 0) {
            throw new UnreadableDocumentException("leeg bestand", "empty file");
        }
        if (!looksLikeXml(read.bytes())) {
            return new LoadedDocument(path, read.sha256(), DocumentKind.TENDER, tenderDocuments().read(path, read.bytes()), null);
        }
        if (read.bytes().length > MAX_XML_BYTES) {
            throw new UnreadableDocumentException("XML-bestand is groter dan " + (MAX_XML_BYTES >> 20) + " MiB",
                    "XML file is larger than " + (MAX_XML_BYTES >> 20) + " MiB");
        }
        RootElement root = xml.rootElement(new ByteArrayInputStream(read.bytes()));
        if (root.is(DECLARATION_NS, "declaration")) {
            return declaration(path, read.sha256(), new ByteArrayInputStream(read.bytes()));
        }
        if (root.is(DOCUMENT_VIEW_NS, "document")) {
            return new LoadedDocument(path, read.sha256(), DocumentKind.TENDER,
                    xml.parse(new ByteArrayInputStream(read.bytes()), null), null);
        }
        for (EspdRoot espd : EspdRoot.values()) {
            if (root.is(espd.namespace, espd.localName)) {
                XdmNode source = xml.parse(new ByteArrayInputStream(read.bytes()), null);
                // An ESPD belongs to procurement law, not to a TBB level: it states none.
                return new LoadedDocument(path, read.sha256(), espd.kind, espdFacts.get().facts(source, espd.generation), null);
            }
        }
        for (EspdRoot espd : EspdRoot.values()) {
            if (root.localName().equals(espd.localName)) {
                // An ESPD root name in another namespace: e.g. the urn:X-test:UBL:Pre-award namespaces of the
                // ESPD-EDM 2.0.0/2.0.1 drafts, or a typo. Say so, rather than "unknown kind" with the same name.
                throw new UnreadableDocumentException(
                        "onbekend soort XML-document: hoofdelement " + root + " is een UEA/ESPD-hoofdelement in een onbekende namespace (verwacht {"
                                + espd.namespace + "}" + espd.localName + "; abro leest UEA/ESPD v1 en ESPD-EDM 2.x tot 4.x:"
                                + " QualificationApplicationResponse/-Request of ESPDResponse/-Request)",
                        "unknown kind of XML document: root element " + root + " is an ESPD root element in an unknown namespace (expected {"
                                + espd.namespace + "}" + espd.localName + "; abro reads ESPD v1 and ESPD-EDM 2.x to 4.x:"
                                + " QualificationApplicationResponse/-Request or ESPDResponse/-Request)");
            }
        }
        if (root.localName().equals("declaration") || root.namespace().startsWith("urn:nl:abro:declaration")) {
            throw new UnreadableDocumentException(
                    "geen ABRO-verklaring van een bekende versie: hoofdelement " + root + " (verwacht {" + DECLARATION_NS + "}declaration)",
                    "not an ABRO declaration of a known version: root element " + root + " (expected {" + DECLARATION_NS + "}declaration)");
        }
        throw new UnreadableDocumentException(
                "onbekend soort XML-document: hoofdelement " + root + " (verwacht een ABRO-verklaring, {" + DECLARATION_NS
                        + "}declaration, of een UEA/ESPD: QualificationApplicationResponse/-Request of ESPDResponse/-Request)",
                "unknown kind of XML document: root element " + root + " (expected an ABRO declaration, {" + DECLARATION_NS
                        + "}declaration, or an ESPD: QualificationApplicationResponse/-Request or ESPDResponse/-Request)");
    }

    public LoadedDocument declaration(String path, String sha256, InputStream in) throws UnreadableDocumentException {
        XdmNode document = xml.parse(in, declarationSchema.get());
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

    /**
     * Whether the bytes are XML (declarations, ESPDs, views) rather than a tender document: they
     * start, after a byte order mark and white space, with '<' and are not an HTML page.
     */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true; // UTF-16 with a byte order mark: XML in practice, and the XML parser says so if not
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        if (i >= bytes.length || bytes[i] != '<') {
            return false;
        }
        String start = new String(bytes, i, Math.min(64, bytes.length - i), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return !(start.startsWith("<!doctype html") || start.startsWith("<html"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
