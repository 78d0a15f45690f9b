package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.spi.Headers;
import dev.switchboard.core.spi.ResponseDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the body of {@code /$count}: a bare integer such as {@code 1234}, also accepted as a JSON string of digits
 * ({@code "1234"}); surrounding whitespace is ignored. Anything else is a {@link DecodeException} that describes the
 * body's shape without quoting it.
 */
final class CountDecoder implements ResponseDecoder<Long> {
    /** Longer bodies cannot be a count; reading stops there. */
    static final int MAX_BYTES = 64;

    private final String what;

    /** @param what the request, for messages, for example {@code GET /export/v1/records/users/$count} */
    CountDecoder(String what) {
        this.what = what;
    }

    @Override
    public Long decode(int status, Headers headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw failure("is longer than " + MAX_BYTES + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw failure("is empty");
        }
        String digits = text;
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            digits = text.substring(1, text.length() - 1);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw failure("is not a non-negative integer (" + shape(text) + ")");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw failure("is an integer too large for a count");
        }
    }

    private DecodeException failure(String problem) {
        return new DecodeException("the count returned by " + what + " " + problem, "", null);
    }

    private static String shape(String text) {
        char c = text.charAt(0);
        if (c == '{') {
            return "a JSON object";
        }
        if (c == '[') {
            return "a JSON array";
        }
        if (c == '"') {
            return "a string that is not all digits";
        }
        if (c == '-') {
            return "a negative number";
        }
        if (c == '<') {
            return "looks like HTML";
        }
        return "not digits only";
    }
}
