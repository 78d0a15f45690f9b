package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A connection to a {@link FakeServer} with a manual clock and a recording sleeper, and JSON helpers. */
final class IntercomTestSupport implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";
    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    final FakeServer server = FakeServer.start();
    final ManualClock clock = ManualClock.at(NOW);
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final IntercomConnection connection;

    IntercomTestSupport() {
        connection = IntercomConnection.builder()
                .accessToken(TOKEN)
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeper::sleep)
                // A fixed jitter keeps backoff waits predictable.
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).build())
                .build();
    }

    @Override
    public void close() {
        connection.close();
        server.close();
    }

    /** Asserts method, raw target (path and query), the Intercom headers and, when given, the exact JSON body. */
    static void assertRequest(FakeRequest r, String method, String target, String json) {
        assertEquals(method, r.method(), "method of " + r);
        assertEquals(target, r.target(), "target of " + r);
        assertEquals("Bearer " + TOKEN, r.header("Authorization"), "Authorization of " + r);
        assertEquals("2.14", r.header("Intercom-Version"), "Intercom-Version of " + r);
        if (json == null) {
            assertEquals("", r.bodyUtf8(), "body of " + r);
        } else {
            assertEquals(TestJson.parse(json), r.json(), "body of " + r);
            assertEquals(TestJson.write(TestJson.parse(json)), r.bodyUtf8(), "body bytes (field order) of " + r);
        }
    }

    static String fixture(String name) {
        try (InputStream in = IntercomTestSupport.class.getResourceAsStream("/intercom/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes with the SDK's JSON, as a response would be. */
    static <T> T decode(String json, Class<T> type) {
        return Json.decode(json.getBytes(StandardCharsets.UTF_8), type, "test document");
    }

    static JsonNode tree(String json) {
        return Json.tree(json.getBytes(StandardCharsets.UTF_8), "test document");
    }

    /** @return the model written as JSON text and parsed again, so numbers compare by their text */
    static JsonNode reencoded(Object model) {
        return Json.tree(Json.writeBytes(model), "re-encoded model");
    }

    /** Asserts that decoding into {@code type} and writing back gives the same JSON tree. */
    static void assertLossless(String json, Class<?> type) {
        JsonNode original = tree(json);
        Object model = decode(json, type);
        assertEquals(original, reencoded(model), () -> type.getSimpleName() + " did not re-encode losslessly");
    }
}
