package dev.switchboard.core.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path of {@link Json#object(byte[], String, int)}: reads a whole UTF-8 document held in memory (a webhook
 * body, an event) straight from its bytes into the same tree {@link JsonTrees} builds through Jackson's parser, without
 * Jackson's token layer and character buffers in between.
 *
 * <p>It only ever gives the tree Jackson's path would give, or gives up: it reads well-formed, plainly encoded
 * documents whose root is an object, and returns {@code null} for anything else — malformed JSON, invalid or unusual
 * UTF-8, a byte-order mark or UTF-16/32, a repeated key, nesting deeper than asked, a very long number or key, content
 * after the document. The caller then reads the document through Jackson, which gives the usual result or the usual
 * {@link dev.switchboard.core.DecodeException}. So errors, their messages and their locations come from one place, and
 * this class cannot accept what Jackson refuses: {@code JsonBytesParityTest} compares the two over generated and
 * mutated documents.
 *
 * <p>Keys are interned, as Jackson interns them, through a small per-thread table keyed by their bytes, so the keys of
 * the next delivery are found without decoding them again; objects with the same keys in the same order as the previous
 * object at their depth (the records of a page) share one key array. One instance per thread; not thread-safe.
 */
final class JsonBytes {
    /** What a reader returns when it gives up. */
    private static final Object GIVE_UP = new Object();
    /** Longest number read here, in characters; longer ones (far beyond any real value) go through Jackson's limits. */
    private static final int LONGEST_NUMBER = 100;
    /** Longest key read here, in bytes; Jackson's name limit applies to longer ones. */
    private static final int LONGEST_KEY = 4096;
    /** Longest string read here, in bytes: within Jackson's string limit whatever the characters. */
    private static final int LONGEST_STRING = Json.MAX_STRING_LENGTH;
    /** Objects with more keys than this find repeated keys through a hash set instead of a scan. */
    private static final int LINEAR_DEDUP = 32;
    /** Longest key remembered, in bytes: the table stays small whatever a hostile document's keys are. */
    private static final int REMEMBERED_KEY = 64;
    /** Keys remembered per thread (a power of two). */
    private static final int KEYS = 512;
    /** The longest string buffer a thread keeps between documents, in characters. */
    private static final int LONGEST_KEPT_STRING = 64 * 1024;

    private static final ThreadLocal<JsonBytes> READERS = ThreadLocal.withInitial(JsonBytes::new);

    private byte[] in;
    private int pos;
    private int end;
    private int maxDepth;

    private final TreeScratch scratch = new TreeScratch();
    private char[] chars = new char[64];

    private final byte[][] keyBytes = new byte[KEYS][];
    private final String[] keyStrings = new String[KEYS];

    private JsonBytes() {
    }

    /**
     * @param json a document
     * @param maxDepth the deepest nesting accepted, at most {@link Json#MAX_NESTING_DEPTH}
     * @return the document's object, exactly as Jackson's path reads it, or {@code null} when that path must read it
     */
    static JsonObject object(byte[] json, int maxDepth) {
        if (json == null || json.length < 2 || json.length > Json.MAX_DOCUMENT_LENGTH) {
            return null;
        }
        JsonBytes r = READERS.get();
        r.in = json;
        r.end = json.length;
        r.maxDepth = maxDepth;
        try {
            return r.document();
        } finally {
            r.release();
        }
    }

    private JsonObject document() {
        // Jackson reads a document whose first four bytes hold a zero as UTF-16 or UTF-32, and skips a byte-order mark.
        for (int i = 0; i < 4 && i < end; i++) {
            if (in[i] == 0) {
                return null;
            }
        }
        pos = 0;
        if (skipSpace() != '{') {
            return null;
        }
        pos++;
        Object root = object(1);
        if (root == GIVE_UP || skipSpace() != -1) {
            return null;
        }
        return (JsonObject) root;
    }

    /** Drops the references to this document's values; the buffers stay for the thread's next document. */
    private void release() {
        in = null;
        scratch.release();
        if (chars.length > LONGEST_KEPT_STRING) {
            chars = new char[64];
        }
    }

    /** @return the byte (0 to 255) at the first non-space position, moved to, or -1 at the end of the input */
    private int skipSpace() {
        byte[] b = in;
        int i = pos;
        while (i < end) {
            byte c = b[i];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                pos = i;
                return c & 0xff; // a byte of 0xff is not the end
            }
            i++;
        }
        pos = i;
        return -1;
    }

    private Object value(int depth) {
        int c = skipSpace();
        switch (c) {
            case '"':
                pos++;
                return string();
            case '{':
                pos++;
                return object(depth + 1);
            case '[':
                pos++;
                return array(depth + 1);
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return c == '-' || (c >= '0' && c <= '9') ? number() : GIVE_UP;
        }
    }

    private boolean grow(int depth) {
        if (depth > maxDepth) {
            return false;
        }
        scratch.reach(depth);
        return true;
    }

    /** Reads the rest of an object, its opening brace consumed. */
    private Object object(int depth) {
        if (!grow(depth)) {
            return GIVE_UP;
        }
        int c = skipSpace();
        if (c == '}') {
            pos++;
            return JsonObject.EMPTY;
        }
        String[] k = scratch.keys[depth];
        Object[] v = scratch.values[depth];
        int n = 0;
        long seen = 0; // one bit per key hash modulo 64: a key whose bit is clear cannot be a repeat
        java.util.Set<String> wide = null; // the keys so far, once there are more than LINEAR_DEDUP
        while (true) {
            if (c != '"') {
                return GIVE_UP;
            }
            pos++;
            String name = key();
            if (name == null || skipSpace() != ':') {
                return GIVE_UP;
            }
            pos++;
            // A repeated key goes to Jackson's path, which keeps its first place and its last value.
            if (wide != null) {
                if (!wide.add(name)) {
                    return GIVE_UP;
                }
            } else {
                long bit = 1L << (name.hashCode() & 63);
                if ((seen & bit) != 0) {
                    for (int i = 0; i < n; i++) {
                        if (k[i] == name) { // keys are interned
                            return GIVE_UP;
                        }
                    }
                }
                seen |= bit;
                if (n == LINEAR_DEDUP) { // past this a scan per key would be quadratic: a set from here on
                    wide = new java.util.HashSet<>(Arrays.asList(k).subList(0, n));
                    wide.add(name);
                }
            }
            Object value = value(depth);
            if (value == GIVE_UP) {
                return GIVE_UP;
            }
            if (k == null || n == k.length) {
                scratch.growObject(depth, n);
                k = scratch.keys[depth];
                v = scratch.values[depth];
            }
            k[n] = name;
            v[n] = value;
            n++;
            c = skipSpace();
            pos++;
            if (c == '}') {
                return new JsonObject(scratch.keysOf(k, n, depth), Arrays.copyOf(v, n), n);
            }
            if (c != ',') {
                return GIVE_UP;
            }
            c = skipSpace();
        }
    }

    /** Reads the rest of an array, its opening bracket consumed. */
    private Object array(int depth) {
        if (!grow(depth)) {
            return GIVE_UP;
        }
        if (skipSpace() == ']') {
            pos++;
            return JsonArray.EMPTY;
        }
        Object[] v = scratch.elements[depth];
        int n = 0;
        while (true) {
            Object value = value(depth);
            if (value == GIVE_UP) {
                return GIVE_UP;
            }
            if (v == null || n == v.length) {
                v = scratch.growArray(depth, n);
            }
            v[n++] = value;
            int c = skipSpace();
            pos++;
            if (c == ']') {
                return new JsonArray(Arrays.copyOf(v, n), n);
            }
            if (c != ',') {
                return GIVE_UP;
            }
        }
    }

    private Object literal(String word, Object value) {
        int n = word.length();
        if (end - pos < n) {
            return GIVE_UP;
        }
        for (int i = 1; i < n; i++) {
            if (in[pos + i] != word.charAt(i)) {
                return GIVE_UP;
            }
        }
        pos += n;
        // What follows must end the value ("truex" is not JSON); the caller checks the structure after it.
        if (pos < end && isWordByte(in[pos])) {
            return GIVE_UP;
        }
        return value;
    }

    private static boolean isWordByte(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c < 0;
    }

    /** Reads a number: JSON's grammar exactly, kept as {@link JsonTrees} keeps numbers. */
    private Object number() {
        byte[] b = in;
        int start = pos;
        int i = pos;
        boolean negative = b[i] == '-';
        if (negative) {
            i++;
        }
        if (i >= end) {
            return GIVE_UP;
        }
        int digitsStart = i;
        if (b[i] == '0') {
            i++;
            if (i < end && b[i] >= '0' && b[i] <= '9') {
                return GIVE_UP; // a leading zero
            }
        } else if (b[i] >= '1' && b[i] <= '9') {
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
        } else {
            return GIVE_UP;
        }
        int digitsEnd = i;
        boolean integral = true;
        if (i < end && b[i] == '.') {
            i++;
            int fraction = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == fraction) {
                return GIVE_UP;
            }
            integral = false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponent = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == exponent) {
                return GIVE_UP;
            }
            integral = false;
        }
        if (i - start > LONGEST_NUMBER || (i < end && (isWordByte(b[i]) || b[i] == '.' || b[i] == '+' || b[i] == '-'))) {
            return GIVE_UP;
        }
        pos = i;
        if (!integral) {
            return new RawNumber(new String(b, start, i - start, StandardCharsets.ISO_8859_1), false);
        }
        int digits = digitsEnd - digitsStart;
        if (digits > 19) {
            return new RawNumber(new String(b, start, i - start, StandardCharsets.ISO_8859_1), true);
        }
        // Accumulated as a negative number, whose range includes Long.MIN_VALUE.
        long acc = 0;
        for (int j = digitsStart; j < digitsEnd; j++) {
            int d = b[j] - '0';
            if (acc < (Long.MIN_VALUE + d) / 10) {
                return new RawNumber(new String(b, start, i - start, StandardCharsets.ISO_8859_1), true);
            }
            acc = acc * 10 - d;
        }
        if (!negative) {
            if (acc == Long.MIN_VALUE) {
                return new RawNumber(new String(b, start, i - start, StandardCharsets.ISO_8859_1), true);
            }
            acc = -acc;
        } else if (acc == 0) {
            return new RawNumber("-0", true);
        }
        if (acc >= Integer.MIN_VALUE && acc <= Integer.MAX_VALUE) {
            return (int) acc;
        }
        return acc;
    }

    /** Reads a key, its opening quote consumed: interned, as Jackson's keys are, and {@code null} to give up. */
    private String key() {
        byte[] b = in;
        int start = pos;
        int i = start;
        int h = 0;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                break;
            }
            if (c < 0x20 || c == '\\') { // a negative byte is not ASCII
                return escapedKey();
            }
            h = 31 * h + c;
            i++;
        }
        int n = i - start;
        if (i >= end || n > LONGEST_KEY) {
            return null;
        }
        pos = i + 1;
        if (n > REMEMBERED_KEY) {
            return new String(b, start, n, StandardCharsets.ISO_8859_1).intern();
        }
        int slot = (h ^ (h >>> 16)) & (KEYS - 1);
        byte[] known = keyBytes[slot];
        if (known != null && known.length == n && Arrays.equals(known, 0, n, b, start, i)) {
            return keyStrings[slot];
        }
        String key = new String(b, start, n, StandardCharsets.ISO_8859_1).intern();
        keyBytes[slot] = Arrays.copyOfRange(b, start, i);
        keyStrings[slot] = key;
        return key;
    }

    /**
     * A key with escapes or non-ASCII characters: read as a string, interned, not remembered; {@code null} for a key
     * holding a lone surrogate (Jackson refuses those in keys, though not in values).
     */
    private String escapedKey() {
        int start = pos;
        Object read = string();
        if (read == GIVE_UP || pos - start > LONGEST_KEY) {
            return null;
        }
        String s = (String) read;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return null;
            }
        }
        return s.intern();
    }

    /** Reads a string, its opening quote consumed. */
    private Object string() {
        byte[] b = in;
        int start = pos;
        int i = start;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                if (i - start > LONGEST_STRING) {
                    return GIVE_UP;
                }
                pos = i + 1;
                return new String(b, start, i - start, StandardCharsets.ISO_8859_1);
            }
            if (c < 0x20 || c == '\\') { // a negative byte is not ASCII
                return decoded(start, i);
            }
            i++;
        }
        return GIVE_UP;
    }

    /**
     * Reads a string with escapes or multi-byte characters; {@code [start, plain)} is plain ASCII. Only well-formed
     * UTF-8 (shortest forms, no surrogates, at most U+10FFFF) is read here.
     */
    private Object decoded(int start, int plain) {
        byte[] b = in;
        char[] out = chars;
        int n = plain - start;
        if (out.length < n + 16) {
            out = new char[Math.max(n + 16, out.length * 2)];
        }
        for (int j = 0; j < n; j++) {
            out[j] = (char) b[start + j];
        }
        int i = plain;
        while (true) {
            if (i >= end || i - start > LONGEST_STRING) {
                return GIVE_UP;
            }
            if (out.length - n < 2) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            int c = b[i] & 0xff;
            if (c == '"') {
                chars = out;
                pos = i + 1;
                return new String(out, 0, n);
            }
            if (c < 0x20) {
                return GIVE_UP; // an unescaped control character
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    return GIVE_UP;
                }
                int e = b[i + 1];
                i += 2;
                switch (e) {
                    case '"' -> out[n++] = '"';
                    case '\\' -> out[n++] = '\\';
                    case '/' -> out[n++] = '/';
                    case 'b' -> out[n++] = '\b';
                    case 'f' -> out[n++] = '\f';
                    case 'n' -> out[n++] = '\n';
                    case 'r' -> out[n++] = '\r';
                    case 't' -> out[n++] = '\t';
                    case 'u' -> {
                        if (end - i < 4) {
                            return GIVE_UP;
                        }
                        int u = 0;
                        for (int j = 0; j < 4; j++) {
                            int h = hex(b[i + j]);
                            if (h < 0) {
                                return GIVE_UP;
                            }
                            u = u << 4 | h;
                        }
                        i += 4;
                        out[n++] = (char) u; // a lone surrogate too, as Jackson reads it
                    }
                    default -> {
                        return GIVE_UP;
                    }
                }
            } else if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else if (c >= 0xC2 && c <= 0xDF) {
                if (i + 1 >= end || !continuation(b[i + 1])) {
                    return GIVE_UP;
                }
                out[n++] = (char) ((c & 0x1F) << 6 | (b[i + 1] & 0x3F));
                i += 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= end || !continuation(b[i + 1]) || !continuation(b[i + 2])) {
                    return GIVE_UP;
                }
                int cp = (c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
                if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return GIVE_UP; // an overlong form or an encoded surrogate
                }
                out[n++] = (char) cp;
                i += 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= end || !continuation(b[i + 1]) || !continuation(b[i + 2]) || !continuation(b[i + 3])) {
                    return GIVE_UP;
                }
                int cp = (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
                if (cp < 0x10000 || cp > 0x10FFFF) {
                    return GIVE_UP;
                }
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return GIVE_UP; // not a first byte of UTF-8
            }
        }
    }

    private static boolean continuation(byte c) {
        return (c & 0xC0) == 0x80;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
