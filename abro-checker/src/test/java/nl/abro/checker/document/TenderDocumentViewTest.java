package nl.abro.checker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.check.LoadedDocument;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import nl.abro.checker.xml.UnreadableDocumentException;
import nl.abro.model.DocumentKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real tender documents read into the view rules see (document-view.md), through the loader every check uses. */
class TenderDocumentViewTest {
    private static Processor processor;
    private static DocumentLoader loader;

    @BeforeAll
    static void setUp() {
        processor = HardenedSaxon.newProcessor();
        loader = new DocumentLoader(processor, Schemas.bundled());
    }

    private static LoadedDocument load(String name, byte[] bytes) throws UnreadableDocumentException {
        return loader.load(name, new DocumentLoader.Read(bytes, "sha"));
    }

    private static List<String> strings(XdmNode view, String xpath) throws Exception {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("d", "urn:nl:abro:document:1");
        return compiler.evaluate(xpath, view).stream().map(XdmItem::getStringValue).toList();
    }

    private static String string(XdmNode view, String xpath) throws Exception {
        List<String> values = strings(view, xpath);
        assertThat(values).as(xpath).hasSize(1);
        return values.get(0);
    }

    @Test
    void aCleanPdfHasItsMarkingInTheHeaderAndItsNumberingInTheFooterOfEveryPage() throws Exception {
        LoadedDocument document = load("annex.pdf", TenderDocuments.pdf(TenderDocument.clean(3)));
        XdmNode view = document.view();
        assertThat(document.kind()).isEqualTo(DocumentKind.TENDER);
        assertThat(string(view, "/d:document/@format")).isEqualTo("pdf");
        assertThat(string(view, "/d:document/@paged")).isEqualTo("true");
        assertThat(string(view, "/d:document/@pages")).isEqualTo("3");
        assertThat(strings(view, "/d:document/d:page/@number")).containsExactly("1", "2", "3");
        for (int page = 1; page <= 3; page++) {
            assertThat(string(view, "string-join(/d:document/d:page[@number=" + page + "]/d:header/d:line, ' ')"))
                    .contains("Stg. CONFIDENTIEEL").contains("Exemplaar 2 van 5");
            assertThat(string(view, "string-join(/d:document/d:page[@number=" + page + "]/d:footer/d:line, ' ')"))
                    .contains("Pagina " + page + " van 3");
            assertThat(string(view, "string-join(/d:document/d:page[@number=" + page + "]/d:body/d:line, ' ')"))
                    .doesNotContain("Stg. CONFIDENTIEEL").doesNotContain("Pagina " + page);
        }
        assertThat(string(view, "string-join(//d:page[1]/d:body/d:line, ' ')")).contains("ABRO 2026").contains("Bijzondere Opdracht");
        assertThat(strings(view, "//d:page[2]/d:body/d:line[starts-with(., '4.3.26')]")).hasSize(1);
        assertThat(string(view, "/d:document/d:metadata/d:author")).isEqualTo("M. Jansen");
        assertThat(string(view, "/d:document/d:facts/d:encryption/@encrypted")).isEqualTo("false");
        assertThat(strings(view, "/d:document/d:facts/*[not(self::d:encryption)]")).isEmpty();
    }

    @Test
    void aPdfsLeaksAreFactsWithTheirPages() throws Exception {
        TenderDocument leaky = TenderDocument.clean(3).toBuilder()
                .comment("J. de Vries", "Serverruimte B2.14 nog aanpassen", 2)
                .hiddenText("Sleutelkluis staat in kamer 0.12", 3)
                .attachment("exemplaarregister.xlsx", TenderDocuments.XLSX, TenderDocuments.copyRegister(5))
                .javaScript("app.alert('hallo');")
                .formField("contactpersoon", "K. Visser", 1)
                .build();
        XdmNode view = load("annex.pdf", TenderDocuments.pdf(leaky)).view();
        assertThat(string(view, "//d:facts/d:comment/@author")).isEqualTo("J. de Vries");
        assertThat(string(view, "//d:facts/d:comment/@page")).isEqualTo("2");
        assertThat(string(view, "//d:facts/d:comment")).contains("Serverruimte B2.14");
        assertThat(string(view, "//d:facts/d:hidden-text/@page")).isEqualTo("3");
        assertThat(string(view, "//d:facts/d:hidden-text")).contains("Sleutelkluis");
        assertThat(string(view, "string-join(//d:page[3]//d:line, ' ')")).doesNotContain("Sleutelkluis");
        assertThat(string(view, "//d:facts/d:embedded-file/@name")).isEqualTo("exemplaarregister.xlsx");
        assertThat(string(view, "//d:facts/d:javascript/@trigger")).isEqualTo("document");
        assertThat(string(view, "//d:facts/d:javascript")).contains("app.alert");
        assertThat(string(view, "//d:facts/d:form-field/@name")).isEqualTo("contactpersoon");
        assertThat(string(view, "//d:facts/d:form-field")).isEqualTo("K. Visser");
        assertThat(string(view, "//d:facts/d:form-field/@page")).isEqualTo("1");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadAndSaysItIsEncrypted() throws Exception {
        XdmNode view = load("annex.pdf", TenderDocuments.pdfWithOwnerPassword(TenderDocument.clean(2), "eigenaar")).view();
        assertThat(string(view, "//d:facts/d:encryption/@encrypted")).isEqualTo("true");
        assertThat(string(view, "//d:facts/d:encryption/@method")).isEqualTo("AES-256");
        assertThat(string(view, "string-join(//d:page[1]/d:header/d:line, ' ')")).contains("Stg. GEHEIM");
    }

    @Test
    void everyViewMatchesTheDocumentedSchema() throws Exception {
        var schema = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(TenderDocumentViewTest.class.getResource("/nl/abro/checker/document/document-1.xsd"));
        TenderDocument leaky = TenderDocument.clean(3).toBuilder()
                .comment("J. de Vries", "Serverruimte B2.14 nog aanpassen")
                .insertion("P. Bakker", "ingevoegd").deletion("P. Bakker", "geschrapt")
                .hiddenText("verborgen")
                .attachment("exemplaarregister.xlsx", TenderDocuments.XLSX, TenderDocuments.copyRegister(3))
                .build();
        java.util.Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
        for (TenderDocument document : List.of(TenderDocument.clean(1), leaky)) {
            String suffix = document == leaky ? "-leaky" : "";
            documents.put("annex" + suffix + ".pdf", TenderDocuments.pdf(document.toBuilder().javaScript("app.alert(1)").formField("x", "y").build()));
            documents.put("annex" + suffix + ".docx", TenderDocuments.docx(document));
            documents.put("annex" + suffix + ".odt", TenderDocuments.odt(document));
        }
        for (String sample : List.of("libreoffice.docx", "libreoffice.odt")) {
            try (var in = TenderDocumentViewTest.class.getResourceAsStream(sample)) {
                documents.put(sample, in.readAllBytes());
            }
        }
        documents.put("annex.html", "<!DOCTYPE html><html><body><h1>Bijlage</h1><p>Stg. CONFIDENTIEEL</p><table><tr><td>4.3.26</td><td>voldoet</td></tr></table></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (var entry : documents.entrySet()) {
            XdmNode view = load(entry.getKey(), entry.getValue()).view();
            try {
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(view.toString())));
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void aDocxAndAnOdtKeepHeaderFooterBodyAndLeaksApart() throws Exception {
        TenderDocument leaky = TenderDocument.clean(4).toBuilder()
                .comment("J. de Vries", "Serverruimte B2.14 nog aanpassen")
                .insertion("P. Bakker", "ingevoegde zin").deletion("P. Bakker", "geschrapte zin")
                .hiddenText("Sleutelkluis staat in kamer 0.12")
                .build();
        for (String name : List.of("annex.docx", "annex.odt")) {
            byte[] bytes = name.endsWith("docx") ? TenderDocuments.docx(leaky) : TenderDocuments.odt(leaky);
            XdmNode view = load(name, bytes).view();
            assertThat(string(view, "/d:document/@paged")).as(name).isEqualTo("false");
            assertThat(string(view, "string-join(/d:document/d:header[@kind='default']/d:p, ' ')")).as(name)
                    .contains("Departementaal VERTROUWELIJK");
            assertThat(string(view, "string-join(/d:document/d:footer/d:p, ' ')")).as(name).contains("Pagina").contains("van 3");
            String body = string(view, "string-join(/d:document/d:body//text(), ' ')");
            assertThat(body).as(name).contains("Bijzondere Opdracht").contains("ABRO 2026")
                    .doesNotContain("Sleutelkluis").doesNotContain("geschrapte zin").doesNotContain("Serverruimte")
                    .doesNotContain("Departementaal VERTROUWELIJK");
            assertThat(strings(view, "//d:body/d:table/d:row/d:cell[1][matches(., '^\\d\\.\\d+\\.\\d+$')]")).as(name).isNotEmpty();
            assertThat(string(view, "//d:facts/d:comment/@author")).as(name).isEqualTo("J. de Vries");
            assertThat(string(view, "//d:facts/d:insertion")).as(name).contains("ingevoegde zin");
            assertThat(string(view, "//d:facts/d:deletion")).as(name).contains("geschrapte zin");
            assertThat(string(view, "string-join(//d:facts/d:hidden-text, ' ')")).as(name).contains("Sleutelkluis");
            assertThat(string(view, "/d:document/d:metadata/d:author")).as(name).isEqualTo("M. Jansen");
            assertThat(string(view, "/d:document/d:metadata/d:last-editor")).as(name).isEqualTo("P. Bakker");
        }
    }

    @Test
    void unreadableDocumentsGiveOneLineReasons() {
        TenderDocument clean = TenderDocument.clean(3);
        assertThatThrownBy(() -> load("annex.pdf", TenderDocuments.pdfWithUserPassword(clean, "geheim")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("encrypted: the document needs a password to open");
        assertThatThrownBy(() -> load("annex.pdf", TenderDocuments.truncated(TenderDocuments.pdf(clean), 0.5)))
                .hasMessage("truncated: the PDF lacks its end-of-file marker (%%EOF)");
        assertThatThrownBy(() -> load("annex.pdf", TenderDocuments.zip(clean)))
                .hasMessage("the name says .pdf, but the file is a ZIP archive");
        assertThatThrownBy(() -> load("annex.docx", TenderDocuments.pdf(clean)))
                .hasMessage("the name says .docx, but the file is a PDF");
        assertThatThrownBy(() -> load("annex.docx", TenderDocuments.truncated(TenderDocuments.docx(clean), 0.5)))
                .isInstanceOf(UnreadableDocumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").containsIgnoringCase("docx"));
        assertThatThrownBy(() -> load("blob.bin", new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x10, 0x7F}))
                .hasMessageStartingWith("not a document abro can read");
    }

    @Test
    void theHeaderOfAPdfSaysWhatTikaSays() throws Exception {
        var tika = new org.apache.tika.detect.DefaultDetector();
        byte[] pdf = TenderDocuments.pdf(TenderDocument.clean(3));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, pdf);
        byte[] later = concat("%%\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), pdf);
        List<byte[]> files = List.of(pdf, bom, later,
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../examples/tender/annex-tbb3.pdf")),
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../examples/tender/annex-marking.pdf")),
                "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), TenderDocuments.zip(TenderDocument.clean(3)));
        for (byte[] file : files) {
            var byHeader = TenderDocumentReader.pdfByHeader(file);
            if (byHeader != null) {
                assertThat(byHeader).isEqualTo(tika.detect(org.apache.tika.io.TikaInputStream.get(file), new org.apache.tika.metadata.Metadata()));
            }
        }
        assertThat(files.stream().filter(f -> TenderDocumentReader.pdfByHeader(f) != null)).hasSize(4);
        // A header after a byte order mark or further on: the same annex, the same view.
        String expected = load("annex.pdf", pdf).view().toString();
        assertThat(load("annex.pdf", bom).view().toString()).isEqualTo(expected);
        assertThat(load("annex.pdf", later).view().toString()).isEqualTo(expected);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
