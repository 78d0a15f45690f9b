package dev.switchboard.conversations.intercom.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Test support shared by the reporting, admins and knowledge tests: a connection to a {@link FakeServer} with a manual
 * clock and a recording sleeper, exact request assertions and JSON round-trip helpers.
 */
public final class MoreTestSupport implements AutoCloseable {
    /** The token the connection sends. */
    public static final String TOKEN = "test-token-0123456789";
    /** The manual clock's start. */
    public static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    /** The server. */
    public final FakeServer server = FakeServer.start();
    /** The clock. */
    public final ManualClock clock = ManualClock.at(NOW);
    /** The sleeper; it advances the clock. */
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);
    /** The connection. */
    public final IntercomConnection connection;

    /** Creates the server and the connection. */
    public MoreTestSupport() {
        connection = IntercomConnection.builder()
                .accessToken(TOKEN)
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeper::sleep)
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).retryNonIdempotentOn429(true).build())
                .build();
    }

    @Override
    public void close() {
        connection.close();
        server.close();
    }

    /**
     * Asserts method, raw target, the Intercom headers and, when given, the exact JSON body (field order included).
     *
     * @param r the request
     * @param method the method
     * @param target path and query
     * @param json the body, or null for none
     */
    public static void assertRequest(FakeRequest r, String method, String target, String json) {
        assertEquals(method, r.method(), "method of " + r);
        assertEquals(target, r.target(), "target of " + r);
        assertEquals("Bearer " + TOKEN, r.header("Authorization"), "Authorization of " + r);
        assertEquals(java.util.List.of("2.14"), r.headers("Intercom-Version"), "Intercom-Version of " + r);
        if (json == null) {
            assertEquals("", r.bodyUtf8(), "body of " + r);
        } else {
            assertEquals(TestJson.parse(json), r.json(), "body of " + r);
            assertEquals(TestJson.write(TestJson.parse(json)), r.bodyUtf8(), "body bytes (field order) of " + r);
        }
    }

    /**
     * @param json a document
     * @param type the model
     * @param <T> the model type
     * @return the decoded model
     */
    public static <T> T decode(String json, Class<T> type) {
        return Json.decode(json.getBytes(StandardCharsets.UTF_8), type, "test document");
    }

    /**
     * Decodes into {@code type}, writes back as JSON text, and compares both sides re-parsed.
     *
     * @param json a document
     * @param type the model
     */
    public static void assertLossless(String json, Class<?> type) {
        JsonNode original = Json.tree(json.getBytes(StandardCharsets.UTF_8), "test document");
        Object model = decode(json, type);
        JsonNode back = Json.tree(Json.writeBytes(model), "re-encoded model");
        assertEquals(original, back, () -> type.getSimpleName() + " did not re-encode losslessly");
    }
}
