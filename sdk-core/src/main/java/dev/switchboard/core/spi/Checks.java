package dev.switchboard.core.spi;

import dev.switchboard.core.internal.HeaderChecks;

/**
 * The argument checks every API module shares, each written once. Each throws {@link IllegalArgumentException} whose
 * message names the argument, before anything is sent; {@link #secret} never shows the value.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * @param value the argument
     * @param name its name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if null or blank
     */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * An id that becomes one path segment.
     *
     * @param value the argument
     * @param name its name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if null, blank, {@code "."} or {@code ".."} (which would change the path)
     */
    public static String id(String value, String name) {
        notBlank(value, name);
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(name + " must not be '" + value + "'");
        }
        return value;
    }

    /**
     * An id the API declares as an integer but which callers hold as text.
     *
     * @param value the argument
     * @param name its name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if null, blank or anything but ASCII digits
     */
    public static String integerId(String value, String name) {
        notBlank(value, name);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(name + " must be an integer id, was '" + value + "'");
            }
        }
        return value;
    }

    /**
     * A secret (a token, a key, a client secret) before it goes into a header or a body.
     *
     * @param value the argument
     * @param name its name, for the message
     * @return {@code value}
     * @throws IllegalArgumentException if null, blank or holding a line break or another control character; the
     *     message gives the index, never the value
     */
    public static String secret(String value, String name) {
        notBlank(value, name);
        int at = HeaderChecks.controlCharacterAt(value, false);
        if (at >= 0) {
            throw new IllegalArgumentException(name + " contains a line break or control character at index " + at
                    + " (value not shown)");
        }
        return value;
    }
}
