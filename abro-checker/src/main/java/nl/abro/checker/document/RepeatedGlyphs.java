package nl.abro.checker.document;

import java.util.Arrays;

/**
 * Finds the glyphs a page draws twice on (nearly) the same spot. Fake bold and shadowed text print
 * each glyph again a fraction of its width away, and the text must read once: "Stg. GEHEIM", not
 * "SSttgg..  GGEEHHEEIIMM". The test is PDFBox's own (a glyph repeats an earlier glyph of the page
 * with the same text whose position differs by less than a third of the glyph's width, in x and in
 * y, the interval closed below and open above), but PDFBox keeps it in tree maps of boxed floats per
 * character, which took half the time of extracting a page's text; here the page is a grid of
 * cells, each with the list of its glyphs.
 */
final class RepeatedGlyphs {
    /** The smallest cell, in points: a glyph's tolerance seldom reaches beyond its neighbour cells. */
    private static final float MIN_CELL = 8;
    /** At most this many cells a side: a huge page gets larger cells. */
    private static final int MAX_SIDE = 512;

    /** 1 / the cell's side: glyphs are many, and a multiplication is much cheaper than a division. */
    private float perCell = 1 / MIN_CELL;
    private int columns = 1;
    private int rows = 1;
    /** Per cell, its newest glyph + 1 (0: none). */
    private int[] heads = new int[1];
    /** The glyphs: x and y side by side, their texts, and the previous glyph of the same cell + 1. */
    private float[] positions = new float[2 * 1024];
    private String[] texts = new String[1024];
    private int[] previous = new int[1024];
    private int size;

    /**
     * Forgets the glyphs seen: call at the start of each page, with its size as glyphs are placed
     * on it (glyphs off the page are still found, in the cells at its edge).
     */
    void startPage(float width, float height) {
        Arrays.fill(texts, 0, size, null);
        size = 0;
        float side = Math.max(finite(width), finite(height));
        float cell = Math.max(MIN_CELL, side / MAX_SIDE);
        perCell = 1 / cell;
        columns = Math.min(MAX_SIDE, (int) (finite(width) / cell) + 1);
        rows = Math.min(MAX_SIDE, (int) (finite(height) / cell) + 1);
        if (heads.length < columns * rows) {
            heads = new int[columns * rows];
        } else {
            Arrays.fill(heads, 0, columns * rows, 0);
        }
    }

    /**
     * Whether a glyph with this text at (x, y), this wide, repeats one seen on this page; if not, it
     * is remembered.
     */
    boolean repeats(String text, float x, float y, float width) {
        // As PDFBox computes it, to the last bit (width / 1 is width: one division for most glyphs).
        int length = text.length();
        float tolerance = (length == 1 ? width : width / length) / 3f;
        if (Float.isNaN(x) || Float.isNaN(y) || !(tolerance >= 0)) {
            return false; // nothing is near it, and it is near nothing
        }
        float minX = x - tolerance;
        float maxX = x + tolerance;
        float minY = y - tolerance;
        float maxY = y + tolerance;
        int fromColumn = column(minX);
        int toColumn = column(maxX);
        int fromRow = row(minY);
        int toRow = row(maxY);
        if ((toColumn - fromColumn + 1) * (toRow - fromRow + 1) > size) {
            // A tolerance that spans more cells than the page has glyphs (a glyph without text has an
            // infinite one): look at each glyph instead.
            for (int i = 0; i < size; i++) {
                if (near(i, text, minX, maxX, minY, maxY)) {
                    return true;
                }
            }
        } else {
            for (int c = fromColumn; c <= toColumn; c++) {
                for (int r = fromRow; r <= toRow; r++) {
                    for (int i = heads[c * rows + r] - 1; i >= 0; i = previous[i] - 1) {
                        if (near(i, text, minX, maxX, minY, maxY)) {
                            return true;
                        }
                    }
                }
            }
        }
        add(text, x, y);
        return false;
    }

    private boolean near(int i, String text, float minX, float maxX, float minY, float maxY) {
        float x = positions[2 * i];
        float y = positions[2 * i + 1];
        return x >= minX && x < maxX && y >= minY && y < maxY && texts[i].equals(text);
    }

    private void add(String text, float x, float y) {
        if (size == texts.length) {
            int capacity = size * 2;
            positions = Arrays.copyOf(positions, 2 * capacity);
            texts = Arrays.copyOf(texts, capacity);
            previous = Arrays.copyOf(previous, capacity);
        }
        int index = column(x) * rows + row(y);
        positions[2 * size] = x;
        positions[2 * size + 1] = y;
        texts[size] = text;
        previous[size] = heads[index];
        heads[index] = ++size;
    }

    private int column(float x) {
        return clamp(x * perCell, columns);
    }

    private int row(float y) {
        return clamp(y * perCell, rows);
    }

    /** The cell of a scaled coordinate; those off the page (and the infinities) go to the edge cells. */
    private static int clamp(float scaled, int cells) {
        if (scaled < 0) {
            return 0;
        }
        return scaled >= cells ? cells - 1 : (int) scaled;
    }

    private static float finite(float size) {
        return size > 0 && size < 1e6f ? size : MIN_CELL;
    }
}
