package nl.abro.checker.document;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.xml.UnreadableDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.text.TextPosition;
import org.xml.sax.SAXException;

/**
 * The view of a PDF, read with PDFBox. Tika's PDF text does not say where on the page a line
 * stands, and a PDF has no header or footer structure: the marking and page numbers of a tender
 * document are simply printed in the top and bottom bands. So the text is stripped here, sorted
 * by position, and each line is placed in the page's header, body or footer by where it stands;
 * scripts, attachments, form fields, comments and invisible text are read from the PDF's objects.
 */
final class PdfView {
    /** The share of the page height, at the top and at the bottom, that counts as header and footer. */
    static final double BAND = 0.09;
    private static final int MAX_SCRIPT = 1000;

    private final Processor processor;
    private final long maxCharacters;

    PdfView(Processor processor, long maxCharacters) {
        this.processor = processor;
        this.maxCharacters = maxCharacters;
    }

    XdmNode read(byte[] bytes, String mediaType) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return view(pdf, mediaType);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("versleuteld: het document vraagt een wachtwoord om te openen",
                    "encrypted: the document needs a password to open");
        } catch (IOException e) {
            throw new UnreadableDocumentException("geen leesbare PDF: " + Reasons.oneLine(e), "not a readable PDF: " + Reasons.oneLine(e));
        } catch (ViewWriter.TooMuchTextException e) {
            throw new UnreadableDocumentException("te groot: " + e.getMessage().replace("more than", "meer dan").replace("characters of text", "tekens tekst"),
                    "too large: " + e.getMessage());
        } catch (SAXException | SaxonApiException e) {
            throw new IllegalStateException("the PDF view could not be built", e);
        }
    }

    private XdmNode view(PDDocument pdf, String mediaType) throws IOException, SAXException, SaxonApiException,
            ViewWriter.TooMuchTextException {
        List<Fact> facts = new ArrayList<>();
        facts.add(encryption(pdf));
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        // PDFBox makes a new PDPage for every look-up; the page's dictionary is the stable identity.
        Map<COSDictionary, Integer> pageNumbers = new java.util.IdentityHashMap<>();
        int number = 0;
        for (PDPage page : pdf.getPages()) {
            pageNumbers.put(page.getCOSObject(), ++number);
        }
        documentFacts(catalog, pageNumbers, facts);

        PageStripper stripper = new PageStripper();
        stripper.setSortByPosition(true);
        stripper.getText(pdf);
        for (PageText page : stripper.pages) {
            if (!page.hidden.isEmpty()) {
                facts.add(Fact.of("hidden-text", page.hidden.toString(), "page", page.number));
            }
        }
        for (PDPage page : pdf.getPages()) {
            pageFacts(page, pageNumbers.get(page.getCOSObject()), facts);
        }
        facts.sort(Comparator.comparingInt(f -> Fact.KINDS.indexOf(f.kind())));

        ViewWriter view = new ViewWriter(processor, maxCharacters);
        view.start("document").attribute("format", "pdf").attribute("media-type", mediaType)
                .attribute("paged", "true").attribute("pages", pdf.getNumberOfPages());
        metadata(view, pdf.getDocumentInformation(), catalog);
        view.start("facts");
        for (Fact fact : facts) {
            view.start(fact.kind());
            for (var attribute : fact.attributes().entrySet()) {
                view.attribute(attribute.getKey(), attribute.getValue());
            }
            view.text(fact.text()).end();
        }
        view.end();
        for (PageText page : stripper.pages) {
            view.start("page").attribute("number", page.number);
            lines(view, "header", page.header);
            view.start("body");
            for (String line : page.body) {
                view.element("line", line);
            }
            view.end();
            lines(view, "footer", page.footer);
            view.end();
        }
        view.end();
        return view.finish();
    }

    private static void lines(ViewWriter view, String name, List<String> lines) throws SAXException,
            ViewWriter.TooMuchTextException {
        if (lines.stream().allMatch(l -> ViewWriter.normalise(l).isEmpty())) {
            return;
        }
        view.start(name);
        for (String line : lines) {
            view.element("line", line);
        }
        view.end();
    }

    private static void metadata(ViewWriter view, PDDocumentInformation info, PDDocumentCatalog catalog)
            throws SAXException, ViewWriter.TooMuchTextException {
        view.start("metadata");
        view.element("title", info.getTitle());
        view.element("subject", info.getSubject());
        view.element("keywords", info.getKeywords());
        view.element("author", info.getAuthor());
        view.element("creator-tool", info.getCreator());
        view.element("producer", info.getProducer());
        view.element("created", iso(info.getCreationDate()));
        view.element("modified", iso(info.getModificationDate()));
        view.element("language", catalog.getLanguage());
        view.end();
    }

    static String iso(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(calendar.toInstant().atZone(calendar.getTimeZone().toZoneId()));
    }

    private static Fact encryption(PDDocument pdf) {
        if (!pdf.isEncrypted()) {
            return Fact.of("encryption", null, "encrypted", "false");
        }
        PDEncryption encryption = pdf.getEncryption();
        String method = null;
        if (encryption != null) {
            var filter = encryption.getStdCryptFilterDictionary();
            COSName cfm = filter == null ? null : filter.getCryptFilterMethod();
            boolean aes = cfm != null && (cfm.getName().startsWith("AESV"));
            int bits = aes && "AESV3".equals(cfm.getName()) ? 256 : aes ? 128 : encryption.getLength();
            method = (aes ? "AES-" : "RC4-") + bits;
        }
        return Fact.of("encryption", null, "encrypted", "true", "method", method);
    }

    private static void documentFacts(PDDocumentCatalog catalog, Map<COSDictionary, Integer> pageNumbers,
                                      List<Fact> facts)
            throws IOException {
        try {
            script(catalog.getOpenAction() instanceof PDAction action ? action : null, "document", null, facts);
        } catch (IOException e) {
            // A broken open action is not a script; the rest of the document is still read.
        }
        var actions = catalog.getActions();
        if (actions != null) {
            for (PDAction action : new PDAction[] {actions.getWC(), actions.getWS(), actions.getDS(), actions.getWP(), actions.getDP()}) {
                script(action, "document", null, facts);
            }
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names != null) {
            PDJavascriptNameTreeNode scripts = names.getJavaScript();
            if (scripts != null) {
                for (var entry : flatten(scripts).entrySet()) {
                    script(entry.getValue(), "named", null, facts);
                }
            }
            PDEmbeddedFilesNameTreeNode files = names.getEmbeddedFiles();
            if (files != null) {
                for (var entry : flatten(files).entrySet()) {
                    facts.add(embedded(entry.getValue(), entry.getKey(), null));
                }
            }
        }
        PDAcroForm form = catalog.getAcroForm(null);
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (!(field instanceof PDTerminalField terminal)) {
                    continue;
                }
                Integer page = null;
                for (PDAnnotationWidget widget : terminal.getWidgets()) {
                    if (widget.getPage() != null && pageNumbers.containsKey(widget.getPage().getCOSObject())) {
                        page = pageNumbers.get(widget.getPage().getCOSObject());
                        break;
                    }
                }
                facts.add(Fact.of("form-field", terminal.getValueAsString(), "name", terminal.getFullyQualifiedName(),
                        "type", terminal.getFieldType(), "page", page));
                var fieldActions = terminal.getActions();
                if (fieldActions != null) {
                    for (PDAction action : new PDAction[] {fieldActions.getK(), fieldActions.getF(), fieldActions.getV(), fieldActions.getC()}) {
                        script(action, "form-field", page, facts);
                    }
                }
            }
        }
    }

    private static <T extends org.apache.pdfbox.pdmodel.common.COSObjectable> Map<String, T> flatten(PDNameTreeNode<T> node)
            throws IOException {
        Map<String, T> all = new LinkedHashMap<>();
        flatten(node, all, 0);
        return all;
    }

    private static <T extends org.apache.pdfbox.pdmodel.common.COSObjectable> void flatten(PDNameTreeNode<T> node, Map<String, T> all,
                                                                                    int depth) throws IOException {
        if (depth > 32) {
            return; // a name tree that deep is a loop or an attack
        }
        Map<String, T> names = node.getNames();
        if (names != null) {
            all.putAll(names);
        }
        List<PDNameTreeNode<T>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<T> kid : kids) {
                flatten(kid, all, depth + 1);
            }
        }
    }

    private static void pageFacts(PDPage page, int number, List<Fact> facts) throws IOException {
        var actions = page.getActions();
        if (actions != null) {
            script(actions.getO(), "page", number, facts);
            script(actions.getC(), "page", number, facts);
        }
        List<PDAnnotation> annotations;
        try {
            annotations = page.getAnnotations();
        } catch (IOException e) {
            return;
        }
        for (PDAnnotation annotation : annotations) {
            if (annotation instanceof PDAnnotationFileAttachment attachment) {
                facts.add(embedded(attachment.getFile(), null, number));
            } else if (annotation instanceof PDAnnotationMarkup markup) {
                String text = markup.getContents();
                if (text != null && !text.isBlank()) {
                    facts.add(Fact.of("comment", text, "author", markup.getTitlePopup(),
                            "date", iso(markup.getCreationDate()), "page", number));
                }
            } else if (annotation instanceof PDAnnotationLink link) {
                script(link.getAction(), "annotation", number, facts);
            } else if (annotation instanceof PDAnnotationWidget widget) {
                script(widget.getAction(), "form-field", number, facts);
                var widgetActions = widget.getActions();
                if (widgetActions != null) {
                    for (PDAction action : new PDAction[] {widgetActions.getE(), widgetActions.getX(), widgetActions.getD(),
                            widgetActions.getU(), widgetActions.getFo(), widgetActions.getBl(), widgetActions.getPO(),
                            widgetActions.getPC(), widgetActions.getPV(), widgetActions.getPI()}) {
                        script(action, "form-field", number, facts);
                    }
                }
            }
        }
    }

    private static void script(PDAction action, String trigger, Integer page, List<Fact> facts) {
        if (action instanceof PDActionJavaScript javaScript) {
            String code = javaScript.getAction();
            code = code == null ? "" : code;
            facts.add(Fact.of("javascript", code.length() > MAX_SCRIPT ? code.substring(0, MAX_SCRIPT) : code,
                    "trigger", trigger, "page", page));
        }
    }

    private static Fact embedded(PDFileSpecification specification, String name, Integer page) throws IOException {
        Long size = null;
        String type = null;
        String file = name;
        if (specification instanceof PDComplexFileSpecification complex) {
            file = complex.getFilename() != null ? complex.getFilename() : name;
            PDEmbeddedFile embedded = complex.getEmbeddedFile();
            if (embedded != null) {
                size = embedded.getSize() > 0 ? (long) embedded.getSize() : (long) embedded.getLength();
                type = embedded.getSubtype();
            }
        } else if (specification != null) {
            file = specification.getFile();
        }
        return Fact.of("embedded-file", null, "name", file, "media-type", type, "size", size, "page", page);
    }

    /** The text of one page, sorted into its bands. */
    private static final class PageText {
        final int number;
        final List<String> header = new ArrayList<>();
        final List<String> body = new ArrayList<>();
        final List<String> footer = new ArrayList<>();
        final StringBuilder hidden = new StringBuilder();

        PageText(int number) {
            this.number = number;
        }
    }

    /** Collects each page's lines with the height at which they stand, and sets invisible text apart. */
    private final class PageStripper extends DeduplicatingStripper {
        final List<PageText> pages = new ArrayList<>();
        private PageText current;
        private final StringBuilder line = new StringBuilder();
        private float lineTop = -1;
        private TextPosition lastHidden;
        private long characters;

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            current = new PageText(getCurrentPageNo());
            line.setLength(0);
            lineTop = -1;
            lastHidden = null;
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            pages.add(current);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
                if (lastHidden != null && (Math.abs(lastHidden.getYDirAdj() - text.getYDirAdj()) > 1
                        || text.getXDirAdj() - (lastHidden.getXDirAdj() + lastHidden.getWidthDirAdj()) > text.getWidthOfSpace() * 0.5f)) {
                    current.hidden.append(' ');
                }
                current.hidden.append(text.getUnicode());
                lastHidden = text;
                return;
            }
            super.processTextPosition(text);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (lineTop < 0 && !positions.isEmpty()) {
                lineTop = positions.get(0).getYDirAdj();
            }
            line.append(text);
            characters += text.length();
            if (characters > maxCharacters) {
                throw new IOException("more than " + maxCharacters + " characters of text");
            }
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        private void flush() {
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                // getYDirAdj is the baseline's distance from the top of the page.
                float height = pageHeight();
                if (lineTop >= 0 && lineTop <= height * BAND) {
                    current.header.add(text);
                } else if (lineTop >= height * (1 - BAND)) {
                    current.footer.add(text);
                } else {
                    current.body.add(text);
                }
            }
            line.setLength(0);
            lineTop = -1;
        }
    }
}
