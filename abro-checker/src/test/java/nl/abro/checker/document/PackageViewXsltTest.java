package nl.abro.checker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.XmlInput;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The DOCX and ODT view stylesheets (docx-view.xsl, odt-view.xsl) on real packages: DOCX files
 * written by Apache POI, ODT files written by hand as LibreOffice writes them, and a DOCX and an
 * ODT that LibreOffice itself wrote (src/test/resources/nl/abro/checker/document/). The package
 * is opened here as the document loader opens it: every .xml/.rels entry parsed by the hardened
 * parser, every entry's size.
 */
class PackageViewXsltTest {
    static final String NS = "urn:nl:abro:document:1";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
    static final Path SAMPLES = Path.of("src/test/resources/nl/abro/checker/document");

    private static Processor processor;
    private static XsltExecutable docx;
    private static XsltExecutable odt;

    @BeforeAll
    static void compile() throws Exception {
        processor = HardenedSaxon.newProcessor();
        docx = compile("docx-view.xsl");
        odt = compile("odt-view.xsl");
    }

    private static XsltExecutable compile(String name) throws Exception {
        var url = Objects.requireNonNull(PackageViewXsltTest.class.getResource("/nl/abro/checker/document/" + name), name);
        try (InputStream in = url.openStream()) {
            return processor.newXsltCompiler().compile(new StreamSource(in, url.toString()));
        }
    }

    // ---------------------------------------------------------------- DOCX

    @Test
    void docxWrittenByPoi() throws Exception {
        XdmNode view = view(docx, poiDocx(), DOCX_TYPE, "poi.docx");

        assertThat(eval(view, "/d:document/@format")).isEqualTo("docx");
        assertThat(eval(view, "/d:document/@media-type")).isEqualTo(DOCX_TYPE);
        assertThat(eval(view, "/d:document/@paged")).isEqualTo("false");
        assertThat(eval(view, "/d:document/@pages")).isEqualTo("3");

        // Metadata from docProps/core.xml and docProps/app.xml.
        assertThat(eval(view, "/d:document/d:metadata/d:title")).isEqualTo("Bestek beveiliging");
        assertThat(eval(view, "/d:document/d:metadata/d:subject")).isEqualTo("Aanbesteding 2025-017");
        assertThat(eval(view, "/d:document/d:metadata/d:keywords")).isEqualTo("ABRO; TBB");
        assertThat(eval(view, "/d:document/d:metadata/d:author")).isEqualTo("A. Auteur");
        assertThat(eval(view, "/d:document/d:metadata/d:last-editor")).isEqualTo("B. Bewerker");
        assertThat(eval(view, "/d:document/d:metadata/d:creator-tool")).isEqualTo("Microsoft Office Word");
        assertThat(eval(view, "/d:document/d:metadata/d:created")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(eval(view, "/d:document/d:metadata/d:modified")).isEqualTo("2025-02-03T04:05:06Z");
        assertThat(eval(view, "/d:document/d:metadata/d:template")).isEqualTo("Normal.dotm");
        assertThat(eval(view, "/d:document/d:metadata/d:company")).isEqualTo("Ministerie van Defensie");
        assertThat(eval(view, "/d:document/d:metadata/d:language")).isEqualTo("nl-NL");
        assertThat(strings(view, "/d:document/d:metadata/*/local-name()")).containsExactly("title", "subject", "keywords",
                "author", "last-editor", "creator-tool", "created", "modified", "template", "company", "language");

        // Facts.
        assertThat(eval(view, "/d:document/d:facts/*[1]/local-name()")).isEqualTo("encryption");
        assertThat(eval(view, "/d:document/d:facts/d:encryption/@encrypted")).isEqualTo("false");
        assertThat(strings(view, "//d:comment")).containsExactly("Klopt deze termijn wel?");
        assertThat(eval(view, "//d:comment/@author")).isEqualTo("P. Pietersen");
        assertThat(eval(view, "//d:comment/@date")).isEqualTo("2025-02-01T10:00:00");
        assertThat(strings(view, "//d:insertion")).containsExactly("vier");
        assertThat(eval(view, "//d:insertion/@author")).isEqualTo("J. Jansen");
        assertThat(eval(view, "//d:insertion/@date")).isEqualTo("2025-02-02T09:00:00");
        assertThat(strings(view, "//d:deletion")).containsExactly("drie");
        assertThat(eval(view, "//d:deletion/@author")).isEqualTo("J. Jansen");
        assertThat(strings(view, "//d:hidden-text")).containsExactly("VERBORGEN", "geheime notitie");
        assertThat(strings(view, "//d:embedded-file/@name")).containsExactly("Microsoft_Excel_Worksheet.xlsx");
        assertThat(eval(view, "//d:embedded-file/@size")).isEqualTo("1234");
        assertThat(eval(view, "//d:embedded-file/@media-type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(strings(view, "/d:document/d:facts/*/local-name()")).containsExactly("encryption", "comment",
                "insertion", "deletion", "hidden-text", "hidden-text", "embedded-file");

        // Headers and footers per section and kind: section 1 has its own default and first-page
        // header and a footer; section 2 its own default and even header and section 1's footer.
        assertThat(strings(view, "/d:document/*/local-name()"))
                .containsExactly("metadata", "facts", "header", "header", "header", "header", "footer", "footer", "body");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'default']/d:p"))
                .containsExactly("STG GEHEIM – deel A", "Rubricering", "STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'first']/d:p")).containsExactly("Voorblad STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 2][@kind = 'default']/d:p")).containsExactly("STG GEHEIM – bijlage");
        assertThat(strings(view, "//d:header[@section = 2][@kind = 'even']/d:p")).containsExactly("Even pagina bijlage");
        assertThat(strings(view, "//d:header[@section = 2][@kind = 'first'] | //d:header[@section = 1][@kind = 'even']")).isEmpty();
        assertThat(strings(view, "//d:footer[@section = 1][@kind = 'default']/d:p")).containsExactly("Pagina 1 van 3");
        assertThat(strings(view, "//d:footer[@section = 2][@kind = 'default']/d:p")).containsExactly("Pagina 1 van 3");

        // The body: what Word shows, in order.
        assertThat(strings(view, "/d:document/d:body/*/local-name()"))
                .containsExactly("p", "p", "p", "p", "p", "p", "p", "table", "p", "p", "p");
        assertThat(strings(view, "/d:document/d:body/d:p")).containsExactly(
                "Inleiding",
                "Dit document is openbaar.",
                "Zichtbaar deel.",
                "De termijn is vier weken.",
                "Zie de opmerking.",
                "Eisen",
                "Subparagraaf",
                "Einde deel A",
                "Bijlage",
                "Datum: 1-2-2025");
        assertThat(strings(view, "/d:document/d:body/d:p[@heading]/concat(@heading, ' ', .)"))
                .containsExactly("1 Inleiding", "2 Eisen", "3 Subparagraaf", "1 Bijlage");
        assertThat(strings(view, "//d:table/d:row[1]/d:cell")).containsExactly("Eis", "Waarde");
        assertThat(strings(view, "//d:table/d:row[2]/d:cell")).containsExactly("Classificatie", "STG GEHEIM");
        assertThat(eval(view, "string-join(//d:body//text(), ' ')")).doesNotContain("VERBORGEN", "geheime", "drie", "Klopt", "PAGE");
    }

    /** Strict OOXML (ISO/IEC 29500 Strict, "Strict Open XML Document" in Word): the same document in its namespaces. */
    @Test
    void docxInStrictNamespaces() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poiDocx()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    bytes = utf8(new String(bytes, StandardCharsets.UTF_8)
                            .replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
                            .replace("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties")
                            .replace("purl.oclc.org/ooxml/officeDocument/relationships/extended-properties", "purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties")
                            .replace("w:val=\"on\"", "w:val=\"true\""));
                }
                files.put(entry.getName(), bytes);
            }
        }
        assertThat(new String(files.get("word/document.xml"), StandardCharsets.UTF_8)).contains("purl.oclc.org").doesNotContain("schemas.openxmlformats.org/wordprocessingml");
        XdmNode strict = view(docx, zip(files), DOCX_TYPE, "strict.docx");
        XdmNode transitional = view(docx, poiDocx(), DOCX_TYPE, "poi.docx");
        assertThat(strict.toString()).isEqualTo(transitional.toString());
        assertThat(strings(strict, "//d:header[@section = 1][@kind = 'first']/d:p")).containsExactly("Voorblad STG GEHEIM");
        assertThat(eval(strict, "/d:document/d:metadata/d:company")).isEqualTo("Ministerie van Defensie");
    }

    /** A DOCX with every feature the view reads, written by POI (plus CT beans where POI has no API). */
    static byte[] poiDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(new XWPFStyle(paragraphStyle("Kop1", "heading 1", null, 0)));
            styles.addStyle(new XWPFStyle(paragraphStyle("Kop2", "heading 2", null, 1)));
            styles.addStyle(new XWPFStyle(paragraphStyle("Eisenkop", "Eisenkop", "Kop2", -1)));
            CTStyle hidden = CTStyle.Factory.newInstance();
            hidden.setStyleId("Verborgen");
            hidden.setType(STStyleType.CHARACTER);
            hidden.addNewName().setVal("Verborgen");
            hidden.addNewRPr().addNewVanish();
            styles.addStyle(new XWPFStyle(hidden));

            paragraph(doc, "Kop1", "Inleiding");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("Dit document is ");
            XWPFRun vanished = p.createRun();
            vanished.setText("VERBORGEN");
            vanished.setVanish(true);
            p.createRun().setText("openbaar.");

            p = doc.createParagraph();
            XWPFRun styled = p.createRun();
            styled.setText("geheime notitie");
            styled.setStyle("Verborgen");
            p.createRun().setText("Zichtbaar deel.");

            p = doc.createParagraph();
            p.createRun().setText("De termijn is ");
            CTRunTrackChange ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.valueOf(1));
            ins.setAuthor("J. Jansen");
            ins.setDate(utc(2025, 2, 2, 9, 0, 0));
            ins.addNewR().addNewT().setStringValue("vier");
            CTRunTrackChange del = p.getCTP().addNewDel();
            del.setId(BigInteger.valueOf(2));
            del.setAuthor("J. Jansen");
            del.setDate(utc(2025, 2, 2, 9, 0, 0));
            del.addNewR().addNewDelText().setStringValue("drie");
            text(p.getCTP().addNewR(), " weken.");

            XWPFComments comments = doc.createComments();
            XWPFComment comment = comments.createComment(BigInteger.ZERO);
            comment.setAuthor("P. Pietersen");
            comment.setInitials("PP");
            comment.setDate(utc(2025, 2, 1, 10, 0, 0));
            comment.createParagraph().createRun().setText("Klopt deze termijn wel?");
            p = doc.createParagraph();
            p.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            p.getCTP().addNewR().addNewT().setStringValue("Zie de opmerking.");
            p.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
            p.getCTP().addNewR().addNewCommentReference().setId(BigInteger.ZERO);

            paragraph(doc, "Eisenkop", "Eisen");
            p = paragraph(doc, null, "Subparagraaf");
            p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.TWO);

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Eis");
            table.getRow(0).getCell(1).setText("Waarde");
            table.getRow(1).getCell(0).setText("Classificatie");
            table.getRow(1).getCell(1).setText("STG GEHEIM");

            // Section 1 ends here: its headers and footer are made on the body's sectPr by POI, then moved.
            XWPFParagraph end = paragraph(doc, null, "Einde deel A");
            CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
            XWPFHeader a = doc.createHeader(HeaderFooterType.DEFAULT);
            a.createParagraph().createRun().setText("STG GEHEIM – deel A");
            XWPFTable marking = a.createTable(1, 2);
            marking.getRow(0).getCell(0).setText("Rubricering");
            marking.getRow(0).getCell(1).setText("STG GEHEIM");
            doc.createHeader(HeaderFooterType.FIRST).createParagraph().createRun().setText("Voorblad STG GEHEIM");
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            pageNumbers(footer.createParagraph().getCTP());
            CTSectPr first = (CTSectPr) body.copy();
            end.getCTP().getPPr().setSectPr(first);
            assertThat(first.isSetTitlePg()).as("POI sets w:titlePg for a first-page header").isTrue();
            while (body.sizeOfHeaderReferenceArray() > 0) {
                body.removeHeaderReference(0);
            }
            while (body.sizeOfFooterReferenceArray() > 0) {
                body.removeFooterReference(0);
            }
            body.unsetTitlePg();

            paragraph(doc, "Kop1", "Bijlage");
            p = doc.createParagraph();
            p.createRun().setText("Datum: ");
            field(p.getCTP(), " DATE \\@ \"d-M-yyyy\" ", "1-2-2025");
            // A policy of its own: doc.createHeader would hand back section 1's default header.
            XWPFHeaderFooterPolicy second = new XWPFHeaderFooterPolicy(doc, body);
            second.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("STG GEHEIM – bijlage");
            second.createHeader(XWPFHeaderFooterPolicy.EVEN).createParagraph().createRun().setText("Even pagina bijlage");
            doc.setEvenAndOddHeadings(true);

            // An embedded workbook (word/embeddings) and a picture (word/media, not an embedded file).
            PackagePartName name = PackagingURIHelper.createPartName("/word/embeddings/Microsoft_Excel_Worksheet.xlsx");
            PackagePart part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = part.getOutputStream()) {
                out.write(new byte[1234]);
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package");
            doc.addPictureData(PNG, org.apache.poi.common.usermodel.PictureType.PNG);

            var core = doc.getProperties().getCoreProperties();
            core.setTitle("Bestek beveiliging");
            core.setSubjectProperty("Aanbesteding 2025-017");
            core.setKeywords("ABRO; TBB");
            core.setCreator("A. Auteur");
            core.setLastModifiedByUser("B. Bewerker");
            core.setCreated("2025-01-02T03:04:05Z");
            core.setModified("2025-02-03T04:05:06Z");
            core.getUnderlyingProperties().setLanguageProperty("nl-NL");
            var app = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
            app.setApplication("Microsoft Office Word");
            app.setTemplate("Normal.dotm");
            app.setCompany("Ministerie van Defensie");
            app.setPages(3);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (outline >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        return style;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        } else {
            p.getCTP().addNewPPr();
        }
        p.createRun().setText(text);
        return p;
    }

    /** "Pagina {PAGE} van {NUMPAGES}": a complex field and a simple one, each with the result Word saved. */
    private static void pageNumbers(CTP p) {
        text(p.addNewR(), "Pagina ");
        field(p, " PAGE ", "1");
        text(p.addNewR(), " van ");
        CTSimpleField pages = p.addNewFldSimple();
        pages.setInstr(" NUMPAGES ");
        pages.addNewR().addNewT().setStringValue("3");
    }

    /** Text with xml:space="preserve", as XWPFRun.setText writes it: without it Word drops the spaces around it. */
    private static void text(CTR run, String text) {
        var t = run.addNewT();
        t.setStringValue(text);
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    }

    private static void field(CTP p, String instruction, String result) {
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.addNewR().addNewInstrText().setStringValue(instruction);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.addNewR().addNewT().setStringValue(result);
        p.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static Calendar utc(int year, int month, int day, int hour, int minute, int second) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day, hour, minute, second);
        return calendar;
    }

    /** A 1x1 PNG. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    // ---------------------------------------------------------------- ODT

    @Test
    void odtWrittenByHand() throws Exception {
        XdmNode view = view(odt, handOdt(), ODT_TYPE, "hand.odt");

        assertThat(eval(view, "/d:document/@format")).isEqualTo("odt");
        assertThat(eval(view, "/d:document/@media-type")).isEqualTo(ODT_TYPE);
        assertThat(eval(view, "/d:document/@paged")).isEqualTo("false");
        assertThat(eval(view, "/d:document/@pages")).isEqualTo("3");

        // Metadata from meta.xml.
        assertThat(strings(view, "/d:document/d:metadata/*/concat(local-name(), '=', .)")).containsExactly(
                "title=Bestek beveiliging",
                "subject=Aanbesteding 2025-017",
                "keywords=ABRO, TBB",
                "author=A. Auteur",
                "last-editor=B. Bewerker",
                "creator-tool=LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2",
                "created=2025-01-02T03:04:05",
                "modified=2025-02-03T04:05:06.123456789",
                "template=Rijkshuisstijl",
                "company=Ministerie van Defensie",
                "language=nl-NL");

        // Facts.
        assertThat(eval(view, "/d:document/d:facts/d:encryption/@encrypted")).isEqualTo("false");
        assertThat(strings(view, "//d:comment")).containsExactly("Controleren! Graag voor vrijdag.");
        assertThat(eval(view, "//d:comment/@author")).isEqualTo("P. Pietersen");
        assertThat(eval(view, "//d:comment/@date")).isEqualTo("2025-02-01T10:00:00");
        assertThat(strings(view, "//d:insertion")).containsExactly("vier", "Een ingevoegde alinea. En nog een.");
        assertThat(strings(view, "//d:insertion/@author")).containsExactly("J. Jansen", "K. Klaassen");
        assertThat(eval(view, "//d:insertion/@date")).isEqualTo("2025-02-02T09:00:00");
        assertThat(strings(view, "//d:deletion")).containsExactly("drie");
        assertThat(eval(view, "//d:deletion/@author")).isEqualTo("J. Jansen");
        assertThat(strings(view, "//d:hidden-text")).containsExactly("VERBORGEN", "geheime notitie", "Verborgen alinea stijl",
                "verborgen veld", "Verborgen alinea veld", "Nog een alinea", "Verborgen sectie", "Verborgen in cel");
        assertThat(strings(view, "//d:embedded-file/concat(@name, ' ', @media-type, ' ', @size)")).containsExactly(
                "Bijlagen/geheim.pdf application/pdf 2048",
                "Object 1 application/vnd.oasis.opendocument.spreadsheet " + (OBJECT_CONTENT.length() + OBJECT_STYLES.length()));
        assertThat(strings(view, "/d:document/d:facts/*/local-name()")).containsExactly("encryption", "comment",
                "insertion", "insertion", "deletion", "hidden-text", "hidden-text", "hidden-text", "hidden-text", "hidden-text",
                "hidden-text", "hidden-text", "hidden-text", "embedded-file", "embedded-file");

        // Headers and footers: master page Standard (the default, before "Bijlage") then Landscape.
        assertThat(strings(view, "/d:document/*/local-name()"))
                .containsExactly("metadata", "facts", "header", "header", "header", "header", "footer", "footer", "body");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'default']/d:p")).containsExactly("STG GEHEIM", "Rubricering: STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'first']/d:p")).containsExactly("Voorblad STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'even']/d:p")).containsExactly("Even pagina STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 2][@kind = 'default']/d:p")).containsExactly("STG GEHEIM – bijlage");
        assertThat(strings(view, "//d:footer[@section = 1][@kind = 'default']/d:p")).containsExactly("Pagina 1 van 3");
        assertThat(strings(view, "//d:footer[@section = 2][@kind = 'default']/d:p")).containsExactly("Bijlage – pagina 3");
        assertThat(eval(view, "string-join(//(d:header | d:footer), ' ')")).doesNotContain("Ongebruikt", "Niet getoond");

        // The body.
        assertThat(strings(view, "/d:document/d:body/*/local-name()")).containsExactly(
                "p", "p", "p", "p", "p", "p", "p", "p", "p", "p", "p", "p", "p", "p", "table", "p", "p");
        assertThat(strings(view, "/d:document/d:body/d:p")).containsExactly(
                "Inleiding",
                "Dit document is openbaar.",
                "Zichtbaar deel.",
                "De termijn is vier weken.",
                "Een ingevoegde alinea.",
                "En nog een.",
                "Zie de opmerking.",
                "Tekst met voetnoot.",
                "Anker",
                "Tekstvak STG GEHEIM",
                "Veld: zichtbaar veld",
                "Eerste punt",
                "Zichtbare sectie",
                "Eisen",
                "Bijlage",
                "Pagina-aantal: 3");
        assertThat(strings(view, "/d:document/d:body/d:p[@heading]/concat(@heading, ' ', .)"))
                .containsExactly("1 Inleiding", "2 Eisen", "1 Bijlage");
        assertThat(strings(view, "//d:table/d:row/string-join(d:cell, '|')"))
                .containsExactly("Eis|Waarde", "Classificatie|STG GEHEIM", "Samengevoegd", "Lijst in cel Tweede regel|x");
        assertThat(eval(view, "string-join(//d:body//text(), ' ')"))
                .doesNotContain("VERBORGEN", "geheime", "Verborgen", "verborgen", "drie", "Controleren", "Voetnoot", "Nog een");
    }

    static final String OBJECT_CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:body><office:spreadsheet/></office:body></office:document-content>
            """;
    static final String OBJECT_STYLES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>
            """;

    /** An ODT as LibreOffice writes one (namespaces, styles, tracked changes, annotations), by hand. */
    static byte[] handOdt() throws IOException {
        String ns = """
                xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
                xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
                xmlns:xlink="http://www.w3.org/1999/xlink" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
                xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3\"""";
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content %s>
                <office:automatic-styles>
                 <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>
                 <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape">
                  <style:paragraph-properties style:page-number="auto"/></style:style>
                 <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">
                  <style:text-properties text:display="none"/></style:style>
                 <style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>
                 <style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
                 <style:style style:name="Sect1" style:family="section"/>
                 <style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"/>
                </office:automatic-styles>
                <office:body><office:text text:use-soft-page-breaks="true">
                 <text:tracked-changes text:track-changes="true">
                  <text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info><dc:creator>J. Jansen</dc:creator><dc:date>2025-02-02T09:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
                  <text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info><dc:creator>J. Jansen</dc:creator><dc:date>2025-02-02T09:00:00</dc:date></office:change-info><text:p text:style-name="Standard">drie</text:p></text:deletion></text:changed-region>
                  <text:changed-region xml:id="ct3" text:id="ct3"><text:insertion><office:change-info><dc:creator>K. Klaassen</dc:creator><dc:date>2025-02-03T11:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
                 </text:tracked-changes>
                 <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>
                 <text:h text:style-name="P1" text:outline-level="1">Inleiding</text:h>
                 <text:p text:style-name="Standard">Dit document is <text:span text:style-name="T1">VERBORGEN</text:span>openbaar.</text:p>
                 <text:p text:style-name="Standard"><text:span text:style-name="Verborgen">geheime notitie</text:span>Zichtbaar <text:span text:style-name="T2">deel</text:span>.</text:p>
                 <text:p text:style-name="P3">Verborgen alinea stijl</text:p>
                 <text:p text:style-name="Standard">De termijn is <text:change-start text:change-id="ct1"/>vier<text:change-end text:change-id="ct1"/><text:s/><text:change text:change-id="ct2"/>weken.</text:p>
                 <text:p text:style-name="Standard"><text:change-start text:change-id="ct3"/>Een ingevoegde alinea.</text:p>
                 <text:p text:style-name="Standard">En nog een.<text:change-end text:change-id="ct3"/></text:p>
                 <text:p text:style-name="Standard"><office:annotation office:name="__Annotation__1" loext:resolved="false"><dc:creator>P. Pietersen</dc:creator><dc:date>2025-02-01T10:00:00</dc:date><meta:creator-initials>PP</meta:creator-initials><text:p>Controleren!</text:p><text:p>Graag voor vrijdag.</text:p></office:annotation>Zie de opmerking.<office:annotation-end office:name="__Annotation__1"/></text:p>
                 <text:p text:style-name="Standard">Tekst met voetnoot.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">Voetnoottekst</text:p></text:note-body></text:note></text:p>
                 <text:p text:style-name="Standard">Anker<draw:frame draw:style-name="fr1" draw:name="Frame1" text:anchor-type="paragraph" svg:width="2in"><draw:text-box><text:p text:style-name="Frame_20_contents">Tekstvak STG GEHEIM</text:p></draw:text-box></draw:frame><draw:frame draw:name="Object1" text:anchor-type="as-char" svg:width="1in"><draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><draw:image xlink:href="./ObjectReplacements/Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:title>Begroting</svg:title></draw:frame></text:p>
                 <text:p text:style-name="Standard">Veld: <text:hidden-text text:condition="ooow:1" text:string-value="verborgen veld" text:is-hidden="true"/><text:hidden-text text:condition="ooow:0" text:string-value="zichtbaar veld" text:is-hidden="false"/></text:p>
                 <text:p text:style-name="Standard"><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Verborgen alinea veld</text:p>
                 <text:list xml:id="list1" text:style-name="L1">
                  <text:list-item><text:p text:style-name="P4">Eerste punt</text:p></text:list-item>
                  <text:list-item><text:p text:style-name="P4"><text:span text:style-name="T1">Nog een alinea</text:span></text:p></text:list-item>
                 </text:list>
                 <text:section text:style-name="Sect1" text:name="Verborgen" text:display="none"><text:p text:style-name="Standard">Verborgen sectie</text:p></text:section>
                 <text:section text:style-name="Sect1" text:name="Zichtbaar"><text:p text:style-name="Standard">Zichtbare sectie</text:p></text:section>
                 <text:h text:style-name="Heading_20_2" text:outline-level="2">Eisen</text:h>
                 <table:table table:name="Tabel1" table:style-name="Tabel1">
                  <table:table-column table:number-columns-repeated="2"/>
                  <table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Eis</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Waarde</text:p></table:table-cell></table:table-row></table:table-header-rows>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Classificatie</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>STG <text:span text:style-name="T2">GEHEIM</text:span></text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Samengevoegd</text:p></table:table-cell><table:covered-table-cell><text:p>bedekt</text:p></table:covered-table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:list><text:list-item><text:p>Lijst in cel</text:p></text:list-item></text:list><text:p>Tweede regel</text:p><text:p text:style-name="P3">Verborgen in cel</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>
                 </table:table>
                 <text:h text:style-name="P2" text:outline-level="1">Bijlage</text:h>
                 <text:p text:style-name="Standard">Pagina-aantal: <text:page-count>3</text:page-count></text:p>
                </office:text></office:body></office:document-content>
                """.formatted(ns);
        String styles = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles %s>
                <office:styles>
                 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
                 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
                 <style:style style:name="Geheim" style:family="text"><style:text-properties text:display="none"/></style:style>
                 <style:style style:name="Verborgen" style:family="text" style:parent-style-name="Geheim"><style:text-properties fo:color="#ff0000"/></style:style>
                </office:styles>
                <office:automatic-styles>
                 <style:page-layout style:name="Mpm1"/>
                 <style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Header"/>
                </office:automatic-styles>
                <office:master-styles>
                 <style:master-page style:name="Standard" style:page-layout-name="Mpm1">
                  <style:header><text:p text:style-name="MP1">STG GEHEIM</text:p>
                   <table:table table:name="Kop"><table:table-column/><table:table-row><table:table-cell><text:p>Rubricering: STG GEHEIM</text:p></table:table-cell></table:table-row></table:table></style:header>
                  <style:header-left><text:p text:style-name="MP1">Even pagina STG GEHEIM</text:p></style:header-left>
                  <style:header-first><text:p text:style-name="MP1">Voorblad STG GEHEIM</text:p></style:header-first>
                  <style:footer><text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>3</text:page-count></text:p></style:footer>
                 </style:master-page>
                 <style:master-page style:name="Ongebruikt" style:page-layout-name="Mpm1">
                  <style:header><text:p>Ongebruikt</text:p></style:header>
                 </style:master-page>
                 <style:master-page style:name="Landscape" style:page-layout-name="Mpm1">
                  <style:header><text:p>STG GEHEIM – bijlage</text:p></style:header>
                  <style:footer><text:p>Bijlage – pagina <text:page-number text:select-page="current">3</text:page-number></text:p></style:footer>
                  <style:footer-left style:display="false"><text:p>Niet getoond</text:p></style:footer-left>
                 </style:master-page>
                </office:master-styles>
                </office:document-styles>
                """.formatted(ns);
        String meta = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta %s><office:meta>
                <meta:creation-date>2025-01-02T03:04:05</meta:creation-date>
                <meta:initial-creator>A. Auteur</meta:initial-creator>
                <meta:keyword>ABRO</meta:keyword><meta:keyword>TBB</meta:keyword>
                <dc:language>nl-NL</dc:language>
                <dc:creator>B. Bewerker</dc:creator>
                <dc:date>2025-02-03T04:05:06.123456789</dc:date>
                <dc:subject>Aanbesteding 2025-017</dc:subject>
                <dc:title>Bestek beveiliging</dc:title>
                <meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>
                <meta:document-statistic meta:table-count="1" meta:page-count="3" meta:paragraph-count="20"/>
                <meta:user-defined meta:name="Company">Ministerie van Defensie</meta:user-defined>
                <meta:template xlink:type="simple" xlink:actuate="onRequest" xlink:title="Rijkshuisstijl" xlink:href="../Templates/rijk.ott"/>
                </office:meta></office:document-meta>
                """.formatted(ns);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="Configurations2/" manifest:media-type="application/vnd.sun.xml.ui.configuration"/>
                 <manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="Object 1/styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="Object 1/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="ObjectReplacements/Object 1" manifest:media-type="application/x-openoffice-gdimetafile;windows_formatname=&quot;GDIMetaFile&quot;"/>
                 <manifest:file-entry manifest:full-path="Pictures/logo.png" manifest:media-type="image/png"/>
                 <manifest:file-entry manifest:full-path="Bijlagen/geheim.pdf" manifest:media-type="application/pdf"/>
                 <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", utf8(ODT_TYPE));
        files.put("Configurations2/", new byte[0]);
        files.put("Pictures/logo.png", PNG);
        files.put("Object 1/content.xml", utf8(OBJECT_CONTENT));
        files.put("Object 1/styles.xml", utf8(OBJECT_STYLES));
        files.put("ObjectReplacements/Object 1", new byte[300]);
        files.put("Bijlagen/geheim.pdf", new byte[2048]);
        files.put("content.xml", utf8(content.strip()));
        files.put("styles.xml", utf8(styles.strip()));
        files.put("meta.xml", utf8(meta.strip()));
        files.put("settings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-settings "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\"/>"));
        files.put("Thumbnails/thumbnail.png", PNG);
        files.put("META-INF/manifest.xml", utf8(manifest.strip()));
        return zip(files);
    }

    // ---------------------------------------------------------------- files LibreOffice wrote

    /** libreoffice.docx: LibreOffice 7.4 saved {@link #handOdt()} as DOCX (its sections, text box, fields, comments). */
    @Test
    void docxWrittenByLibreOffice() throws Exception {
        XdmNode view = view(docx, Files.readAllBytes(SAMPLES.resolve("libreoffice.docx")), DOCX_TYPE, "libreoffice.docx");

        assertThat(eval(view, "/d:document/@pages")).isEqualTo("3");
        assertThat(eval(view, "/d:document/d:metadata/d:creator-tool")).startsWith("LibreOffice/7.4");
        assertThat(eval(view, "/d:document/d:metadata/d:template")).isEqualTo("Rijkshuisstijl");
        assertThat(eval(view, "/d:document/d:metadata/d:created")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(strings(view, "//d:comment")).containsExactly("Controleren! Graag voor vrijdag.");
        assertThat(strings(view, "//d:insertion")).containsExactly("vier", "Een ingevoegde alinea.", "En nog een.");
        assertThat(strings(view, "//d:insertion/@author")).containsExactly("J. Jansen", "K. Klaassen", "K. Klaassen");
        assertThat(strings(view, "//d:deletion")).containsExactly("drie");
        // LibreOffice writes hidden spans and paragraphs as w:vanish; hidden fields and sections it does not keep.
        assertThat(strings(view, "//d:hidden-text"))
                .containsExactly("VERBORGEN", "geheime notitie", "Verborgen alinea stijl", "Nog een alinea", "Verborgen in cel");
        assertThat(strings(view, "//d:embedded-file")).isEmpty();

        // Its text:sections became Word sections 2-4 (continuous, no headers of their own), "Bijlage" section 5.
        assertThat(eval(view, "max(//d:header/@section)")).isEqualTo("5");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'default']/d:p")).containsExactly("STG GEHEIM", "Rubricering: STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'first']/d:p")).containsExactly("Voorblad STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'even']/d:p")).containsExactly("Even pagina STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 4][@kind = 'default']/d:p")).containsExactly("STG GEHEIM", "Rubricering: STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 5][@kind = 'default']/d:p")).containsExactly("STG GEHEIM – bijlage");
        assertThat(strings(view, "//d:header[@section = 5][@kind = 'first']")).isEmpty();
        // LibreOffice saved the fields as it had laid them out without pages.
        assertThat(strings(view, "//d:footer[@section = 1][@kind = 'default']/d:p")).containsExactly("Pagina 0 van 2");
        assertThat(strings(view, "//d:footer[@section = 5][@kind = 'default']/d:p")).containsExactly("Bijlage – pagina 0");

        assertThat(strings(view, "/d:document/d:body/d:p")).containsExactly("Inleiding", "Dit document is openbaar.", "Zichtbaar deel.",
                "De termijn is vier weken.", "Een ingevoegde alinea.", "En nog een.", "Zie de opmerking.", "Tekst met voetnoot.",
                "Anker", "Tekstvak STG GEHEIM", "Veld:", "Verborgen alinea veld", "Eerste punt", "Verborgen sectie",
                "Zichtbare sectie", "Eisen", "Bijlage", "Pagina-aantal: 2");
        assertThat(strings(view, "/d:document/d:body/d:p[@heading]/concat(@heading, ' ', .)"))
                .containsExactly("1 Inleiding", "2 Eisen", "1 Bijlage");
        assertThat(strings(view, "//d:table/d:row/string-join(d:cell, '|')"))
                .containsExactly("Eis|Waarde", "Classificatie|STG GEHEIM", "Samengevoegd", "Lijst in cel Tweede regel|x");
    }

    /** libreoffice.odt: LibreOffice 7.4 saved {@link #poiDocx()} as ODT (its first page as a master page of its own). */
    @Test
    void odtWrittenByLibreOffice() throws Exception {
        XdmNode view = view(odt, Files.readAllBytes(SAMPLES.resolve("libreoffice.odt")), ODT_TYPE, "libreoffice.odt");

        assertThat(eval(view, "/d:document/@pages")).isEqualTo("2");
        assertThat(strings(view, "/d:document/d:metadata/*/concat(local-name(), '=', .)")).containsExactly(
                "title=Bestek beveiliging", "subject=Aanbesteding 2025-017", "keywords=ABRO, TBB", "author=A. Auteur",
                "last-editor=B. Bewerker", "creator-tool=LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2",
                "created=2025-01-02T03:04:05", "modified=2025-02-03T04:05:06", "template=Normal.dotm",
                "company=Ministerie van Defensie", "language=nl-NL");
        assertThat(strings(view, "//d:comment")).containsExactly("Klopt deze termijn wel?");
        assertThat(strings(view, "//d:insertion")).containsExactly("vier");
        assertThat(strings(view, "//d:deletion")).containsExactly("drie");
        assertThat(strings(view, "//d:hidden-text")).containsExactly("VERBORGEN", "geheime notitie");
        assertThat(strings(view, "//d:embedded-file")).isEmpty();

        // Word's section 1 with a first-page header is master page "First Page" followed by "Standard".
        assertThat(strings(view, "//d:header[@section = 1][@kind = 'default']/d:p")).containsExactly("Voorblad STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 2][@kind = 'default']/d:p"))
                .containsExactly("STG GEHEIM – deel A", "Rubricering", "STG GEHEIM");
        assertThat(strings(view, "//d:header[@section = 3][@kind = 'default']/d:p")).containsExactly("STG GEHEIM – bijlage");
        assertThat(strings(view, "//d:header[@section = 3][@kind = 'even']/d:p")).containsExactly("Even pagina bijlage");
        assertThat(strings(view, "//d:footer/concat(@section, @kind, ' ', .)")).containsExactly("2default Pagina 0 van 2", "3default Pagina 0 van 2");

        assertThat(strings(view, "/d:document/d:body/d:p[position() lt last()]")).containsExactly("Inleiding", "Dit document is openbaar.",
                "Zichtbaar deel.", "De termijn is vier weken.", "Zie de opmerking.", "Eisen", "Subparagraaf", "Einde deel A", "Bijlage");
        assertThat(eval(view, "/d:document/d:body/d:p[last()]")).startsWith("Datum: ");
        assertThat(strings(view, "/d:document/d:body/d:p[@heading]/concat(@heading, ' ', .)"))
                .containsExactly("1 Inleiding", "2 Eisen", "3 Subparagraaf", "1 Bijlage");
        assertThat(strings(view, "//d:table/d:row/string-join(d:cell, '|')")).containsExactly("Eis|Waarde", "Classificatie|STG GEHEIM");
    }

    // ---------------------------------------------------------------- the package, as the loader opens it

    static XdmNode view(XsltExecutable stylesheet, byte[] zip, String mediaType, String dumpName) throws Exception {
        Map<XdmAtomicValue, XdmValue> parts = new LinkedHashMap<>();
        Map<XdmAtomicValue, XdmValue> entries = new LinkedHashMap<>();
        XmlInput xml = new XmlInput(processor);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                entries.put(new XdmAtomicValue(entry.getName()), new XdmAtomicValue(bytes.length));
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    parts.put(new XdmAtomicValue(entry.getName()), xml.parse(new ByteArrayInputStream(bytes), null));
                }
            }
        }
        Xslt30Transformer transformer = stylesheet.load30();
        Map<QName, XdmValue> parameters = new HashMap<>();
        parameters.put(new QName("parts"), new XdmMap(parts));
        parameters.put(new QName("entries"), new XdmMap(entries));
        parameters.put(new QName("media-type"), new XdmAtomicValue(mediaType));
        transformer.setStylesheetParameters(parameters);
        XdmDestination result = new XdmDestination();
        transformer.callTemplate(new QName("view"), result);
        XdmNode view = result.getXdmNode();
        String dump = System.getProperty("abro.dumpViews");
        if (dump != null) {
            Path dir = Files.createDirectories(Path.of(dump));
            Serializer serializer = processor.newSerializer(dir.resolve(dumpName + ".view.xml").toFile());
            serializer.setOutputProperty(Serializer.Property.INDENT, "yes");
            serializer.serializeNode(view);
            Files.write(dir.resolve(dumpName), zip);
        }
        return view;
    }

    static String eval(XdmNode view, String xpath) throws Exception {
        XdmValue value = compiler().evaluate(xpath, view);
        return value.size() == 0 ? null : value.itemAt(0).getStringValue();
    }

    static List<String> strings(XdmNode view, String xpath) throws Exception {
        List<String> out = new ArrayList<>();
        for (XdmItem item : compiler().evaluate(xpath, view)) {
            out.add(item.getStringValue());
        }
        return out;
    }

    private static XPathCompiler compiler() {
        XPathCompiler compiler = processor.newXPathCompiler();
        compiler.declareNamespace("d", NS);
        return compiler;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                if (file.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCompressedSize(file.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                out.putNextEntry(entry);
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
