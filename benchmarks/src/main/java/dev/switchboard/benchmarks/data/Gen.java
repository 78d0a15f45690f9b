package dev.switchboard.benchmarks.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Helpers of the generators: deterministic values and JSON writing. */
final class Gen {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Instant START = Instant.parse("2026-04-02T00:00:00Z");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Gen() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** @return an id of {@code length} URL-safe characters, different for every {@code n} */
    static String id(long n, int length) {
        StringBuilder sb = new StringBuilder(length);
        long x = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt((int) ((x >>> (i * 5 % 58)) & 63)));
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return sb.toString();
    }

    /** @return a 20-digit numeric string (too large for a long) */
    static String bigDigits(long n) {
        return "12648661461" + String.format(Locale.ROOT, "%09d", n % 1_000_000_000L);
    }

    static String millis(long secondsAfterStart, int millis) {
        return MILLIS.format(START.plusSeconds(secondsAfterStart).plusMillis(millis));
    }

    static long epoch(long secondsAfterStart) {
        return START.getEpochSecond() + secondsAfterStart;
    }

    static <T> T pick(List<T> values, long n) {
        return values.get((int) Math.floorMod(n, (long) values.size()));
    }

    /** @return the records written as JSON and joined with commas, ready to sit between {@code [} and {@code ]} */
    static byte[] joined(List<ObjectNode> records) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(records.size() * 512);
            for (int i = 0; i < records.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(MAPPER.writeValueAsBytes(records.get(i)));
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] bytes(Object node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
