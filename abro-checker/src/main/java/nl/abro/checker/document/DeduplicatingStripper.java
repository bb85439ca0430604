package nl.abro.checker.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, leaving out glyphs printed twice on the same spot with {@link RepeatedGlyphs}
 * instead of PDFBox's own test ({@code suppressDuplicateOverlappingText}): the same text in half the time.
 */
class DeduplicatingStripper extends PDFTextStripper {
    private final RepeatedGlyphs repeated = new RepeatedGlyphs();
    /** Whether each open marked-content sequence has an ActualText, as PDFBox tracks it. */
    private final Deque<Boolean> actualTexts = new ArrayDeque<>();
    private boolean inActualText;
    private float pageHeight;

    DeduplicatingStripper() {
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        // Glyphs are placed on the crop box, turned by the page's rotation.
        PDRectangle box = page.getCropBox();
        int rotation = page.getRotation() % 360;
        boolean turned = rotation == 90 || rotation == 270;
        float pageWidth = turned ? box.getHeight() : box.getWidth();
        pageHeight = turned ? box.getWidth() : box.getHeight();
        repeated.startPage(pageWidth, pageHeight);
        super.startPage(page);
    }

    /** The height of the current page as its glyphs are placed: the crop box, turned. */
    protected final float pageHeight() {
        return pageHeight;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        // PDFBox keeps repeats within an ActualText, whose first glyph carries the whole text.
        inActualText = PDMarkedContent.create(tag, properties).getActualText() != null;
        actualTexts.push(inActualText);
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!actualTexts.isEmpty() && actualTexts.pop()) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!inActualText && repeated.repeats(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
            return;
        }
        super.processTextPosition(text);
    }
}
