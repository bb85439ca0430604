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
    private static final float CELL = 4;
    /** Beyond this many cells in x or y (glyphs wider than some 24 cells), the page's glyphs are all compared. */
    private static final int MAX_CELLS = 6;

    private long[] keys = new long[1024];
    private int[] heads = new int[1024];
    private int[] stamps = new int[1024];
    private int stamp = 1;
    private int cells;

    private float[] xs = new float[1024];
    private float[] ys = new float[1024];
    private String[] texts = new String[1024];
    private int[] next = new int[1024];
    private int size;

    /** Forgets the glyphs seen: call at the start of each page. */
    void clear() {
        stamp++;
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
        int fromX = cell(minX);
        int toX = cell(maxX);
        int fromY = cell(minY);
        int toY = cell(maxY);
        if ((long) toX - fromX >= MAX_CELLS || (long) toY - fromY >= MAX_CELLS || !(tolerance >= 0)) {
            for (int i = 0; i < size; i++) {
                if (near(i, text, minX, maxX, minY, maxY)) {
                    return true;
                }
            }
        } else {
            for (int cx = fromX; cx <= toX; cx++) {
                for (int cy = fromY; cy <= toY; cy++) {
                    int slot = find(key(cx, cy));
                    if (stamps[slot] == stamp) {
                        for (int i = heads[slot]; i >= 0; i = next[i]) {
                            if (near(i, text, minX, maxX, minY, maxY)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        add(text, x, y);
        return false;
    }

    private boolean near(int i, String text, float minX, float maxX, float minY, float maxY) {
        return xs[i] >= minX && xs[i] < maxX && ys[i] >= minY && ys[i] < maxY && texts[i].equals(text);
    }

    private void add(String text, float x, float y) {
        if (size == xs.length) {
            int capacity = size * 2;
            xs = Arrays.copyOf(xs, capacity);
            ys = Arrays.copyOf(ys, capacity);
            texts = Arrays.copyOf(texts, capacity);
            next = Arrays.copyOf(next, capacity);
        }
        if (2 * (cells + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        long key = key(cell(x), cell(y));
        int slot = find(key);
        if (stamps[slot] != stamp) {
            stamps[slot] = stamp;
            keys[slot] = key;
            heads[slot] = -1;
            cells++;
        }
        xs[size] = x;
        ys[size] = y;
        texts[size] = text;
        next[size] = heads[slot];
        heads[slot] = size++;
    }

    /** The slot holding the key, or the free slot where it goes. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (stamps[slot] == stamp && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        int[] oldStamps = stamps;
        int current = stamp;
        keys = new long[capacity];
        heads = new int[capacity];
        stamps = new int[capacity];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStamps[i] == current) {
                int slot = find(oldKeys[i]);
                stamps[slot] = current;
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int cell(float coordinate) {
        // NaN becomes cell 0 and the infinities the extreme cells; such glyphs are never near anything.
        return (int) Math.floor(coordinate / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
