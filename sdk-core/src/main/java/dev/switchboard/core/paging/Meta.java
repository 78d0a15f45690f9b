package dev.switchboard.core.paging;

import dev.switchboard.core.json.JsonObject;

/** Reads a page's metadata by JSON pointer ({@code /pages/next/starting_after}) for the page styles. */
final class Meta {
    /** Stands for a pointer that leads nowhere (as opposed to a JSON {@code null}). */
    static final Object MISSING = new Object();

    private Meta() {
    }

    /**
     * @param meta the page without its records
     * @param pointer a JSON pointer of object keys
     * @return the value there, {@code null} for JSON null, {@link #MISSING} when absent
     * @throws dev.switchboard.core.DecodeException if the value is a number no decimal can hold
     */
    static Object at(JsonObject meta, String pointer) {
        Object cur = meta;
        for (String key : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/")) {
            if (!(cur instanceof JsonObject o) || !o.containsKey(key)) {
                return MISSING;
            }
            cur = o.get(key);
        }
        return cur;
    }

    /** @return the value as a long when it is an integer number or a string of digits, else {@code null} */
    static Long number(Object v) {
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        if (v instanceof java.math.BigInteger b && b.bitLength() < 64) {
            return b.longValue();
        }
        if (v instanceof java.math.BigDecimal d) {
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** @return how a JSON value is described in an error message: "a string", "an object", ... */
    static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        return "an array";
    }

    /**
     * @param v a value read from a page
     * @return its text when it can be a cursor: a non-blank string, or an integer number (as its digits); else
     *     {@code null}
     */
    static String cursorText(Object v) {
        if (v instanceof String s) {
            return s.isBlank() ? null : s;
        }
        return v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger ? v.toString() : null;
    }
}
