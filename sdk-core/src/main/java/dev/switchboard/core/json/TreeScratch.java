package dev.switchboard.core.json;

import java.util.Arrays;

/**
 * The scratch space of a tree reader ({@link JsonTrees.Reader}, {@link JsonBytes}): per nesting depth, a buffer for
 * the keys and values of the object being read there and one for the elements of the array being read there, each
 * copied once, at its exact size, when its value ends; and the key array of the last object completed at each depth,
 * which the next object with the same keys in the same order (the records of a page, usually) shares, since no
 * {@link JsonObject} ever changes its keys. Not thread-safe; one per reader.
 */
final class TreeScratch {
    /** The widest buffer kept between documents. */
    private static final int KEPT = 1024;

    String[][] keys = new String[8][];
    Object[][] values = new Object[8][];
    Object[][] elements = new Object[8][];
    private String[][] shapes = new String[8][];
    /** The deepest level the current document used, for {@link #release()}. */
    private int deepest;

    /** Makes room for a value at {@code depth}. */
    void reach(int depth) {
        if (depth >= keys.length) {
            int n = Math.max(depth + 1, keys.length * 2);
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
            elements = Arrays.copyOf(elements, n);
            shapes = Arrays.copyOf(shapes, n);
        }
        if (depth > deepest) {
            deepest = depth;
        }
    }

    /** Makes the object buffers at {@code depth}, which hold {@code n} entries, wider. */
    void growObject(int depth, int n) {
        String[] k = keys[depth];
        int cap = k == null ? 16 : n * 2;
        keys[depth] = k == null ? new String[cap] : Arrays.copyOf(k, cap);
        values[depth] = values[depth] == null ? new Object[cap] : Arrays.copyOf(values[depth], cap);
    }

    /** @return the array buffer at {@code depth}, which holds {@code n} elements, made wider */
    Object[] growArray(int depth, int n) {
        Object[] v = elements[depth];
        elements[depth] = v == null ? new Object[16] : Arrays.copyOf(v, n * 2);
        return elements[depth];
    }

    /**
     * @param k the keys read, {@code k[0..n)} distinct and interned
     * @param n how many
     * @param depth where the object is
     * @return the keys at their exact size: the previous object's array at this depth when they are the same
     */
    String[] keysOf(String[] k, int n, int depth) {
        String[] last = shapes[depth];
        if (last != null && last.length == n) {
            int i = 0;
            while (i < n && last[i] == k[i]) { // interned: the same key is the same String
                i++;
            }
            if (i == n) {
                return last;
            }
        }
        String[] copy = Arrays.copyOf(k, n);
        shapes[depth] = copy;
        return copy;
    }

    /** Drops the references to the last document's values; buffers up to {@value #KEPT} wide stay for the next. */
    void release() {
        for (int d = 0; d <= deepest && d < values.length; d++) {
            if (values[d] != null && values[d].length > KEPT) {
                keys[d] = null;
                values[d] = null;
            } else if (values[d] != null) {
                Arrays.fill(values[d], null);
            }
            if (elements[d] != null && elements[d].length > KEPT) {
                elements[d] = null;
            } else if (elements[d] != null) {
                Arrays.fill(elements[d], null);
            }
        }
        deepest = 0;
    }
}
