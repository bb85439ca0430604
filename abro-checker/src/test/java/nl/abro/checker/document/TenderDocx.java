package nl.abro.checker.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import nl.abro.checker.document.TenderDocument.Attachment;
import nl.abro.checker.document.TenderDocument.Block;
import nl.abro.checker.document.TenderDocument.Comment;
import nl.abro.checker.document.TenderDocument.Heading;
import nl.abro.checker.document.TenderDocument.HiddenText;
import nl.abro.checker.document.TenderDocument.Paragraph;
import nl.abro.checker.document.TenderDocument.RequirementTable;
import nl.abro.checker.document.TenderDocument.Row;
import nl.abro.checker.document.TenderDocument.TrackedChange;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link TenderDocument} as a Word document with POI: real section headers and footers
 * (PAGE and NUMPAGES fields with a saved result), real tables, comments in comments.xml, w:ins and
 * w:del runs, w:vanish, and attachments as embedded package parts.
 */
final class TenderDocx {

    /** A4 with 2.5 cm margins, in twentieths of a point; the table columns fill the text width. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1418;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final int[] COLUMN_WIDTHS = {1134, TEXT_WIDTH - 1134 - 1418, 1418};

    private final TenderDocument spec;
    private final XWPFDocument docx = new XWPFDocument();
    private XWPFComments comments;
    /** Word numbers comments and revisions from one sequence; so do we. */
    private long nextId = 1;

    private TenderDocx(TenderDocument spec) {
        this.spec = spec;
    }

    static void write(TenderDocument spec, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        TenderDocx writer = new TenderDocx(spec);
        try (XWPFDocument docx = writer.docx) {
            writer.compose();
            docx.write(raw);
        }
        // POI stamps each zip entry with the clock; rewriting the package makes the bytes repeatable.
        Zips.normalise(raw.toByteArray(), out);
    }

    private void compose() throws IOException {
        properties();
        styles();
        headersAndFooters();
        List<TenderDocument.Page> pages = spec.pages();
        for (int n = 1; n <= pages.size(); n++) {
            page(n, pages.get(n - 1));
        }
        attachments();
    }

    private void properties() {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(spec.title());
        core.setSubjectProperty(spec.subject());
        core.setCreator(spec.author());
        core.setLastModifiedByUser(spec.lastEditor());
        core.setCreated(Optional.of(Date.from(spec.created())));
        core.setModified(Optional.of(Date.from(spec.modified())));
        core.setRevision("4");
        var app = docx.getProperties().getExtendedProperties().getUnderlyingProperties();
        if (spec.template() != null) {
            app.setTemplate(spec.template());
        }
        if (spec.creatorTool() != null) {
            app.setApplication(spec.creatorTool());
        }
        app.setAppVersion("16.0000");
        app.setPages(spec.pages().size());
        app.setCompany("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties");
    }

    /** Heading styles under Word's own ids and names, so readers (Tika: h1, h2) recognise them. */
    private void styles() {
        XWPFStyles styles = docx.createStyles();
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            var rPr = style.addNewRPr();
            rPr.addNewB();
            rPr.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : 26));
            styles.addStyle(new XWPFStyle(style, styles));
        }
    }

    private void headersAndFooters() {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        // Without a page size Word assumes US Letter; Dutch government documents are A4.
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        header(policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT), spec.marking());
        footer(policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT), spec.marking());
        if (spec.firstPageWithoutMarking()) {
            // Word shows the "first" header and footer on page 1 only when the section says titlePg.
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
            header(policy.createHeader(XWPFHeaderFooterPolicy.FIRST), null);
            footer(policy.createFooter(XWPFHeaderFooterPolicy.FIRST), null);
        }
    }

    private void header(XWPFHeaderFooter header, String marking) {
        List<XWPFParagraph> lines = new ArrayList<>();
        if (marking != null) {
            lines.add(line(header.createParagraph(), marking, ParagraphAlignment.CENTER, true));
        }
        if (spec.copyNumber() != null) {
            lines.add(line(header.createParagraph(), spec.copyNumber(), ParagraphAlignment.RIGHT, false));
        }
        if (lines.isEmpty()) {
            header.createParagraph();
        }
    }

    private void footer(XWPFHeaderFooter footer, String marking) {
        boolean any = false;
        if (spec.markingInFooter() && marking != null) {
            line(footer.createParagraph(), marking, ParagraphAlignment.CENTER, true);
            any = true;
        }
        if (spec.duration() != null && spec.durationPlacement() == TenderDocument.DurationPlacement.FOOTER) {
            line(footer.createParagraph(), spec.duration(), ParagraphAlignment.CENTER, false);
            any = true;
        }
        if (spec.pageNumbers()) {
            XWPFParagraph p = footer.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().setText("Pagina ");
            // The saved result is what a reader sees without laying the document out: page 1 of n.
            field(p, "PAGE", "1");
            p.createRun().setText(" van ");
            field(p, "NUMPAGES", Integer.toString(spec.pages().size()));
            any = true;
        }
        if (!any) {
            footer.createParagraph();
        }
    }

    private static XWPFParagraph line(XWPFParagraph p, String text, ParagraphAlignment alignment, boolean bold) {
        p.setAlignment(alignment);
        XWPFRun r = p.createRun();
        if (bold) {
            r.setBold(true);
        }
        r.setText(text);
        return p;
    }

    private static void field(XWPFParagraph p, String instruction, String result) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = p.createRun().getCTR().addNewInstrText();
        instr.setStringValue(" " + instruction + " \\* MERGEFORMAT ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(result);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void page(int n, TenderDocument.Page page) {
        boolean first = true;
        boolean commented = false;
        List<Comment> onPage = spec.comments().stream().filter(c -> c.page() == n).toList();
        if (n == 1 && spec.duration() != null
                && spec.durationPlacement() == TenderDocument.DurationPlacement.FIRST_PAGE) {
            line(docx.createParagraph(), spec.duration(), ParagraphAlignment.LEFT, true);
            first = false;
        }
        for (Block block : page.blocks()) {
            boolean breakBefore = first && n > 1;
            first = false;
            if (block instanceof Heading h) {
                XWPFParagraph p = docx.createParagraph();
                p.setStyle("Heading" + h.level());
                if (breakBefore) {
                    p.setPageBreak(true);
                }
                p.createRun().setText(h.text());
            } else if (block instanceof Paragraph text) {
                XWPFParagraph p = docx.createParagraph();
                if (breakBefore) {
                    p.setPageBreak(true);
                }
                if (!commented && !onPage.isEmpty()) {
                    commentedText(p, text.text(), onPage);
                    commented = true;
                } else {
                    p.createRun().setText(text.text());
                }
            } else if (block instanceof RequirementTable t) {
                if (breakBefore) {
                    // A table cannot start a page by itself: Word's own way is a page-break paragraph.
                    docx.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
                }
                table(t);
            }
        }
        if (!commented && !onPage.isEmpty()) {
            commentedText(docx.createParagraph(), "", onPage);
        }
        for (TrackedChange c : spec.trackedChanges()) {
            if (c.page() == n) {
                trackedChange(c);
            }
        }
        for (HiddenText h : spec.hiddenTexts()) {
            if (h.page() == n) {
                XWPFParagraph p = docx.createParagraph();
                // Hiding the paragraph mark too, so not even an empty line shows.
                p.getCTP().addNewPPr().addNewRPr().addNewVanish();
                XWPFRun r = p.createRun();
                r.setVanish(true);
                r.setText(h.text());
            }
        }
    }

    private void table(RequirementTable t) {
        XWPFTable table = docx.createTable(t.rows().size() + 1, 3);
        // Word needs the grid to lay the table out; without widths the columns come out as narrow as POI's.
        CTTbl ct = table.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        for (int w : COLUMN_WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(TEXT_WIDTH);
        fill(table.getRow(0), RequirementTable.HEADER, true);
        for (int i = 0; i < t.rows().size(); i++) {
            Row r = t.rows().get(i);
            fill(table.getRow(i + 1), List.of(r.number(), r.description(), r.verdict()), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            row.getCell(c).setWidth(Integer.toString(COLUMN_WIDTHS[c]));
            XWPFRun r = row.getCell(c).getParagraphs().get(0).createRun();
            if (bold) {
                r.setBold(true);
            }
            r.setText(cells.get(c));
        }
    }

    private void commentedText(XWPFParagraph p, String text, List<Comment> onPage) {
        if (comments == null) {
            comments = docx.createComments();
        }
        CTP ctp = p.getCTP();
        List<BigInteger> ids = new ArrayList<>();
        for (Comment c : onPage) {
            BigInteger id = BigInteger.valueOf(nextId++);
            ids.add(id);
            XWPFComment comment = comments.createComment(id);
            comment.setAuthor(c.author());
            comment.setInitials(initials(c.author()));
            comment.setDate(TenderPdf.calendar(c.date()));
            comment.createParagraph().createRun().setText(c.text());
            ctp.addNewCommentRangeStart().setId(id);
        }
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        for (BigInteger id : ids) {
            ctp.addNewCommentRangeEnd().setId(id);
        }
        for (BigInteger id : ids) {
            ctp.addNewR().addNewCommentReference().setId(id);
        }
    }

    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[ .]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                b.append(part.charAt(0));
            }
        }
        return b.toString();
    }

    private void trackedChange(TrackedChange c) {
        XWPFParagraph p = docx.createParagraph();
        p.createRun().setText(c.before());
        CTRunTrackChange change = c.kind() == TrackedChange.Kind.INSERTION
                ? p.getCTP().addNewIns() : p.getCTP().addNewDel();
        change.setId(BigInteger.valueOf(nextId++));
        change.setAuthor(c.author());
        change.setDate(TenderPdf.calendar(c.date()));
        CTR run = change.addNewR();
        CTText t = c.kind() == TrackedChange.Kind.INSERTION ? run.addNewT() : run.addNewDelText();
        t.setStringValue(c.text());
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().setText(c.after());
    }

    /**
     * Each attachment becomes a package part under word/embeddings with Word's "package" relationship,
     * referenced from an embedded-object run at the end of the body, as Word stores an inserted file.
     */
    private void attachments() throws IOException {
        int i = 1;
        for (Attachment a : spec.attachments()) {
            try {
                PackagePartName name = PackagingURIHelper.createPartName(
                        "/word/embeddings/" + a.name().replaceAll("[^A-Za-z0-9._-]", "_"));
                PackagePart part = docx.getPackage().createPart(name, a.mediaType());
                try (OutputStream os = part.getOutputStream()) {
                    os.write(a.content());
                }
                PackageRelationship rel = docx.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                        POIXMLDocument.PACK_OBJECT_REL_TYPE);
                String run = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                        + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<w:object><o:OLEObject Type=\"Embed\" ProgID=\"" + progId(a) + "\" ShapeID=\"_x0000_i10"
                        + (24 + i) + "\" DrawAspect=\"Icon\" ObjectID=\"_17" + (10000000 + i) + "\" r:id=\""
                        + rel.getId() + "\"/></w:object></w:r>";
                docx.createParagraph().getCTP().addNewR().set(CTR.Factory.parse(run));
                i++;
            } catch (InvalidFormatException | XmlException e) {
                throw new IOException("cannot embed " + a.name(), e);
            }
        }
    }

    private static String progId(Attachment a) {
        return switch (a.mediaType()) {
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "Excel.Sheet.12";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word.Document.12";
            default -> "Package";
        };
    }
}
