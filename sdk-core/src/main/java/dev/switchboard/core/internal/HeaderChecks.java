package dev.switchboard.core.internal;

/**
 * Validates header names and values before a request is built, with messages that never echo the value (a value
 * may be a token with a stray newline; echoing it would leak it into logs).
 */
public final class HeaderChecks {
    private HeaderChecks() {
    }

    /**
     * @param name the header name
     * @param value the header value
     * @throws IllegalArgumentException naming the header (never its value) if the name is empty or holds an illegal
     *     character, or the value is null or holds a control character
     */
    public static void check(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("header name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                throw new IllegalArgumentException("header name '" + printable(name) + "' has an illegal character at index " + i);
            }
        }
        if (value == null) {
            throw new IllegalArgumentException("value of header '" + name + "' must not be null");
        }
        int at = controlCharacterAt(value, true);
        if (at >= 0) {
            throw new IllegalArgumentException("value of header '" + name + "' has a control character at index " + at
                    + " (value not shown)");
        }
    }

    /**
     * The one scan for characters that would break a header line (CR, LF and the other C0 controls, DEL).
     *
     * @param value the text to scan
     * @param tabAllowed whether a horizontal tab passes (legal inside a header value, never inside a secret)
     * @return the index of the first such character, or {@code -1}
     */
    public static int controlCharacterAt(String value, boolean tabAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && !(tabAllowed && c == '\t')) || c == 0x7f) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < ' ' || c >= 0x7f ? '?' : c);
        }
        return sb.toString();
    }
}
