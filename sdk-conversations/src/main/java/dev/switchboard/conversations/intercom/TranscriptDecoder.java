package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.http.Headers;
import dev.switchboard.core.http.ResponseDecoder;
import dev.switchboard.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a transcript answer: {@code text/plain} as text, a JSON array as entries. A body without a JSON content
 * type is only taken for JSON when it parses as an array of objects, because a text transcript also starts with
 * {@code [} ({@code [00:00:03] ...}).
 */
final class TranscriptDecoder implements ResponseDecoder<CallTranscript> {
    /** The largest transcript read, so a hostile or broken server cannot exhaust memory. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\\s*(?:UTF-8'')?\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_.:-]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() { };

    @Override
    public CallTranscript decode(int status, Headers headers, InputStream body) throws IOException {
        byte[] bytes = read(body);
        String contentType = headers.first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String fileName = headers.first("Content-Disposition").map(TranscriptDecoder::fileName).orElse(null);
        String text = new String(bytes, charset(contentType));
        if (contentType.contains("json")) {
            return fromJson(Json.reader(JsonNode.class).readTree(text), fileName);
        }
        String trimmed = text.strip();
        if (!contentType.startsWith("text/") && (trimmed.startsWith("[{") || trimmed.equals("[]"))) {
            try {
                return fromJson(Json.reader(JsonNode.class).readTree(trimmed), fileName);
            } catch (IOException | DecodeException notJson) {
                // Not JSON after all: keep it as text.
            }
        }
        return CallTranscript.ofText(text, fileName);
    }

    private static CallTranscript fromJson(JsonNode node, String fileName) throws IOException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return CallTranscript.ofEntries(List.of(), fileName);
        }
        if (node.isTextual()) {
            return CallTranscript.ofText(node.asText(), fileName);
        }
        if (!node.isArray()) {
            throw new DecodeException("the call transcript is JSON but not an array of entries", "", null);
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object e : Json.reader(LIST).<List<Object>>readValue(node)) {
            if (!(e instanceof Map<?, ?>)) {
                throw new DecodeException("the call transcript is a JSON array of something other than objects", "", null);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) e;
            entries.add(m);
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
