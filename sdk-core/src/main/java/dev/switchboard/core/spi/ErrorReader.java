package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiError;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.retry.RetryAfter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an error response into an {@link ApiError}: at most the configured number of bytes, parsed as JSON when it
 * is JSON, described plainly when it is HTML, empty, truncated or text. Known secrets are scrubbed everywhere.
 */
final class ErrorReader {
    private static final int MAX_MESSAGE_CHARS = 300;
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>([^<]{1,200})</title>", Pattern.CASE_INSENSITIVE);

    private final ClientConfig config;

    ErrorReader(ClientConfig config) {
        this.config = config;
    }

    /** Reads and closes {@code response}. */
    ApiError read(CallState<?> state, okhttp3.Response response, Headers headers, String path, Instant now) {
        byte[] bytes;
        boolean truncated;
        boolean broken = false;
        try (response) {
            int cap = config.maxErrorBodyBytes();
            okio.BufferedSource source = response.body().source();
            // Read past the cap by the longest secret, so a secret across the cut is scrubbed whole, then cut.
            long wanted = cap + (long) Redactor.MAX_SECRET_CHARS * 4 + 1;
            source.request(wanted);
            long available = source.getBuffer().size();
            truncated = available > cap;
            bytes = source.getBuffer().readByteArray(Math.min(available, wanted - 1));
        } catch (IOException e) {
            bytes = new byte[0];
            truncated = false;
            broken = true;
        }
        List<String> secrets = state.secrets;
        String full = Redactor.scrub(new String(bytes, StandardCharsets.UTF_8), secrets);
        String raw = truncated ? capBytes(full, config.maxErrorBodyBytes()) : full;
        if (truncated) {
            bytes = raw.getBytes(StandardCharsets.UTF_8);
        }
        String contentType = headers.first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        ErrorBodyParser.Parsed parsed = ErrorBodyParser.Parsed.NOTHING;
        String message;
        if (broken) {
            message = "the connection broke while reading the error body";
        } else if (bytes.length == 0 || raw.isBlank()) {
            message = "empty body";
        } else if (contentType.contains("html") || looksLikeHtml(raw)) {
            Matcher m = TITLE.matcher(raw);
            message = "the body is an HTML page, likely from a proxy or gateway" + (m.find() ? " (\"" + m.group(1).trim() + "\")" : "");
        } else {
            JsonNode json = truncated ? null : tryJson(bytes);
            if (json != null) {
                parsed = config.errorBodyParser().parse(response.code(), json);
                message = parsed.message();
            } else if (contentType.contains("json") || raw.startsWith("{") || raw.startsWith("[")) {
                message = truncated ? "the JSON error body is larger than " + config.maxErrorBodyBytes() + " bytes"
                        : "the JSON error body is malformed or truncated";
            } else {
                message = firstLine(raw);
            }
        }
        String requestId = Redactor.scrub(requestId(headers, parsed.requestId()), secrets);
        Duration retryAfter = RetryAfter.from(response.code(), headers, now).orElse(null);
        return new ApiError(response.code(), state.request.method().name(), path, headers, requestId,
                bound(Redactor.scrub(message, secrets)), parsed.details().stream()
                        .map(d -> new dev.switchboard.core.ErrorDetail(d.code(), Redactor.scrub(d.message(), secrets), d.field()))
                        .toList(),
                raw, truncated, state.attempts, retryAfter);
    }

    String requestId(Headers headers, String fromBody) {
        for (String name : config.requestIdHeaders()) {
            var v = headers.first(name);
            if (v.isPresent() && !v.get().isBlank()) {
                return v.get();
            }
        }
        return fromBody;
    }

    /** @return the longest prefix of {@code s} whose UTF-8 form fits {@code maxBytes} */
    private static String capBytes(String s, int maxBytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length <= maxBytes) {
            return s;
        }
        int end = maxBytes;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--; // never cut a character in two
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private static JsonNode tryJson(byte[] bytes) {
        try {
            return Json.tree(bytes, "error body");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLikeHtml(String s) {
        String head = s.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String firstLine(String s) {
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl >= 0 ? line.substring(0, nl).strip() : line;
    }

    private static String bound(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < MAX_MESSAGE_CHARS; i++) {
            char c = s.charAt(i);
            sb.append(c < ' ' ? ' ' : c);
        }
        return s.length() > MAX_MESSAGE_CHARS ? sb + "…" : sb.toString();
    }
}
