package dev.switchboard.core.json;

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
        return value(p, p.currentToken(), 0, maxDepth);
    }

    private static Object value(JsonParser p, JsonToken t, int depth, int maxDepth) throws IOException {
        if (t == null) {
            throw MismatchedInputException.from(p, Object.class, "no JSON value (end of input)");
        }
        switch (t) {
            case START_OBJECT:
                return object(p, depth + 1, maxDepth);
            case START_ARRAY:
                return array(p, depth + 1, maxDepth);
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

    private static void checkDepth(JsonParser p, int depth, int maxDepth) throws IOException {
        if (depth > maxDepth) {
            throw new NestingTooDeep(p, maxDepth);
        }
    }

    private static JsonObject object(JsonParser p, int depth, int maxDepth) throws IOException {
        checkDepth(p, depth, maxDepth);
        String[] keys = null;
        Object[] values = null;
        int n = 0;
        Map<String, Integer> big = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            Object v = value(p, p.nextToken(), depth, maxDepth);
            if (keys == null) {
                keys = new String[8];
                values = new Object[8];
            }
            int dup = -1;
            if (big != null) {
                Integer at = big.putIfAbsent(name, n);
                dup = at == null ? -1 : at;
            } else {
                // Jackson interns field names, so a repeated key is the same String object.
                for (int i = 0; i < n; i++) {
                    if (keys[i] == name) {
                        dup = i;
                        break;
                    }
                }
            }
            if (dup >= 0) {
                values[dup] = v; // the last value of a repeated key wins, as in JavaScript and Jackson
                continue;
            }
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            keys[n] = name;
            values[n] = v;
            n++;
            if (big == null && n > LINEAR_DEDUP) {
                big = new HashMap<>(n * 4);
                for (int i = 0; i < n; i++) {
                    big.putIfAbsent(keys[i], i);
                }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw MismatchedInputException.from(p, JsonObject.class, "unexpected token in an object");
        }
        return n == 0 ? JsonObject.EMPTY : new JsonObject(keys, values, n);
    }

    private static JsonArray array(JsonParser p, int depth, int maxDepth) throws IOException {
        checkDepth(p, depth, maxDepth);
        Object[] values = null;
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw MismatchedInputException.from(p, JsonArray.class, "the array is not closed (end of input)");
            }
            Object v = value(p, t, depth, maxDepth);
            if (values == null) {
                values = new Object[8];
            } else if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = v;
        }
        return n == 0 ? JsonArray.EMPTY : new JsonArray(values, n);
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

    /** A bracket opened one level more than allowed. */
    static final class NestingTooDeep extends com.fasterxml.jackson.core.JsonProcessingException {
        private static final long serialVersionUID = 1L;
        final int maxDepth;
        final long byteOffset;

        NestingTooDeep(JsonParser p, int maxDepth) {
            super("nested deeper than " + maxDepth + " levels", p.currentTokenLocation());
            this.maxDepth = maxDepth;
            this.byteOffset = p.currentTokenLocation().getByteOffset();
        }
    }
}
