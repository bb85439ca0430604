package nl.abro.checker.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a generated tender document holds: metadata, the marking printed on its pages, its body page
 * by page, and the leaks a careless editor leaves behind. {@link TenderDocuments} writes it as PDF,
 * DOCX or ODT. {@link #clean(int)} is a document that should pass every marking and content rule;
 * tests derive defects from it with {@link #toBuilder()}.
 *
 * <p>Page numbers in this spec are 1-based. A PDF has exactly {@link #pages()} pages; DOCX and ODT
 * get a hard page break between them, so they have as many pages as long as a page's content fits,
 * which the default content does.
 */
public record TenderDocument(
        int tbbLevel,
        String title,
        String subject,
        String author,
        String lastEditor,
        String creatorTool,
        String template,
        Instant created,
        Instant modified,
        String marking,
        Map<Integer, String> markingOnPage,
        boolean firstPageWithoutMarking,
        boolean markingInFooter,
        boolean pageNumbers,
        Map<Integer, String> pageNumberOnPage,
        String copyNumber,
        String duration,
        DurationPlacement durationPlacement,
        boolean ruledTables,
        List<Page> pages,
        List<Comment> comments,
        List<TrackedChange> trackedChanges,
        List<HiddenText> hiddenTexts,
        List<Attachment> attachments,
        List<Script> scripts,
        List<FormField> formFields) {

    /** Fixed so the same spec gives the same bytes (where the format has no random parts). */
    public static final Instant CREATED = Instant.parse("2026-03-02T09:15:00Z");
    public static final Instant MODIFIED = Instant.parse("2026-03-09T16:40:00Z");
    public static final String TENDER = "Beheer Beveiligd Werkplekplatform Rijk (kenmerk 2026-BZK-0147)";

    public TenderDocument {
        if (tbbLevel < 1 || tbbLevel > 4) {
            throw new IllegalArgumentException("TBB level must be 1 to 4: " + tbbLevel);
        }
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(durationPlacement, "durationPlacement");
        markingOnPage = Map.copyOf(markingOnPage);
        pageNumberOnPage = Map.copyOf(pageNumberOnPage);
        pages = List.copyOf(pages);
        comments = List.copyOf(comments);
        trackedChanges = List.copyOf(trackedChanges);
        hiddenTexts = List.copyOf(hiddenTexts);
        attachments = List.copyOf(attachments);
        scripts = List.copyOf(scripts);
        formFields = List.copyOf(formFields);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one page");
        }
    }

    /** A clean security annex ("beveiligingsbijlage") for a tender at the given TBB level, 3 pages. */
    public static TenderDocument clean(int tbbLevel) {
        return new Builder(tbbLevel).build();
    }

    /** The marking that belongs to a TBB level (VIR-BI 2013 art. 4). */
    public static String markingFor(int tbbLevel) {
        return switch (tbbLevel) {
            case 1 -> "Stg. ZEER GEHEIM";
            case 2 -> "Stg. GEHEIM";
            case 3 -> "Stg. CONFIDENTIEEL";
            case 4 -> "Departementaal VERTROUWELIJK";
            default -> throw new IllegalArgumentException("TBB level must be 1 to 4: " + tbbLevel);
        };
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The header marking of a page (1-based), or null when that page has none. */
    public String markingOf(int page) {
        String override = markingOnPage.get(page);
        if (override != null) {
            return override.isEmpty() ? null : override;
        }
        if (page == 1 && firstPageWithoutMarking) {
            return null;
        }
        return marking;
    }

    /** The footer page-number line of a page (1-based), or null when that page has none. */
    public String pageNumberOf(int page) {
        String override = pageNumberOnPage.get(page);
        if (override != null) {
            return override.isEmpty() ? null : override;
        }
        return pageNumbers ? pageNumberText(page, pages.size()) : null;
    }

    public static String pageNumberText(int page, int of) {
        return "Pagina " + page + " van " + of;
    }

    public enum DurationPlacement {
        /** On every page, above the page number. */
        FOOTER,
        /** Once, as the first line of the body on page 1. */
        FIRST_PAGE
    }

    public record Page(List<Block> blocks) {
        public Page {
            blocks = List.copyOf(blocks);
        }

        public static Page of(Block... blocks) {
            return new Page(List.of(blocks));
        }
    }

    public sealed interface Block permits Heading, Paragraph, RequirementTable {
    }

    public record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level 1 or 2: " + level);
            }
        }
    }

    public record Paragraph(String text) implements Block {
    }

    /** Rows of requirement number, our short description and the verdict; a header row is added. */
    public record RequirementTable(List<Row> rows) implements Block {
        public RequirementTable {
            rows = List.copyOf(rows);
        }

        public static final List<String> HEADER = List.of("Nr.", "Eis", "Oordeel");
    }

    public record Row(String number, String description, String verdict) {
        public static final String VOLDOET = "voldoet";
        public static final String VOLDOET_NIET = "voldoet niet";
        public static final String NVT = "n.v.t.";
    }

    /** A reviewer's remark; in DOCX and ODT anchored on the first paragraph of its page. */
    public record Comment(String author, Instant date, String text, int page) {
    }

    /**
     * A change still marked as tracked: its own paragraph {@code before + text + after} on its page. A
     * PDF shows the accepted result (an insertion's text, no deleted text), as a printed PDF would.
     */
    public record TrackedChange(Kind kind, String author, Instant date, String text, String before,
                                String after, int page) {
        public enum Kind { INSERTION, DELETION }
    }

    /** A paragraph nobody sees on screen or paper, at the end of its page. */
    public record HiddenText(String text, int page) {
    }

    public record Attachment(String name, String mediaType, byte[] content) {
        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** PDF only: document-level JavaScript, run when the file opens or kept in the names tree. */
    public record Script(Trigger trigger, String name, String source) {
        public enum Trigger { OPEN_ACTION, NAMED }
    }

    /** PDF only: an AcroForm text field with a value, on its page. */
    public record FormField(String name, String value, int page) {
    }

    public static final class Builder {
        private int tbbLevel;
        private String title;
        private String subject;
        private String author = "M. Jansen";
        private String lastEditor = "P. Bakker";
        private String creatorTool = "Microsoft Office Word";
        private String template = "Beveiligingsbijlage ABRO 2026.dotx";
        private Instant created = CREATED;
        private Instant modified = MODIFIED;
        private String marking;
        private final Map<Integer, String> markingOnPage = new LinkedHashMap<>();
        private boolean firstPageWithoutMarking;
        private boolean markingInFooter;
        private boolean pageNumbers = true;
        private final Map<Integer, String> pageNumberOnPage = new LinkedHashMap<>();
        private String copyNumber;
        private String duration = "Rubricering vervalt op 31-12-2036";
        private DurationPlacement durationPlacement = DurationPlacement.FOOTER;
        private boolean ruledTables = true;
        private List<Page> pages;
        private final List<Comment> comments = new ArrayList<>();
        private final List<TrackedChange> trackedChanges = new ArrayList<>();
        private final List<HiddenText> hiddenTexts = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<Script> scripts = new ArrayList<>();
        private final List<FormField> formFields = new ArrayList<>();

        private Builder(int tbbLevel) {
            this.tbbLevel = tbbLevel;
            this.marking = markingFor(tbbLevel);
            this.title = "Beveiligingsbijlage " + TENDER;
            this.subject = "Bijzondere Opdracht, TBB " + tbbLevel;
            // VIR-BI asks for copy numbers from Stg. CONFIDENTIEEL up, i.e. TBB 1 to 3.
            this.copyNumber = tbbLevel <= 3 ? "Exemplaar 2 van 5" : null;
            this.pages = AnnexText.pages(tbbLevel, 3);
        }

        private Builder(TenderDocument d) {
            tbbLevel = d.tbbLevel;
            title = d.title;
            subject = d.subject;
            author = d.author;
            lastEditor = d.lastEditor;
            creatorTool = d.creatorTool;
            template = d.template;
            created = d.created;
            modified = d.modified;
            marking = d.marking;
            markingOnPage.putAll(d.markingOnPage);
            firstPageWithoutMarking = d.firstPageWithoutMarking;
            markingInFooter = d.markingInFooter;
            pageNumbers = d.pageNumbers;
            pageNumberOnPage.putAll(d.pageNumberOnPage);
            copyNumber = d.copyNumber;
            duration = d.duration;
            durationPlacement = d.durationPlacement;
            ruledTables = d.ruledTables;
            pages = d.pages;
            comments.addAll(d.comments);
            trackedChanges.addAll(d.trackedChanges);
            hiddenTexts.addAll(d.hiddenTexts);
            attachments.addAll(d.attachments);
            scripts.addAll(d.scripts);
            formFields.addAll(d.formFields);
        }

        /** Changes the level the body text states; the marking and copy number stay as they are. */
        public Builder tbbLevel(int level) {
            tbbLevel = level;
            pages = AnnexText.pages(level, pages.size());
            return this;
        }

        public Builder title(String v) { title = v; return this; }
        public Builder subject(String v) { subject = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder lastEditor(String v) { lastEditor = v; return this; }
        public Builder creatorTool(String v) { creatorTool = v; return this; }
        public Builder template(String v) { template = v; return this; }
        public Builder created(Instant v) { created = v; return this; }
        public Builder modified(Instant v) { modified = v; return this; }

        /** The header marking of every page; null for none. */
        public Builder marking(String v) { marking = v; return this; }

        /** PDF: this page's header shows another marking. */
        public Builder markingOnPage(int page, String v) {
            markingOnPage.put(page, Objects.requireNonNull(v));
            return this;
        }

        /** PDF: this page's header has no marking. */
        public Builder noMarkingOnPage(int page) { markingOnPage.put(page, ""); return this; }

        /** All formats: page 1 has a header of its own without the marking (DOCX titlePg, ODT master page). */
        public Builder firstPageWithoutMarking(boolean v) { firstPageWithoutMarking = v; return this; }

        /** The marking is printed at the foot of each page as well, as many ministries do. */
        public Builder markingInFooter(boolean v) { markingInFooter = v; return this; }

        /** "Pagina x van y" in the footer. */
        public Builder pageNumbers(boolean v) { pageNumbers = v; return this; }

        /** PDF: this page's footer shows this text instead of its page number ("Pagina 3 van 4"). */
        public Builder pageNumberOnPage(int page, String v) {
            pageNumberOnPage.put(page, Objects.requireNonNull(v));
            return this;
        }

        /** PDF: this page's footer has no page number. */
        public Builder noPageNumberOnPage(int page) { pageNumberOnPage.put(page, ""); return this; }

        /** "Exemplaar 2 van 5" in the header; null for none. */
        public Builder copyNumber(String v) { copyNumber = v; return this; }

        /** "Rubricering vervalt op 31-12-2036"; null for none. */
        public Builder duration(String v) { duration = v; return this; }

        public Builder durationPlacement(DurationPlacement v) { durationPlacement = v; return this; }

        /** PDF: rule lines around the requirement table rows. */
        public Builder ruledTables(boolean v) { ruledTables = v; return this; }

        /** The standard annex text stretched to this many pages: a long document that reads like one. */
        public Builder pages(int count) {
            pages = AnnexText.pages(tbbLevel, count);
            return this;
        }

        public Builder pages(List<Page> v) { pages = List.copyOf(v); return this; }

        /** Adds a block at the end of a page (1-based). */
        public Builder addToPage(int page, Block block) {
            List<Page> copy = new ArrayList<>(pages);
            List<Block> blocks = new ArrayList<>(copy.get(page - 1).blocks());
            blocks.add(block);
            copy.set(page - 1, new Page(blocks));
            pages = copy;
            return this;
        }

        public Builder comment(String author, String text) { return comment(author, text, 1); }

        public Builder comment(String author, String text, int page) {
            comments.add(new Comment(author, modified, text, page));
            return this;
        }

        /** A tracked insertion on page 1, in the sentence "Beveiligingsincidenten meldt ... ". */
        public Builder insertion(String author, String text) {
            trackedChanges.add(new TrackedChange(TrackedChange.Kind.INSERTION, author, modified, text,
                    AnnexText.CHANGE_BEFORE, AnnexText.CHANGE_AFTER, 1));
            return this;
        }

        /** A tracked deletion on page 1, in the sentence "Beveiligingsincidenten meldt ... ". */
        public Builder deletion(String author, String text) {
            trackedChanges.add(new TrackedChange(TrackedChange.Kind.DELETION, author, modified, text,
                    AnnexText.CHANGE_BEFORE, AnnexText.CHANGE_AFTER, 1));
            return this;
        }

        public Builder trackedChange(TrackedChange v) { trackedChanges.add(v); return this; }

        public Builder hiddenText(String text) { return hiddenText(text, 1); }

        public Builder hiddenText(String text, int page) {
            hiddenTexts.add(new HiddenText(text, page));
            return this;
        }

        public Builder attachment(String name, String mediaType, byte[] content) {
            attachments.add(new Attachment(name, mediaType, content));
            return this;
        }

        /** PDF: JavaScript run when the document opens (the catalog's OpenAction). */
        public Builder javaScript(String source) {
            scripts.add(new Script(Script.Trigger.OPEN_ACTION, null, source));
            return this;
        }

        /** PDF: JavaScript in the document's names tree (Names/JavaScript), run by viewers on open. */
        public Builder namedJavaScript(String name, String source) {
            scripts.add(new Script(Script.Trigger.NAMED, name, source));
            return this;
        }

        public Builder formField(String name, String value) { return formField(name, value, 1); }

        public Builder formField(String name, String value, int page) {
            formFields.add(new FormField(name, value, page));
            return this;
        }

        public TenderDocument build() {
            return new TenderDocument(tbbLevel, title, subject, author, lastEditor, creatorTool, template,
                    created, modified, marking, markingOnPage, firstPageWithoutMarking, markingInFooter,
                    pageNumbers, pageNumberOnPage, copyNumber, duration, durationPlacement, ruledTables, pages,
                    comments, trackedChanges, hiddenTexts, attachments, scripts, formFields);
        }
    }
}
