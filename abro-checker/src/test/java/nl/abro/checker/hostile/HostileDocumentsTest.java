package nl.abro.checker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.abro.checker.api.CheckSession;
import nl.abro.checker.check.CheckOptions;
import nl.abro.checker.check.CheckResult;
import nl.abro.checker.check.Checker;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.DocumentResult;
import nl.abro.checker.check.Input;
import nl.abro.checker.document.TenderDocument;
import nl.abro.checker.document.TenderDocuments;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.model.Severity;
import nl.abro.model.io.PackRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evil corpus for tender documents, made in the test: zip bombs, encrypted, truncated and
 * disguised files, endless nesting, entities and external links inside a DOCX. Each bad file gets
 * one line, nothing is fetched, and the clean annex in the same batch is still checked.
 */
class HostileDocumentsTest {
    private static Checker checker;

    @TempDir
    Path dir;

    private ConnectionRecorder server;

    @BeforeAll
    static void setUp() {
        var processor = HardenedSaxon.newProcessor();
        var registry = new PackRegistry(HostileDocumentsTest.class.getClassLoader());
        checker = new Checker(CheckSession.defaultPacks(registry, processor), new DocumentLoader(processor, Schemas.bundled()), "test");
    }

    @BeforeEach
    void listen() throws IOException {
        server = new ConnectionRecorder();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void everyHostileDocumentIsRefusedWithOneLineAndTheCleanAnnexIsStillChecked() throws Exception {
        String url = server.url("/leak");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET-42");
        TenderDocument clean = TenderDocument.clean(3);
        List<Path> files = new ArrayList<>();
        files.add(write("zip-bomb.docx", docx(" ".repeat(1024).repeat(120 * 1024), null)));
        files.add(write("xxe.docx", docx("", "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")));
        files.add(write("xxe-url.docx", docx("", "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + url + "\">]>")));
        files.add(write("external-link.docx", docxWithExternalRelationship(url)));
        files.add(write("encrypted.pdf", TenderDocuments.pdfWithUserPassword(clean, "geheim")));
        files.add(write("truncated.pdf", TenderDocuments.truncated(TenderDocuments.pdf(clean), 0.6)));
        files.add(write("truncated.docx", TenderDocuments.truncated(TenderDocuments.docx(clean), 0.6)));
        files.add(write("really-a-zip.pdf", TenderDocuments.zip(clean)));
        files.add(write("really-a-pdf.docx", TenderDocuments.pdf(clean)));
        files.add(write("empty.pdf", new byte[0]));
        files.add(write("nested.pdf", nestedPdf(200_000)));
        files.add(write("annex.pdf", TenderDocuments.pdf(clean)));

        CheckResult result = checker.check(files.stream().map(Input::of).toList(),
                CheckOptions.defaults(java.time.LocalDate.of(2026, 11, 22)));

        assertThat(result.documents()).hasSize(files.size());
        assertThat(reason(result, "zip-bomb.docx")).startsWith("refused as a zip bomb");
        assertThat(reason(result, "xxe.docx")).contains("word/document.xml").contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "xxe-url.docx")).contains("DOCTYPE declarations are not allowed");
        assertThat(reason(result, "encrypted.pdf")).isEqualTo("encrypted: the document needs a password to open");
        assertThat(reason(result, "truncated.pdf")).startsWith("truncated");
        assertThat(reason(result, "truncated.docx")).startsWith("not a readable DOCX package");
        assertThat(reason(result, "really-a-zip.pdf")).isEqualTo("the name says .pdf, but the file is a ZIP archive");
        assertThat(reason(result, "really-a-pdf.docx")).isEqualTo("the name says .docx, but the file is a PDF");
        assertThat(reason(result, "empty.pdf")).isEqualTo("empty file");
        // PDFBox bounds its own recursion: the endlessly nested page is read as an odd, empty page.
        assertThat(document(result, "nested.pdf").readable()).isTrue();
        assertThat(document(result, "nested.pdf").verdict(Severity.ERROR)).isEqualTo(DocumentResult.Verdict.NON_COMPLIANT);
        DocumentResult link = document(result, "external-link.docx");
        assertThat(link.readable()).as("a DOCX with an external link is read, the link is not followed").isTrue();
        DocumentResult annex = document(result, "annex.pdf");
        assertThat(annex.readable()).isTrue();
        assertThat(annex.verdict(Severity.ERROR)).isEqualTo(DocumentResult.Verdict.COMPLIANT);
        for (DocumentResult document : result.documents()) {
            if (!document.readable()) {
                for (String text : List.of(document.error().nl(), document.error().en())) {
                    assertThat(text).doesNotContain("\n").doesNotContain("TOPSECRET").doesNotContainPattern("[A-Z]\\w+Exception");
                }
            }
        }
        assertThat(server.connections()).as("connections to the local server").isZero();
        assertThat(result.exitCode(Severity.ERROR)).isEqualTo(3);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static DocumentResult document(CheckResult result, String name) {
        return result.documents().stream().filter(d -> d.path().endsWith("/" + name)).findFirst().orElseThrow();
    }

    private static String reason(CheckResult result, String name) {
        DocumentResult document = document(result, name);
        return document.readable() ? null : document.error().en();
    }

    /** A minimal DOCX package; {@code padding} inflates document.xml, {@code doctype} goes before its root. */
    private static byte[] docx(String padding, String doctype) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + (doctype == null ? "" : doctype)
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + (doctype == null ? "Stg. CONFIDENTIEEL" : "&x;") + "</w:t></w:r></w:p>" + padding + "</w:body></w:document>";
        return zip(List.of(
                new String[] {"[Content_Types].xml", CONTENT_TYPES},
                new String[] {"_rels/.rels", ROOT_RELS},
                new String[] {"word/document.xml", document}));
    }

    private static byte[] docxWithExternalRelationship(String url) throws IOException {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body><w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>bijlage</w:t></w:r></w:hyperlink></w:p></w:body></w:document>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\""
                + url + "\" TargetMode=\"External\"/></Relationships>";
        return zip(List.of(
                new String[] {"[Content_Types].xml", CONTENT_TYPES},
                new String[] {"_rels/.rels", ROOT_RELS},
                new String[] {"word/document.xml", document},
                new String[] {"word/_rels/document.xml.rels", rels}));
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    private static byte[] zip(List<String[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A PDF whose only page's dictionary holds an array nested {@code depth} deep. */
    private static byte[] nestedPdf(int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nested + " >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }
}
