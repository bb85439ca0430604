package nl.abro.checker.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import nl.abro.checker.document.TenderDocument.Attachment;
import nl.abro.checker.document.TenderDocument.Block;
import nl.abro.checker.document.TenderDocument.Comment;
import nl.abro.checker.document.TenderDocument.FormField;
import nl.abro.checker.document.TenderDocument.Heading;
import nl.abro.checker.document.TenderDocument.HiddenText;
import nl.abro.checker.document.TenderDocument.Paragraph;
import nl.abro.checker.document.TenderDocument.RequirementTable;
import nl.abro.checker.document.TenderDocument.Row;
import nl.abro.checker.document.TenderDocument.Script;
import nl.abro.checker.document.TenderDocument.TrackedChange;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Lays a {@link TenderDocument} out on A4 pages with PDFBox. The geometry is what the document loader
 * relies on: header lines in the top 5% of the page, footer lines in the bottom 5%, body text between
 * 80 pt from the top and 80 pt from the bottom, so the loader's 9% bands split them cleanly.
 */
final class TenderPdf {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float HEIGHT = A4.getHeight();
    static final float WIDTH = A4.getWidth();
    /** Baselines, measured from the top (header) or the bottom (footer) edge. */
    static final float MARKING_FROM_TOP = 30;
    static final float COPY_FROM_TOP = 41;
    static final float PAGE_NUMBER_FROM_BOTTOM = 25;
    static final float DURATION_FROM_BOTTOM = 36;
    static final float FOOTER_MARKING_FROM_BOTTOM = 47;
    static final float BODY_MARGIN = 80;
    static final float LEFT = 72;
    static final float RIGHT = WIDTH - 72;

    private static final float TEXT_SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final float TABLE_SIZE = 9.5f;
    private static final float[] COLUMNS = {LEFT, LEFT + 50, RIGHT - 70};

    private final TenderDocument spec;
    private final PDDocument pdf;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TenderPdf(TenderDocument spec, PDDocument pdf) {
        this.spec = spec;
        this.pdf = pdf;
    }

    /** The document in memory, for the caller to protect and save (and close). */
    static PDDocument build(TenderDocument spec) throws IOException {
        PDDocument pdf = new PDDocument();
        try {
            new TenderPdf(spec, pdf).layOut();
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    private void layOut() throws IOException {
        // A fixed id instead of one hashed from the clock, so the same spec gives the same bytes.
        pdf.setDocumentId(20260302L);
        metadata();
        int count = spec.pages().size();
        List<PDPage> pages = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            PDPage page = new PDPage(A4);
            pdf.addPage(page);
            pages.add(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                // Reading order, as word processors print: text extraction without sorting reads well.
                header(cs, n);
                body(cs, n);
                footer(cs, n);
            }
        }
        for (Comment c : spec.comments()) {
            comment(pages.get(c.page() - 1), c);
        }
        attachments();
        scripts();
        formFields(pages);
    }

    private void metadata() throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(spec.title());
        info.setSubject(spec.subject());
        info.setAuthor(spec.author());
        info.setCreator(spec.creatorTool());
        info.setProducer(TenderDocuments.PRODUCER);
        info.setCreationDate(calendar(spec.created()));
        info.setModificationDate(calendar(spec.modified()));
        // Word and LibreOffice write an XMP packet too; Tika reads both, so they say the same.
        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(xmp);
        pdf.getDocumentCatalog().setLanguage("nl-NL");
    }

    private String xmp() {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        String created = iso.format(spec.created().atOffset(ZoneOffset.UTC));
        String modified = iso.format(spec.modified().atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        if (spec.title() != null) {
            x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Xml.text(spec.title()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (spec.subject() != null) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Xml.text(spec.subject()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (spec.author() != null) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(Xml.text(spec.author()))
                    .append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (spec.creatorTool() != null) {
            x.append("<xmp:CreatorTool>").append(Xml.text(spec.creatorTool())).append("</xmp:CreatorTool>\n");
        }
        x.append("<xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(modified).append("</xmp:ModifyDate>\n")
                .append("<pdf:Producer>").append(TenderDocuments.PRODUCER).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private void header(PDPageContentStream cs, int n) throws IOException {
        String marking = spec.markingOf(n);
        if (marking != null) {
            centred(cs, bold, 11, HEIGHT - MARKING_FROM_TOP, marking);
        }
        if (spec.copyNumber() != null) {
            rightAligned(cs, regular, 8, HEIGHT - COPY_FROM_TOP, spec.copyNumber());
        }
    }

    private void footer(PDPageContentStream cs, int n) throws IOException {
        String number = spec.pageNumberOf(n);
        if (number != null) {
            centred(cs, regular, 9, PAGE_NUMBER_FROM_BOTTOM, number);
        }
        if (spec.duration() != null && spec.durationPlacement() == TenderDocument.DurationPlacement.FOOTER) {
            centred(cs, regular, 8, DURATION_FROM_BOTTOM, spec.duration());
        }
        String marking = spec.markingOf(n);
        if (spec.markingInFooter() && marking != null) {
            centred(cs, bold, 9, FOOTER_MARKING_FROM_BOTTOM, marking);
        }
    }

    /** The body, top down; a page whose content does not fit is a mistake in the spec, not a new page. */
    private void body(PDPageContentStream cs, int n) throws IOException {
        Cursor cursor = new Cursor(n);
        if (n == 1 && spec.duration() != null
                && spec.durationPlacement() == TenderDocument.DurationPlacement.FIRST_PAGE) {
            lines(cs, cursor, bold, TEXT_SIZE, spec.duration());
            cursor.y -= 6;
        }
        for (Block block : spec.pages().get(n - 1).blocks()) {
            if (block instanceof Heading h) {
                cursor.y -= h.level() == 1 ? 4 : 8;
                lines(cs, cursor, bold, h.level() == 1 ? 16 : 12.5f, h.text());
                cursor.y -= 4;
            } else if (block instanceof Paragraph p) {
                lines(cs, cursor, regular, TEXT_SIZE, p.text());
                cursor.y -= 6;
            } else if (block instanceof RequirementTable t) {
                table(cs, cursor, t);
                cursor.y -= 8;
            }
        }
        for (TrackedChange c : spec.trackedChanges()) {
            if (c.page() == n) {
                // A PDF is printed from the document as it reads now: the insertion is in, the deletion out.
                String accepted = c.before() + (c.kind() == TrackedChange.Kind.INSERTION ? c.text() : "") + c.after();
                lines(cs, cursor, regular, TEXT_SIZE, accepted.replaceAll(" {2,}", " "));
                cursor.y -= 6;
            }
        }
        for (HiddenText h : spec.hiddenTexts()) {
            if (h.page() == n) {
                cs.setRenderingMode(RenderingMode.NEITHER);
                lines(cs, cursor, regular, TEXT_SIZE, h.text());
                cs.setRenderingMode(RenderingMode.FILL);
            }
        }
    }

    private void table(PDPageContentStream cs, Cursor cursor, RequirementTable table) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(RequirementTable.HEADER);
        for (Row r : table.rows()) {
            rows.add(List.of(r.number(), r.description(), r.verdict()));
        }
        float descriptionWidth = COLUMNS[2] - COLUMNS[1] - 8;
        cs.setLineWidth(0.5f);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            PDFont font = i == 0 ? bold : regular;
            List<String> description = wrap(font, TABLE_SIZE, row.get(1), descriptionWidth);
            float height = description.size() * (TABLE_SIZE + 3) + 6;
            float top = cursor.y;
            cursor.require(height, "table row " + row.get(0));
            if (spec.ruledTables()) {
                rule(cs, top);
            }
            float baseline = top - 3 - TABLE_SIZE;
            text(cs, font, TABLE_SIZE, COLUMNS[0], baseline, row.get(0));
            for (int l = 0; l < description.size(); l++) {
                text(cs, font, TABLE_SIZE, COLUMNS[1], baseline - l * (TABLE_SIZE + 3), description.get(l));
            }
            text(cs, font, TABLE_SIZE, COLUMNS[2], baseline, row.get(2));
            cursor.y = top - height;
        }
        if (spec.ruledTables()) {
            rule(cs, cursor.y);
        }
    }

    private static void rule(PDPageContentStream cs, float y) throws IOException {
        cs.moveTo(LEFT, y);
        cs.lineTo(RIGHT, y);
        cs.stroke();
    }

    private void lines(PDPageContentStream cs, Cursor cursor, PDFont font, float size, String text)
            throws IOException {
        float leading = Math.max(LEADING, size * 1.3f);
        for (String line : wrap(font, size, text, RIGHT - LEFT)) {
            cursor.require(leading, line);
            text(cs, font, size, LEFT, cursor.y - size, line);
            cursor.y -= leading;
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float baseline, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private static void centred(PDPageContentStream cs, PDFont font, float size, float baseline, String s)
            throws IOException {
        text(cs, font, size, (WIDTH - width(font, size, s)) / 2, baseline, s);
    }

    private static void rightAligned(PDPageContentStream cs, PDFont font, float size, float baseline, String s)
            throws IOException {
        text(cs, font, size, RIGHT - width(font, size, s), baseline, s);
    }

    private static float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > max) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void comment(PDPage page, Comment c) throws IOException {
        PDAnnotationText note = new PDAnnotationText();
        // Acrobat and every viewer show /T as the note's author.
        note.setTitlePopup(c.author());
        note.setContents(c.text());
        note.setSubject("Opmerking");
        note.setName(PDAnnotationText.NAME_COMMENT);
        int index = (int) page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationText).count();
        float top = HEIGHT - BODY_MARGIN - index * 24;
        note.setRectangle(new PDRectangle(RIGHT + 8, top - 20, 20, 20));
        note.setCreationDate(calendar(c.date()));
        note.setModifiedDate(calendar(c.date()));
        note.setPrinted(false);
        note.setPage(page);
        note.constructAppearances(pdf);
        page.getAnnotations().add(note);
    }

    private void attachments() throws IOException {
        if (spec.attachments().isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        for (Attachment a : spec.attachments()) {
            byte[] content = a.content();
            PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(content));
            file.setSubtype(a.mediaType());
            file.setSize(content.length);
            file.setCreationDate(calendar(spec.created()));
            file.setModDate(calendar(spec.modified()));
            PDComplexFileSpecification fs = new PDComplexFileSpecification();
            fs.setFile(a.name());
            fs.setFileUnicode(a.name());
            fs.setEmbeddedFile(file);
            fs.setEmbeddedFileUnicode(file);
            files.put(a.name(), fs);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        names().setEmbeddedFiles(tree);
    }

    private void scripts() throws IOException {
        Map<String, PDActionJavaScript> named = new LinkedHashMap<>();
        for (Script s : spec.scripts()) {
            PDActionJavaScript action = new PDActionJavaScript(s.source());
            if (s.trigger() == Script.Trigger.OPEN_ACTION) {
                pdf.getDocumentCatalog().setOpenAction(action);
            } else {
                named.put(s.name(), action);
            }
        }
        if (!named.isEmpty()) {
            PDJavascriptNameTreeNode tree = new PDJavascriptNameTreeNode();
            tree.setNames(named);
            names().setJavascript(tree);
        }
    }

    private PDDocumentNameDictionary names() {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null) {
            names = new PDDocumentNameDictionary(catalog);
            catalog.setNames(names);
        }
        return names;
    }

    private void formFields(List<PDPage> pages) throws IOException {
        if (spec.formFields().isEmpty()) {
            return;
        }
        PDAcroForm form = new PDAcroForm(pdf);
        pdf.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(COSName.HELV, regular);
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        Map<Integer, Integer> perPage = new LinkedHashMap<>();
        for (FormField f : spec.formFields()) {
            PDPage page = pages.get(f.page() - 1);
            int index = perPage.merge(f.page(), 1, Integer::sum) - 1;
            PDTextField field = new PDTextField(form);
            field.setPartialName(f.name());
            field.setDefaultAppearance("/Helv 10 Tf 0 g");
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            // Just above the footer band, stacked upwards, so the field never covers body text's start.
            widget.setRectangle(new PDRectangle(LEFT, BODY_MARGIN + 16 + index * 24, 240, 18));
            widget.setPage(page);
            widget.setPrinted(true);
            page.getAnnotations().add(widget);
            field.setValue(f.value());
        }
    }

    static Calendar calendar(Instant instant) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    /** The next line's top edge on the page being written. */
    private static final class Cursor {
        private final int page;
        float y = HEIGHT - BODY_MARGIN;

        Cursor(int page) {
            this.page = page;
        }

        void require(float height, String what) {
            if (y - height < BODY_MARGIN) {
                throw new IllegalArgumentException("page " + page + " overflows its body at: " + what);
            }
        }
    }
}
