package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Headers;
import dev.switchboard.core.spi.ResponseDecoder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript answer: {@code text/plain} as text, a JSON array as entries. A body without a JSON content
 * type ({@code text/plain} included, as the spec documents the endpoint) is only taken for JSON when it parses as an
 * array of objects, because a text transcript also starts with {@code [} ({@code [00:00:03] ...}); so
 * {@code [{}]} sent as {@code text/plain} is "no transcript", not the text "[{}]".
 */
final class TranscriptDecoder implements ResponseDecoder<CallTranscript> {
    /** The largest transcript read, so a hostile or broken server cannot exhaust memory. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\\s*(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);
    /** Marks an empty JSON document. */
    private static final Object NOTHING = new Object();
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)\"?", Pattern.CASE_INSENSITIVE);

    @Override
    public CallTranscript decode(int status, Headers headers, InputStream body) throws IOException {
        byte[] bytes = read(body);
        String contentType = headers.first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String fileName = headers.first("Content-Disposition").map(TranscriptDecoder::fileName).orElse(null);
        String text = new String(bytes, charset(contentType));
        if (contentType.contains("json")) {
            return fromJson(parse(text), fileName);
        }
        String trimmed = text.strip();
        // The spec documents text/plain, and the changelog's "no transcript" answer is [{}]: so a body that parses as
        // an array of objects is JSON whatever its content type; a text transcript's "[00:00:03] ..." never does.
        if (trimmed.startsWith("[{") || trimmed.startsWith("[ ") || trimmed.equals("[]")) {
            try {
                return fromJson(parse(trimmed), fileName);
            } catch (IOException | DecodeException notJson) {
                // Not JSON after all: keep it as text.
            }
        }
        return CallTranscript.ofText(text, fileName);
    }

    /**
     * @return the document read into the SDK's exact trees (numbers keep their text), or {@link #NOTHING} for an
     *     empty one
     */
    private static Object parse(String json) throws IOException {
        try (JsonParser p = Json.parser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            if (p.nextToken() == null) {
                return NOTHING;
            }
            Object v = Json.readValue(p);
            if (p.nextToken() != null) {
                throw new DecodeException("the call transcript has content after its JSON value", "", null);
            }
            return v;
        }
    }

    private static CallTranscript fromJson(Object value, String fileName) {
        if (value == null || value == NOTHING) {
            return CallTranscript.ofEntries(List.of(), fileName);
        }
        if (value instanceof String s) {
            return CallTranscript.ofText(s, fileName);
        }
        if (!(value instanceof JsonArray array)) {
            throw new DecodeException("the call transcript is JSON but not an array of entries", "", null);
        }
        List<JsonObject> entries = new ArrayList<>();
        for (Object e : array) {
            if (!(e instanceof JsonObject o)) {
                throw new DecodeException("the call transcript is a JSON array of something other than objects", "", null);
            }
            entries.add(o);
        }
        return CallTranscript.ofEntries(entries, fileName);
    }

    private static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new DecodeException("the call transcript is larger than " + MAX_BYTES + " bytes", "", null);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String fileName(String contentDisposition) {
        Matcher m = FILENAME.matcher(contentDisposition);
        return m.find() ? m.group(1).trim() : null;
    }
}
