package nl.abro.checker.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import nl.abro.checker.check.DocumentLoader;
import nl.abro.checker.xml.HardenedSaxon;
import nl.abro.checker.xml.Schemas;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Fake bold and shadowed text read once, by the same test PDFBox uses for it (DeduplicatingStripper, RepeatedGlyphs). */
class RepeatedGlyphsTest {
    private static final float TOP = PDRectangle.A4.getHeight();

    @Test
    @Timeout(10)
    void aGlyphRepeatsAnEarlierOneWithTheSameTextWithinAThirdOfItsWidth() {
        RepeatedGlyphs glyphs = new RepeatedGlyphs();
        glyphs.startPage(595, 842);
        assertThat(glyphs.repeats("a", 10, 10, 6)).isFalse();
        assertThat(glyphs.repeats("a", 11.9f, 10.5f, 6)).as("within 2 points").isTrue();
        assertThat(glyphs.repeats("b", 10, 10, 6)).as("other text").isFalse();
        assertThat(glyphs.repeats("a", 12, 10, 6)).as("the interval is closed below: 10 is in [10, 14)").isTrue();
        assertThat(glyphs.repeats("c", 20, 20, 6)).isFalse();
        assertThat(glyphs.repeats("c", 18, 20, 6)).as("and open above: 20 is not in [16, 20)").isFalse();
        assertThat(glyphs.repeats("ff", 40, 40, 12)).isFalse();
        assertThat(glyphs.repeats("ff", 41.9f, 40, 12)).as("a ligature's width is shared by its letters").isTrue();
        assertThat(glyphs.repeats("ff", 42.1f, 40, 12)).isFalse();
        glyphs.startPage(842, 595);
        assertThat(glyphs.repeats("a", 10, 10, 6)).as("a new page").isFalse();
    }

    @Test
    @Timeout(10)
    void glyphsAreFoundAcrossCellsOffThePageAndFarApartWhenTheyAreWide() {
        RepeatedGlyphs glyphs = new RepeatedGlyphs();
        glyphs.startPage(595, 842);
        assertThat(glyphs.repeats("x", 7.9f, 7.9f, 3)).isFalse();
        assertThat(glyphs.repeats("x", 8.1f, 8.1f, 3)).as("in the next cell").isTrue();
        assertThat(glyphs.repeats("x", 3.9f, 3.9f, 3)).isFalse();
        assertThat(glyphs.repeats("x", 4.1f, 4.1f, 3)).isTrue();
        assertThat(glyphs.repeats("x", -4.1f, -4.1f, 3)).isFalse();
        assertThat(glyphs.repeats("x", -3.9f, -3.9f, 3)).isTrue();
        assertThat(glyphs.repeats("x", 2000, 3000, 3)).as("off the page").isFalse();
        assertThat(glyphs.repeats("x", 2000.5f, 3000.5f, 3)).isTrue();
        assertThat(glyphs.repeats("W", 100, 500, 300)).isFalse();
        assertThat(glyphs.repeats("W", 180, 560, 300)).as("100 points of tolerance").isTrue();
        assertThat(glyphs.repeats("W", 250, 500, 300)).isFalse();
        for (int i = 0; i < 5_000; i++) {
            assertThat(glyphs.repeats("e", 5 * (i % 100), 12 * (i / 100) + 1000, 5)).isFalse();
        }
        assertThat(glyphs.repeats("e", 5 * 42 + 1, 12 * 7 + 1000, 5)).isTrue();
        assertThat(glyphs.repeats("e", Float.NaN, 0, 5)).isFalse();
        assertThat(glyphs.repeats("", 0, 0, 5)).as("PDFBox's tolerance for no text is infinite").isFalse();
        assertThat(glyphs.repeats("", 300, 300, 5)).isTrue();
        assertThat(glyphs.repeats("z", 1e30f, 1e30f, 5)).isFalse();
        assertThat(glyphs.repeats("z", 1e30f, 1e30f, 5)).as("[1e30 - 1.7, 1e30 + 1.7) is empty in floats, for PDFBox too").isFalse();
        assertThat(glyphs.repeats("z", Float.NEGATIVE_INFINITY, 0, 5)).isFalse();
        assertThat(glyphs.repeats("z", 2e9f, 0, 1e9f)).isFalse();
        assertThat(glyphs.repeats("z", 2.1e9f, 0, 1e9f)).isTrue();
    }

    @Test
    void fakeBoldAndShadowedTextReadOnceInTheView() throws Exception {
        Processor processor = HardenedSaxon.newProcessor();
        XdmNode view = new DocumentLoader(processor, Schemas.bundled())
                .load("annex.pdf", new DocumentLoader.Read(overprinted(), "sha")).view();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("d", "urn:nl:abro:document:1");
        List<String> header = xpath.evaluate("//d:page[1]/d:header/d:line", view).stream().map(XdmItem::getStringValue).toList();
        List<String> body = xpath.evaluate("//d:page[1]/d:body/d:line", view).stream().map(XdmItem::getStringValue).toList();
        assertThat(header).containsExactly("Stg. CONFIDENTIEEL");
        // The S within the ActualText is kept, as PDFBox keeps it: it carries the text "Stg. C".
        assertThat(body).containsExactly("Beveiligingsbijlage", "Maastricht aan de Maas, 22 november 2026", "SStg. C", "Departementaal");
    }

    @Test
    void theTextIsWhatPdfBoxsOwnTestLeaves() throws Exception {
        for (byte[] pdf : List.of(overprinted(), TenderDocuments.pdf(TenderDocument.clean(2).toBuilder().pages(12).build()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper pdfBox = new PDFTextStripper();
                pdfBox.setSortByPosition(true);
                assertThat(pdfBox.getSuppressDuplicateOverlappingText()).isTrue();
                String expected = pdfBox.getText(document);
                DeduplicatingStripper ours = new DeduplicatingStripper();
                ours.setSortByPosition(true);
                assertThat(ours.getSuppressDuplicateOverlappingText()).isFalse();
                assertThat(ours.getText(document)).isEqualTo(expected);
            }
        }
    }

    /**
     * A page with a fake bold header (the marking printed twice, 0.4 points apart), a shadowed
     * heading, a line with doubled letters that are no repeats, and a glyph printed again within an
     * ActualText, which PDFBox keeps (it carries the text).
     */
    private static byte[] overprinted() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                text(cs, bold, 11, 240, TOP - 30, "Stg. CONFIDENTIEEL");
                text(cs, bold, 11, 240.4f, TOP - 30, "Stg. CONFIDENTIEEL");
                text(cs, bold, 14, 72, TOP - 120, "Beveiligingsbijlage");
                text(cs, bold, 14, 72.8f, TOP - 120.8f, "Beveiligingsbijlage");
                text(cs, regular, 10.5f, 72, TOP - 150, "Maastricht aan de Maas, 22 november 2026");
                COSDictionary actual = new COSDictionary();
                actual.setItem(COSName.ACTUAL_TEXT, new COSString("Stg. C"));
                text(cs, regular, 10.5f, 72, TOP - 170, "S");
                cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(actual));
                text(cs, regular, 10.5f, 72.2f, TOP - 170, "S");
                cs.endMarkedContent();
                text(cs, regular, 10.5f, 72, TOP - 190, "Departementaal");
                text(cs, regular, 10.5f, 72.3f, TOP - 190, "Departementaal");
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
