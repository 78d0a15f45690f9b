package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.webhooks.TestFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture decodes to its type and is written back byte for byte: with its secret through
 * {@link LiveChatWebhook#rawJsonWithSecret()}, with the secret redacted through every other way out.
 */
class LiveChatRoundTripTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    static Stream<String> fixtures() {
        return TestFiles.resources("livechat");
    }

    /** @return the fixture as compact JSON, which is what a view writes */
    private static String compact(byte[] body) {
        return Json.write(Json.object(body, "fixture"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void decodesToItsTypeAndWritesBackTheSameJson(String resource) {
        byte[] body = TestFiles.resource(resource);
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(body);
        assertInstanceOf(LiveChatFixtures.TYPES.get(LiveChatFixtures.stem(resource)), webhook, resource);
        assertEquals(compact(body), Json.write(webhook.rawJsonWithSecret()), "the delivery with its secret, exactly");
        String redacted = compact(body).replace("\"" + LiveChatFixtures.SECRET + "\"", "\"[redacted]\"");
        assertEquals(redacted, Json.write(webhook), "Json.write: exactly, but the secret");
        assertEquals(redacted, Json.write(webhook.json()));
        assertEquals(webhook, LiveChatWebhooks.decodeWithoutVerification(Json.writeBytes(webhook.rawJsonWithSecret())),
                "stable after a second pass");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theSecretIsRedactedEverywhereButTheRawAccessor(String resource) throws Exception {
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(TestFiles.resource(resource));
        for (String shown : List.of(webhook.toString(), webhook.envelope().toString(), Json.write(webhook),
                PLAIN.writeValueAsString(webhook), PLAIN.writeValueAsString(webhook.envelope()), webhook.json().toString(),
                String.valueOf(webhook.payload()))) {
            assertFalse(shown.contains(LiveChatFixtures.SECRET), shown);
        }
        assertTrue(webhook.toString().contains("\"secret_key\":\"[redacted]\""), webhook::toString);
        assertEquals("[redacted]", webhook.json().getString("secret_key"));
        assertEquals("[redacted]", webhook.envelope().json().getString("secret_key"));
        assertEquals(LiveChatFixtures.SECRET, webhook.rawJsonWithSecret().getString("secret_key"), "the raw accessor keeps it");
        assertEquals(LiveChatFixtures.SECRET, webhook.envelope().secretKey(), "the envelope's raw secret");
    }

    @Test
    void aViewBuiltFromRawJsonRedactsToo() {
        JsonObject raw = Json.object(LiveChatFixtures.body("thread_tagged"), "fixture");
        ThreadTagged w = new ThreadTagged(raw);
        assertEquals("[redacted]", w.json().getString("secret_key"), "by construction, not by the decoder");
        assertEquals(LiveChatFixtures.SECRET, w.envelope().secretKey());
        LiveChatEnvelope envelope = new LiveChatEnvelope(raw.without("payload"));
        assertFalse(envelope.toString().contains(LiveChatFixtures.SECRET));
        assertFalse(Json.write(envelope).contains(LiveChatFixtures.SECRET));
    }

    @Test
    void everyTypedActionHasAFixture() {
        List<String> stems = fixtures().map(LiveChatFixtures::stem).distinct().toList();
        // The verb-first aliases are covered in LiveChatActionsTest.
        java.util.Set<String> elsewhere = java.util.Set.of("create_group", "update_group", "delete_group", "create_tag",
                "update_tag", "delete_tag");
        for (String action : LiveChatWebhooks.knownActions()) {
            if (!elsewhere.contains(action)) {
                assertTrue(stems.contains(action), "no fixture for " + action);
            }
        }
        assertTrue(stems.contains("unknown_action"));
    }

    @Test
    void fieldOrderIsKept() {
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(LiveChatFixtures.body("agent_created"));
        List<String> expected = List.of("webhook_id", "secret_key", "action", "organization_id", "payload", "requester",
                "additional_data");
        assertEquals(expected, new ArrayList<>(webhook.json().keySet()));
        assertEquals(expected, new ArrayList<>(webhook.rawJsonWithSecret().keySet()));
        assertEquals(List.of("webhook_id", "secret_key", "action", "organization_id", "requester", "additional_data"),
                new ArrayList<>(webhook.envelope().json().keySet()), "the envelope is the delivery without its payload");
    }
}
