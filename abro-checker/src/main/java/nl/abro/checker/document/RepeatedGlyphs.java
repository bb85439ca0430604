package nl.abro.checker.document;

import java.util.Arrays;

/**
 * Finds the glyphs a page draws twice on (nearly) the same spot. Fake bold and shadowed text print
 * each glyph again a fraction of its width away, and the text must read once: "Stg. GEHEIM", not
 * "SSttgg..  GGEEHHEEIIMM". The test is PDFBox's own (a glyph repeats an earlier glyph of the page
 * with the same text whose position differs by less than a third of the glyph's width, in x and in
 * y, the interval closed below and open above), but PDFBox keeps it in tree maps of boxed floats per
 * character, which took half the time of extracting a page's text; here it is a hash grid.
 */
final class RepeatedGlyphs {
    /** Grid cells of this many points; a glyph is compared with the glyphs of the cells its tolerance reaches. */
    private static final float CELL = 8;
    /**
     * A glyph with a larger tolerance (wider than 72 points), no tolerance (NaN: no width) or a place
     * far off any page is compared with all the page's glyphs, as PDFBox would.
     */
    private static final float MAX_TOLERANCE = 3 * CELL;
    private static final float MAX_COORDINATE = 1_000_000;

    /** Open addressing, two longs a slot: the cell's key, and its newest glyph + 1 (0: a free slot). */
    private long[] table = new long[2 * 1024];
    /** The slots in use, to free them for the next page. */
    private int[] used = new int[512];
    private int cells;

    /** The glyphs: x and y side by side, their texts, and the previous glyph of the same cell + 1. */
    private float[] positions = new float[2 * 1024];
    private String[] texts = new String[1024];
    private int[] previous = new int[1024];
    private int size;

    /** Forgets the glyphs seen: call at the start of each page. */
    void clear() {
        for (int i = 0; i < cells; i++) {
            table[2 * used[i] + 1] = 0;
        }
        cells = 0;
        Arrays.fill(texts, 0, size, null);
        size = 0;
    }

    /**
     * Whether a glyph with this text at (x, y), this wide, repeats one seen on this page; if not, it
     * is remembered.
     */
    boolean repeats(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3f;
        float minX = x - tolerance;
        float maxX = x + tolerance;
        float minY = y - tolerance;
        float maxY = y + tolerance;
        if (!(tolerance >= 0 && tolerance < MAX_TOLERANCE && Math.abs(x) < MAX_COORDINATE && Math.abs(y) < MAX_COORDINATE)) {
            for (int i = 0; i < size; i++) {
                if (near(i, text, minX, maxX, minY, maxY)) {
                    return true;
                }
            }
        } else {
            int toX = cell(maxX);
            int toY = cell(maxY);
            for (int cx = cell(minX); cx <= toX; cx++) {
                for (int cy = cell(minY); cy <= toY; cy++) {
                    for (int i = (int) table[find(key(cx, cy)) + 1] - 1; i >= 0; i = previous[i] - 1) {
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
        if (4 * (cells + 1) > table.length) {
            rehash();
        }
        int slot = find(key(cell(x), cell(y)));
        if (table[slot + 1] == 0) {
            if (cells == used.length) {
                used = Arrays.copyOf(used, 2 * cells);
            }
            used[cells++] = slot / 2;
            table[slot] = key(cell(x), cell(y));
        }
        positions[2 * size] = x;
        positions[2 * size + 1] = y;
        texts[size] = text;
        previous[size] = (int) table[slot + 1];
        table[slot + 1] = ++size;
    }

    /** The index in the table of the slot holding the key, or of the free slot where it goes. */
    private int find(long key) {
        int slots = table.length / 2;
        int slot = (int) mix(key) & (slots - 1);
        while (table[2 * slot + 1] != 0 && table[2 * slot] != key) {
            slot = (slot + 1) & (slots - 1);
        }
        return 2 * slot;
    }

    /** Doubles the table (whose half is in use). */
    private void rehash() {
        long[] old = table;
        table = new long[2 * old.length];
        for (int i = 0; i < cells; i++) {
            int slot = find(old[2 * used[i]]);
            table[slot] = old[2 * used[i]];
            table[slot + 1] = old[2 * used[i] + 1];
            used[i] = slot / 2;
        }
    }

    private static int cell(float coordinate) {
        // Math.floor, without its cost (NaN becomes cell 0, and very large values the extreme cells:
        // they are never looked up).
        float scaled = coordinate * (1 / CELL);
        int cell = (int) scaled;
        return scaled < cell ? cell - 1 : cell;
    }

    /** MurmurHash3's finaliser: neighbouring cells go to slots far apart. */
    private static long mix(long key) {
        long h = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
