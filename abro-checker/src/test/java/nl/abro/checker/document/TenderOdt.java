package nl.abro.checker.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

import nl.abro.checker.document.TenderDocument.Attachment;
import nl.abro.checker.document.TenderDocument.Block;
import nl.abro.checker.document.TenderDocument.Comment;
import nl.abro.checker.document.TenderDocument.Heading;
import nl.abro.checker.document.TenderDocument.HiddenText;
import nl.abro.checker.document.TenderDocument.Paragraph;
import nl.abro.checker.document.TenderDocument.RequirementTable;
import nl.abro.checker.document.TenderDocument.Row;
import nl.abro.checker.document.TenderDocument.TrackedChange;

/**
 * Writes a {@link TenderDocument} as an OpenDocument text package by hand (there is no ODF writer on
 * the classpath): mimetype first and stored, manifest, content, styles with the master pages that
 * hold the header and footer, and meta. The XML is what LibreOffice writes for the same features,
 * reduced to what a reader needs.
 */
final class TenderOdt {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " office:version=\"1.3\"";
    private static final String FIRST_MASTER = "First_20_Page";

    private final TenderDocument spec;
    /** Automatic paragraph and table styles made on demand: page breaks and the first-page master. */
    private final Map<String, String> automaticStyles = new LinkedHashMap<>();
    private final List<String> objects = new ArrayList<>();

    private TenderOdt(TenderDocument spec) {
        this.spec = spec;
    }

    static void write(TenderDocument spec, OutputStream out) throws IOException {
        new TenderOdt(spec).writePackage(out);
    }

    private void writePackage(OutputStream out) throws IOException {
        String content = content();
        try (ZipOutputStream zip = new ZipOutputStream(Zips.NonClosing.of(out))) {
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            zip.putNextEntry(Zips.stored("mimetype", mimetype));
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "content.xml", content);
            put(zip, "styles.xml", styles());
            put(zip, "meta.xml", meta());
            for (int i = 0; i < spec.attachments().size(); i++) {
                zip.putNextEntry(Zips.entry(objects.get(i)));
                zip.write(spec.attachments().get(i).content());
                zip.closeEntry();
            }
            put(zip, "META-INF/manifest.xml", manifest());
        }
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(Zips.entry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private String manifest() {
        StringBuilder m = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"")
                .append(" manifest:version=\"1.3\">\n")
                .append(" <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"")
                .append(MEDIA_TYPE).append("\"/>\n");
        for (String part : List.of("content.xml", "styles.xml", "meta.xml")) {
            m.append(" <manifest:file-entry manifest:full-path=\"").append(part)
                    .append("\" manifest:media-type=\"text/xml\"/>\n");
        }
        for (int i = 0; i < objects.size(); i++) {
            m.append(" <manifest:file-entry manifest:full-path=\"").append(Xml.text(objects.get(i)))
                    .append("\" manifest:media-type=\"").append(Xml.text(spec.attachments().get(i).mediaType()))
                    .append("\"/>\n");
        }
        return m.append("</manifest:manifest>\n").toString();
    }

    private String meta() {
        StringBuilder m = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-meta").append(NS).append("><office:meta>\n");
        element(m, "meta:generator", spec.creatorTool());
        element(m, "dc:title", spec.title());
        element(m, "dc:subject", spec.subject());
        // In ODF dc:creator is whoever saved last; the author is meta:initial-creator.
        element(m, "meta:initial-creator", spec.author());
        element(m, "dc:creator", spec.lastEditor());
        element(m, "meta:creation-date", date(spec.created()));
        element(m, "dc:date", date(spec.modified()));
        element(m, "dc:language", "nl-NL");
        element(m, "meta:editing-cycles", "4");
        if (spec.template() != null) {
            m.append("<meta:template xlink:type=\"simple\" xlink:actuate=\"onRequest\" xlink:title=\"")
                    .append(Xml.text(spec.template())).append("\" xlink:href=\"../Sjablonen/")
                    .append(Xml.text(spec.template().replace(" ", "%20"))).append("\"/>\n");
        }
        long tables = spec.pages().stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof RequirementTable).count();
        m.append("<meta:document-statistic meta:page-count=\"").append(spec.pages().size())
                .append("\" meta:table-count=\"").append(tables).append("\" meta:object-count=\"")
                .append(spec.attachments().size()).append("\"/>\n");
        return m.append("</office:meta></office:document-meta>\n").toString();
    }

    private static void element(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append('<').append(name).append('>').append(Xml.text(value)).append("</").append(name).append(">\n");
        }
    }

    /** ODF stores local date-times without a zone, as LibreOffice does; we store UTC. */
    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private String styles() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-styles").append(NS).append(">\n<office:styles>\n")
                .append("<style:default-style style:family=\"paragraph\"><style:text-properties")
                .append(" fo:font-size=\"10.5pt\" fo:language=\"nl\" fo:country=\"NL\"/></style:default-style>\n")
                .append("<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\">")
                .append("<style:paragraph-properties fo:margin-bottom=\"0.2cm\"/></style:style>\n");
        for (int level = 1; level <= 2; level++) {
            s.append("<style:style style:name=\"Heading_20_").append(level).append("\" style:display-name=\"Heading ")
                    .append(level).append("\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"")
                    .append(" style:next-style-name=\"Standard\" style:default-outline-level=\"").append(level)
                    .append("\" style:class=\"text\"><style:text-properties fo:font-size=\"")
                    .append(level == 1 ? "16pt" : "13pt").append("\" fo:font-weight=\"bold\"/></style:style>\n");
        }
        for (String name : List.of("Header", "Footer")) {
            s.append("<style:style style:name=\"").append(name).append("\" style:family=\"paragraph\"")
                    .append(" style:parent-style-name=\"Standard\" style:class=\"extra\">")
                    .append("<style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"0cm\"/>")
                    .append("<style:text-properties fo:font-size=\"9pt\"/></style:style>\n");
        }
        s.append("</office:styles>\n<office:automatic-styles>\n")
                .append("<style:style style:name=\"MP_Marking\" style:family=\"paragraph\" style:parent-style-name=\"Header\">")
                .append("<style:text-properties fo:font-size=\"11pt\" fo:font-weight=\"bold\"/></style:style>\n")
                .append("<style:style style:name=\"MP_Copy\" style:family=\"paragraph\" style:parent-style-name=\"Header\">")
                .append("<style:paragraph-properties fo:text-align=\"end\"/></style:style>\n")
                .append("<style:page-layout style:name=\"A4\"><style:page-layout-properties fo:page-width=\"21.001cm\"")
                .append(" fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\" fo:margin-top=\"1cm\"")
                .append(" fo:margin-bottom=\"1cm\" fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"/>")
                .append("<style:header-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-bottom=\"1cm\"/></style:header-style>")
                .append("<style:footer-style><style:header-footer-properties fo:min-height=\"0cm\" fo:margin-top=\"1cm\"/></style:footer-style>")
                .append("</style:page-layout>\n</office:automatic-styles>\n<office:master-styles>\n");
        masterPage(s, "Standard", null, spec.marking());
        if (spec.firstPageWithoutMarking()) {
            masterPage(s, FIRST_MASTER, "Standard", null);
        }
        return s.append("</office:master-styles>\n</office:document-styles>\n").toString();
    }

    private void masterPage(StringBuilder s, String name, String next, String marking) {
        s.append("<style:master-page style:name=\"").append(name).append("\" style:page-layout-name=\"A4\"");
        if (next != null) {
            s.append(" style:display-name=\"First Page\" style:next-style-name=\"").append(next).append('"');
        }
        s.append(">\n<style:header>");
        boolean empty = true;
        if (marking != null) {
            s.append("<text:p text:style-name=\"MP_Marking\">").append(Xml.text(marking)).append("</text:p>");
            empty = false;
        }
        if (spec.copyNumber() != null) {
            s.append("<text:p text:style-name=\"MP_Copy\">").append(Xml.text(spec.copyNumber())).append("</text:p>");
            empty = false;
        }
        if (empty) {
            s.append("<text:p text:style-name=\"Header\"/>");
        }
        s.append("</style:header>\n<style:footer>");
        empty = true;
        if (spec.markingInFooter() && marking != null) {
            s.append("<text:p text:style-name=\"MP_Marking\">").append(Xml.text(marking)).append("</text:p>");
            empty = false;
        }
        if (spec.duration() != null && spec.durationPlacement() == TenderDocument.DurationPlacement.FOOTER) {
            s.append("<text:p text:style-name=\"Footer\">").append(Xml.text(spec.duration())).append("</text:p>");
            empty = false;
        }
        if (spec.pageNumbers()) {
            // The fields hold the value last shown, as LibreOffice saves them: page 1 of n.
            s.append("<text:p text:style-name=\"Footer\">Pagina <text:page-number text:select-page=\"current\">1")
                    .append("</text:page-number> van <text:page-count>").append(spec.pages().size())
                    .append("</text:page-count></text:p>");
            empty = false;
        }
        if (empty) {
            s.append("<text:p text:style-name=\"Footer\"/>");
        }
        s.append("</style:footer>\n</style:master-page>\n");
    }

    private String content() {
        StringBuilder body = new StringBuilder();
        trackedChangeRegions(body);
        for (int n = 1; n <= spec.pages().size(); n++) {
            final int page = n;
            List<Comment> onPage = spec.comments().stream().filter(c -> c.page() == page).toList();
            boolean first = true;
            boolean commented = false;
            if (n == 1 && spec.duration() != null
                    && spec.durationPlacement() == TenderDocument.DurationPlacement.FIRST_PAGE) {
                body.append("<text:p text:style-name=\"").append(paragraphStyle("Standard", false, true))
                        .append("\"><text:span text:style-name=\"Bold\">").append(Xml.text(spec.duration()))
                        .append("</text:span></text:p>\n");
                first = false;
            }
            for (Block block : spec.pages().get(n - 1).blocks()) {
                boolean breakBefore = first && n > 1;
                boolean firstMaster = first && n == 1;
                first = false;
                if (block instanceof Heading h) {
                    body.append("<text:h text:style-name=\"")
                            .append(paragraphStyle("Heading_20_" + h.level(), breakBefore, firstMaster))
                            .append("\" text:outline-level=\"").append(h.level()).append("\">")
                            .append(Xml.text(h.text())).append("</text:h>\n");
                } else if (block instanceof Paragraph p) {
                    body.append("<text:p text:style-name=\"")
                            .append(paragraphStyle("Standard", breakBefore, firstMaster)).append("\">");
                    if (!commented && !onPage.isEmpty()) {
                        annotated(body, p.text(), onPage);
                        commented = true;
                    } else {
                        body.append(Xml.text(p.text()));
                    }
                    body.append("</text:p>\n");
                } else if (block instanceof RequirementTable t) {
                    table(body, t, tableStyle(breakBefore, firstMaster));
                }
            }
            if (!commented && !onPage.isEmpty()) {
                body.append("<text:p text:style-name=\"Standard\">");
                annotated(body, "", onPage);
                body.append("</text:p>\n");
            }
            for (int i = 0; i < spec.trackedChanges().size(); i++) {
                TrackedChange c = spec.trackedChanges().get(i);
                if (c.page() == n) {
                    trackedChange(body, c, "ct" + (i + 1));
                }
            }
            for (HiddenText h : spec.hiddenTexts()) {
                if (h.page() == n) {
                    body.append("<text:p text:style-name=\"HiddenParagraph\"><text:span text:style-name=\"Hidden\">")
                            .append(Xml.text(h.text())).append("</text:span></text:p>\n");
                }
            }
        }
        attachments(body);

        StringBuilder c = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<office:document-content").append(NS).append(">\n<office:automatic-styles>\n")
                .append("<style:style style:name=\"Bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>\n")
                // Character formatting "hidden", as LibreOffice writes it (Format > Character > Hidden).
                .append("<style:style style:name=\"Hidden\" style:family=\"text\"><style:text-properties text:display=\"none\"/></style:style>\n")
                .append("<style:style style:name=\"HiddenParagraph\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">")
                .append("<style:text-properties text:display=\"none\"/></style:style>\n")
                .append("<style:style style:name=\"Requirements.A\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"2cm\"/></style:style>\n")
                .append("<style:style style:name=\"Requirements.B\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"11cm\"/></style:style>\n")
                .append("<style:style style:name=\"Requirements.C\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"3cm\"/></style:style>\n")
                .append("<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #000000\"/></style:style>\n");
        automaticStyles.values().forEach(c::append);
        return c.append("</office:automatic-styles>\n<office:body>\n<office:text>\n")
                .append(body)
                .append("</office:text>\n</office:body>\n</office:document-content>\n")
                .toString();
    }

    /** A paragraph style that starts a new page or puts page 1 on the first-page master, else its parent. */
    private String paragraphStyle(String parent, boolean breakBefore, boolean firstMaster) {
        boolean master = firstMaster && spec.firstPageWithoutMarking();
        if (!breakBefore && !master) {
            return parent;
        }
        String name = parent + (breakBefore ? "_Break" : "_First");
        automaticStyles.computeIfAbsent(name, k -> "<style:style style:name=\"" + k
                + "\" style:family=\"paragraph\" style:parent-style-name=\"" + parent + "\""
                + (master ? " style:master-page-name=\"" + FIRST_MASTER + "\"" : "") + ">"
                + (breakBefore ? "<style:paragraph-properties fo:break-before=\"page\"/>" : "")
                + "</style:style>\n");
        return name;
    }

    private String tableStyle(boolean breakBefore, boolean firstMaster) {
        boolean master = firstMaster && spec.firstPageWithoutMarking();
        String name = "Requirements" + (breakBefore ? "_Break" : master ? "_First" : "");
        automaticStyles.computeIfAbsent(name, k -> "<style:style style:name=\"" + k + "\" style:family=\"table\""
                + (master ? " style:master-page-name=\"" + FIRST_MASTER + "\"" : "") + ">"
                + "<style:table-properties style:width=\"16cm\" table:align=\"margins\""
                + (breakBefore ? " fo:break-before=\"page\"" : "") + "/></style:style>\n");
        return name;
    }

    private static void table(StringBuilder b, RequirementTable t, String style) {
        b.append("<table:table table:name=\"Eisen\" table:style-name=\"").append(style).append("\">")
                .append("<table:table-column table:style-name=\"Requirements.A\"/>")
                .append("<table:table-column table:style-name=\"Requirements.B\"/>")
                .append("<table:table-column table:style-name=\"Requirements.C\"/>\n");
        b.append("<table:table-header-rows>");
        row(b, RequirementTable.HEADER);
        b.append("</table:table-header-rows>\n");
        for (Row r : t.rows()) {
            row(b, List.of(r.number(), r.description(), r.verdict()));
        }
        b.append("</table:table>\n");
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append("<table:table-row>");
        for (String cell : cells) {
            b.append("<table:table-cell table:style-name=\"Cell\" office:value-type=\"string\"><text:p>")
                    .append(Xml.text(cell)).append("</text:p></table:table-cell>");
        }
        b.append("</table:table-row>\n");
    }

    private static void annotated(StringBuilder b, String text, List<Comment> comments) {
        int i = 0;
        for (Comment c : comments) {
            b.append("<office:annotation office:name=\"__Annotation__").append(c.page()).append('_').append(i++)
                    .append("\"><dc:creator>").append(Xml.text(c.author())).append("</dc:creator><dc:date>")
                    .append(date(c.date())).append("</dc:date><text:p>").append(Xml.text(c.text()))
                    .append("</text:p></office:annotation>");
        }
        b.append(Xml.text(text));
        i = 0;
        for (Comment c : comments) {
            b.append("<office:annotation-end office:name=\"__Annotation__").append(c.page()).append('_')
                    .append(i++).append("\"/>");
        }
    }

    /** The change log goes first in office:text; the text marks where each change sits. */
    private void trackedChangeRegions(StringBuilder b) {
        if (spec.trackedChanges().isEmpty()) {
            return;
        }
        b.append("<text:tracked-changes text:track-changes=\"true\">\n");
        int i = 0;
        for (TrackedChange c : spec.trackedChanges()) {
            i++;
            String kind = c.kind() == TrackedChange.Kind.INSERTION ? "text:insertion" : "text:deletion";
            b.append("<text:changed-region xml:id=\"ct").append(i).append("\" text:id=\"ct").append(i).append("\">")
                    .append('<').append(kind).append("><office:change-info><dc:creator>").append(Xml.text(c.author()))
                    .append("</dc:creator><dc:date>").append(date(c.date())).append("</dc:date></office:change-info>");
            if (c.kind() == TrackedChange.Kind.DELETION) {
                b.append("<text:p>").append(Xml.text(c.text())).append("</text:p>");
            }
            b.append("</").append(kind).append("></text:changed-region>\n");
        }
        b.append("</text:tracked-changes>\n");
    }

    private static void trackedChange(StringBuilder b, TrackedChange c, String id) {
        b.append("<text:p text:style-name=\"Standard\">").append(Xml.text(c.before()));
        if (c.kind() == TrackedChange.Kind.INSERTION) {
            b.append("<text:change-start text:change-id=\"").append(id).append("\"/>").append(Xml.text(c.text()))
                    .append("<text:change-end text:change-id=\"").append(id).append("\"/>");
            b.append(Xml.text(c.after()));
        } else {
            b.append("<text:change text:change-id=\"").append(id).append("\"/>");
            // ODF folds a space after a space, across the change mark too; text:s keeps the deleted
            // text from running into the next word when the change is shown.
            String after = c.after();
            if (c.before().endsWith(" ") && after.startsWith(" ")) {
                b.append("<text:s/>");
                after = after.substring(1);
            }
            b.append(Xml.text(after));
        }
        b.append("</text:p>\n");
    }

    /** Each attachment is an embedded object ("Object N") in the package, shown as a frame named after it. */
    private void attachments(StringBuilder b) {
        int i = 1;
        for (Attachment a : spec.attachments()) {
            String path = "Object " + i++;
            objects.add(path);
            b.append("<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"").append(Xml.text(a.name()))
                    .append("\" text:anchor-type=\"as-char\" svg:width=\"2cm\" svg:height=\"2cm\">")
                    .append("<draw:object-ole xlink:href=\"./").append(path)
                    .append("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>")
                    .append("</draw:frame></text:p>\n");
        }
    }
}
