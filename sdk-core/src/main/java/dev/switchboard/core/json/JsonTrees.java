package dev.switchboard.core.json;

import dev.switchboard.core.internal.NestingTooDeep;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes the SDK's JSON trees ({@link JsonObject}, {@link JsonArray}) straight from and to Jackson's
 * streaming parser and generator, in one pass and without an intermediate tree.
 *
 * <p>Leaves are held as: {@link String}, {@link Boolean}, {@code null} (JSON null), {@link Integer} or {@link Long}
 * for integers that fit, and {@link RawNumber} (the exact text) for decimals, larger integers and {@code -0}. So a
 * tree is written back with every number, string and key as it came, in the order it came.
 */
final class JsonTrees {
    /** Objects with more keys than this use a hash table to find duplicate keys while being read. */
    private static final int LINEAR_DEDUP = 32;

    private JsonTrees() {
    }

    /**
     * Reads the value at the parser's current token.
     *
     * @param p a parser positioned on the first token of a value
     * @param maxDepth the deepest nesting accepted (the parser's own limit applies too)
     * @return the value (see the class comment for leaf types)
     * @throws IOException if the input is not JSON, or nested deeper than {@code maxDepth}
     */
    static Object read(JsonParser p, int maxDepth) throws IOException {
        Reader r = READERS.get();
        if (r.busy) {
            return new Reader(maxDepth).read(p); // a read from inside a read (a deserializer calling back)
        }
        r.busy = true;
        r.maxDepth = maxDepth;
        try {
            return r.read(p);
        } finally {
            r.release();
        }
    }

    /**
     * One reader per thread for single documents (a response, a webhook body), so its scratch is allocated once and
     * not per document; released after each document, holding none of its values.
     */
    private static final ThreadLocal<Reader> READERS = ThreadLocal.withInitial(() -> new Reader(Json.MAX_NESTING_DEPTH));

    /**
     * Reads values one after another (the records of a page) with the same scratch space: each object's keys and
     * values are collected in a buffer of its depth and copied once, at its exact size, when it ends. Objects with the
     * same keys in the same order as the previous object at their depth (the records of a page, usually) share one
     * key array, which no {@link JsonObject} ever changes. The scratch holds at most one object's worth of
     * references per depth, overwritten by the next value; it is not cleared after each object. Not thread-safe;
     * one per page or stream.
     */
    static final class Reader {
        private int maxDepth;
        /** Whether this thread's shared reader is reading a document now. */
        private boolean busy;
        private final TreeScratch scratch = new TreeScratch();

        Reader(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        /**
         * @param p a parser positioned on the first token of a value
         * @return the value
         * @throws IOException if the input is not JSON, or nested too deep
         */
        Object read(JsonParser p) throws IOException {
            return value(p, p.currentToken(), 0);
        }

        private Object value(JsonParser p, JsonToken t, int depth) throws IOException {
            if (t == null) {
                throw MismatchedInputException.from(p, Object.class, "no JSON value (end of input)");
            }
            switch (t) {
                case START_OBJECT:
                    return object(p, depth + 1);
                case START_ARRAY:
                    return array(p, depth + 1);
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                    return integer(p);
                case VALUE_NUMBER_FLOAT:
                    return new RawNumber(p.getText(), false);
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw MismatchedInputException.from(p, Object.class, "unexpected token " + t);
            }
        }

        /** Drops the references the scratch holds to the last document's values; the buffers stay for the next. */
        void release() {
            scratch.release();
            busy = false;
        }

        private void checkDepth(JsonParser p, int depth) throws IOException {
            if (depth > maxDepth) {
                throw new NestingTooDeep(p, maxDepth);
            }
            scratch.reach(depth);
        }

        private JsonObject object(JsonParser p, int depth) throws IOException {
            checkDepth(p, depth);
            String[] k = scratch.keys[depth];
            Object[] v = scratch.values[depth];
            int n = 0;
            Map<String, Integer> big = null;
            long seen = 0; // one bit per key hash modulo 64: a key whose bit is clear cannot be a repeat
            String name;
            while ((name = p.nextFieldName()) != null) {
                Object value = value(p, p.nextToken(), depth);
                int dup = -1;
                if (big != null) {
                    Integer at = big.putIfAbsent(name, n);
                    dup = at == null ? -1 : at;
                } else {
                    long bit = 1L << (name.hashCode() & 63);
                    if ((seen & bit) != 0) {
                        // Jackson interns field names, so a repeated key is the same String object.
                        for (int i = 0; i < n; i++) {
                            if (k[i] == name) {
                                dup = i;
                                break;
                            }
                        }
                    }
                    seen |= bit;
                }
                if (dup >= 0) {
                    v[dup] = value; // the last value of a repeated key wins, as in JavaScript and Jackson
                    continue;
                }
                if (k == null || n == k.length) {
                    scratch.growObject(depth, n);
                    k = scratch.keys[depth];
                    v = scratch.values[depth];
                }
                k[n] = name;
                v[n] = value;
                n++;
                if (big == null && n > LINEAR_DEDUP) {
                    big = new HashMap<>(n * 4);
                    for (int i = 0; i < n; i++) {
                        big.putIfAbsent(k[i], i);
                    }
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw MismatchedInputException.from(p, JsonObject.class, "unexpected token in an object");
            }
            if (n == 0) {
                return JsonObject.EMPTY;
            }
            return new JsonObject(scratch.keysOf(k, n, depth), Arrays.copyOf(v, n), n);
        }

        private JsonArray array(JsonParser p, int depth) throws IOException {
            checkDepth(p, depth);
            Object[] v = scratch.elements[depth];
            int n = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw MismatchedInputException.from(p, JsonArray.class, "the array is not closed (end of input)");
                }
                Object value = value(p, t, depth);
                if (v == null || n == v.length) {
                    v = scratch.growArray(depth, n);
                }
                v[n++] = value;
            }
            if (n == 0) {
                return JsonArray.EMPTY;
            }
            return new JsonArray(Arrays.copyOf(v, n), n);
        }
    }

    private static Object integer(JsonParser p) throws IOException {
        switch (p.getNumberType()) {
            case INT: {
                int v = p.getIntValue();
                if (v == 0 && p.getTextLength() > 1) {
                    return new RawNumber(p.getText(), true); // -0
                }
                return v;
            }
            case LONG:
                return p.getLongValue();
            default:
                return new RawNumber(p.getText(), true);
        }
    }

    /**
     * Writes a value.
     *
     * @param g the generator
     * @param v a value held by a tree (or any of the leaf types)
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof JsonObject o) {
            g.writeStartObject(o, o.size());
            for (int i = 0; i < o.size(); i++) {
                g.writeFieldName(o.keyAt(i));
                write(g, o.rawAt(i));
            }
            g.writeEndObject();
        } else if (v instanceof JsonArray a) {
            g.writeStartArray(a, a.size());
            for (int i = 0; i < a.size(); i++) {
                write(g, a.rawAt(i));
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof RawNumber r) {
            g.writeNumber(r.text);
        } else {
            throw new IllegalStateException("not a JSON tree value: " + v.getClass().getName());
        }
    }

    /**
     * @param v a value held by a tree
     * @return it as callers see it: {@link RawNumber}s become {@link BigDecimal} or {@link BigInteger}
     */
    static Object exposed(Object v) {
        return v instanceof RawNumber r ? r.value() : v;
    }

    /**
     * Converts a plain Java value into a tree value: maps become {@link JsonObject}s, iterables and arrays
     * {@link JsonArray}s, numbers keep their kind, models their JSON.
     *
     * @param v a string, number, boolean, null, map, collection, array, tree or model
     * @return the tree value
     * @throws IllegalArgumentException for anything else, or a non-finite double
     */
    static Object of(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof JsonObject || v instanceof JsonArray || v instanceof RawNumber) {
            return v;
        }
        if (v instanceof JsonModel m) {
            return m.json();
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : new RawNumber(b.toString(), true);
        }
        if (v instanceof BigDecimal d) {
            return new RawNumber(d.toString(), false);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            return new RawNumber(v.toString(), false);
        }
        if (v instanceof Number n) {
            return new RawNumber(new BigDecimal(n.toString()).toString(), false);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof OpenEnum e) {
            return e.value();
        }
        if (v instanceof Map<?, ?> m) {
            return JsonObject.copyOf(m);
        }
        if (v instanceof Iterable<?> it) {
            return JsonArray.copyOf(it);
        }
        if (v instanceof Object[] arr) {
            return JsonArray.copyOf(Arrays.asList(arr));
        }
        throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
}
