package dev.switchboard.webhooks.internal;

/**
 * One pass over raw JSON bytes that finds where objects and arrays nest deeper than a limit, before any parser runs.
 * Brackets inside strings do not count. Works on UTF-8 bytes directly: no multi-byte sequence contains a quote or a
 * backslash byte.
 */
final class NestingScan {
    private NestingScan() {
    }

    /**
     * @param json raw bytes, possibly not JSON at all
     * @param max the deepest nesting allowed
     * @return the offset of the first bracket that opens level {@code max + 1}, or -1
     */
    static int firstTooDeep(byte[] json, int max) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > max) {
                    return i;
                }
            } else if ((b == '}' || b == ']') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }
}
