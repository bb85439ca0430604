package nl.abro.checker.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.xml.UnreadableDocumentException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Reads a tender document (PDF, DOCX, ODT, DOC, HTML, plain text) into its view
 * (document-view.md). What a file is comes from its content, as Tika detects it; a file whose
 * name promises another format than it holds is refused, since a ZIP named annex.pdf is not the
 * annex anyone meant to publish. Thread-safe; built once per check, and only when a check meets a
 * document that is not XML.
 */
public final class TenderDocumentReader {
    /** More text than this is not a tender document but an attack or a mistake. */
    public static final long MAX_CHARACTERS = 20_000_000;

    private static final Map<String, String> EXTENSIONS = Map.of(
            "pdf", "pdf", "docx", "docx", "odt", "odt", "doc", "doc", "html", "html", "htm", "html", "txt", "text");

    private final Detector detector = new DefaultDetector();
    private final PdfView pdf;
    private final PackageView packages;
    private final TikaView tika;

    public TenderDocumentReader(Processor processor) {
        this.pdf = new PdfView(processor, MAX_CHARACTERS);
        this.packages = new PackageView(processor);
        this.tika = new TikaView(TikaView.defaultParser(), processor, MAX_CHARACTERS);
    }

    public XdmNode read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        MediaType type = detect(bytes);
        String format = format(type);
        String extension = extension(fileName);
        String promised = EXTENSIONS.get(extension);
        // Tika names a zip it recognises as Office but cannot open (cut off, damaged) by its family only.
        String base = type.getBaseType().toString();
        if (format == null && (base.equals("application/x-tika-ooxml") || base.equals("application/x-tika-msoffice"))) {
            String kind = promised == null ? "Office" : promised.toUpperCase(Locale.ROOT);
            throw new UnreadableDocumentException("beschadigd of afgekapt " + kind + "-document: het pakket is niet te openen",
                    "damaged or truncated " + kind + " document: the package cannot be opened");
        }
        boolean encrypted = format == null && isEncryptedOffice(type);
        if (promised != null && !promised.equals(format) && !encrypted) {
            throw new UnreadableDocumentException(
                    "de naam zegt ." + extension + ", maar het bestand is " + describe(type, format, true),
                    "the name says ." + extension + ", but the file is " + describe(type, format, false));
        }
        if (format == null) {
            throw unsupported(type, promised);
        }
        String mediaType = type.getBaseType().toString();
        try {
            return switch (format) {
                case "pdf" -> {
                    requireEndOfFile(bytes);
                    yield pdf.read(bytes, mediaType);
                }
                case "docx" -> packages.read(bytes, PackageView.Format.DOCX, mediaType);
                case "odt" -> packages.read(bytes, PackageView.Format.ODT, mediaType);
                default -> tika.read(bytes, format, mediaType);
            };
        } catch (RuntimeException | LinkageError e) {
            // Parsers meeting a damaged file sometimes fail with a bare runtime exception instead of
            // their own, or reach for an optional codec we do not ship (a zip entry compressed with
            // Zstandard): it is still the file's fault, and one line says so.
            throw damaged(format.toUpperCase(Locale.ROOT), e);
        }
    }

    private MediaType detect(byte[] bytes) throws UnreadableDocumentException {
        MediaType pdfHeader = pdfByHeader(bytes);
        if (pdfHeader != null) {
            return pdfHeader;
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UnreadableDocumentException("soort bestand niet te bepalen: " + Reasons.withType(e),
                    "cannot tell what kind of file this is: " + Reasons.withType(e));
        } catch (RuntimeException | LinkageError e) {
            // Tika's zip detector reads a damaged archive as far as it goes, and an entry in a
            // compression method no office format uses needs a codec we do not ship (fuzzing found both).
            throw damaged("", e);
        }
    }

    /**
     * application/pdf for a file that starts with the PDF header ("%PDF-", after a UTF-8 byte order
     * mark or not), else null. That is the match of highest priority in Tika's magic for PDF, and
     * no other type's magic of that priority starts so; Tika gets there by trying its several
     * hundred patterns, which takes about half a millisecond a file (a tenth of reading a 10-page
     * PDF). Other files, and PDFs whose header comes later, go through Tika.
     */
    static MediaType pdfByHeader(byte[] bytes) {
        // ISO-8859-1 maps each byte to the char of the same value: the byte order mark is EF BB BF.
        String start = new String(bytes, 0, Math.min(bytes.length, 8), StandardCharsets.ISO_8859_1);
        return start.startsWith("%PDF-") || start.startsWith("\u00EF\u00BB\u00BF%PDF-") ? MediaType.application("pdf") : null;
    }

    private static UnreadableDocumentException damaged(String kind, Throwable e) {
        String what = kind.isEmpty() ? "" : kind + "-";
        return new UnreadableDocumentException("beschadigd " + what + "bestand, niet te lezen (" + Reasons.withType(e) + ")",
                "damaged " + (kind.isEmpty() ? "" : kind + " ") + "file, cannot be read (" + Reasons.withType(e) + ")");
    }

    private static String format(MediaType type) {
        String base = type.getBaseType().toString();
        return switch (base) {
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "application/vnd.ms-word.document.macroenabled.12",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.template" -> "docx";
            case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template" -> "odt";
            case "application/msword" -> "doc";
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/plain" -> "text";
            default -> null;
        };
    }

    private static boolean isEncryptedOffice(MediaType type) {
        String base = type.getBaseType().toString();
        return base.equals("application/x-tika-ooxml-protected") || base.equals("application/x-tika-msoffice-encrypted")
                || base.equals("application/vnd.ms-office.encrypted");
    }

    private static UnreadableDocumentException unsupported(MediaType type, String promised) {
        if (isEncryptedOffice(type)) {
            return new UnreadableDocumentException("versleuteld: het document vraagt een wachtwoord om te openen",
                    "encrypted: the document needs a password to open");
        }
        return new UnreadableDocumentException(
                "geen document dat abro kan lezen (" + describe(type, null, true) + "); abro leest PDF, DOCX, ODT, DOC, HTML en platte tekst",
                "not a document abro can read (" + describe(type, null, false) + "); abro reads PDF, DOCX, ODT, DOC, HTML and plain text");
    }

    private static String describe(MediaType type, String format, boolean dutch) {
        if (format != null) {
            return (dutch ? "een " : "a ") + switch (format) {
                case "pdf" -> "PDF";
                case "docx" -> "DOCX";
                case "odt" -> "ODT";
                case "doc" -> dutch ? "Word 97-2003-document" : "Word 97-2003 document";
                case "html" -> dutch ? "HTML-pagina" : "HTML page";
                default -> dutch ? "tekstbestand" : "text file";
            };
        }
        String base = type.getBaseType().toString();
        if (base.equals("application/zip")) {
            return dutch ? "een ZIP-archief" : "a ZIP archive";
        }
        if (base.equals("application/octet-stream")) {
            return dutch ? "onbekende binaire inhoud" : "unrecognised binary content";
        }
        return base;
    }

    /** PDFBox repairs a cut-off PDF silently; a file without its end marker has lost its end. */
    private static void requireEndOfFile(byte[] bytes) throws UnreadableDocumentException {
        int from = Math.max(0, bytes.length - 1024);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new UnreadableDocumentException("afgekapt: de PDF mist zijn eindmarkering (%%EOF)",
                    "truncated: the PDF lacks its end-of-file marker (%%EOF)");
        }
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
