package dev.switchboard.conversations.moveworks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The few OData lexical rules the query builder needs: field names are plain identifiers (nothing else can reach the
 * query text), string literals are single-quoted with embedded quotes doubled, timestamps are quoted ISO-8601 with
 * milliseconds, as Moveworks writes them.
 */
final class ODataSyntax {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ODataSyntax() {
    }

    /**
     * @param name a field name
     * @param argument what to call it in the message
     * @return the name
     * @throws IllegalArgumentException unless it is an identifier of letters, digits and {@code _} (not starting with a
     *     digit), at most 128 characters
     */
    static String field(String name, String argument) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(argument + " must be a field name of letters, digits and '_' (not starting "
                    + "with a digit, at most 128 characters), was " + describe(name));
        }
        return name;
    }

    /**
     * @param value a string value
     * @return it as an OData string literal: {@code O'Brien} becomes {@code 'O''Brien'}
     * @throws IllegalArgumentException if it contains a control character or an unpaired surrogate
     */
    static String quote(String value) {
        checkText(value);
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * @param value a string value
     * @return the value
     * @throws IllegalArgumentException if it contains a control character or an unpaired surrogate
     */
    static String checkText(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a string literal must not be null (use isNull() to compare with null)");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "a string literal must not contain control characters; found U+%04X at index %d", (int) c, i));
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                throw new IllegalArgumentException("a string literal must be valid UTF-16; found an unpaired surrogate at index " + i);
            }
        }
        return value;
    }

    /**
     * @param instant a point in time
     * @return it as a quoted timestamp literal with milliseconds, {@code '2026-04-01T00:00:00.000Z'}; finer precision is
     *     truncated (Moveworks' timestamps have milliseconds)
     */
    static String instant(Instant instant) {
        return "'" + MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS)) + "'";
    }

    private static String describe(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("'");
        name.codePoints().limit(64).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append(name.length() > 64 ? "...'" : "'").toString();
    }
}
