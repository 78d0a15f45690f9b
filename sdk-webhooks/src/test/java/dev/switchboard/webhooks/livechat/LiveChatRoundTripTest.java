package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.webhooks.TestFiles;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture decodes to its type and is written back as the same JSON, secret included. */
class LiveChatRoundTripTest {

    static Stream<String> fixtures() {
        return TestFiles.resources("livechat");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void decodesToItsTypeAndWritesBackTheSameJson(String resource) {
        byte[] body = TestFiles.resource(resource);
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(body);
        assertInstanceOf(LiveChatFixtures.TYPES.get(LiveChatFixtures.stem(resource)), webhook, resource);
        TestFiles.assertSameJson(body, webhook.toJson());
        TestFiles.assertSameJson(body, Json.toTree(webhook));
        assertEquals(webhook, LiveChatWebhooks.decodeWithoutVerification(Json.writeBytes(webhook)), "stable after a second pass");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void secretNeverInToStringAndRedactedInRedactedJson(String resource) {
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(TestFiles.resource(resource));
        assertFalse(webhook.toString().contains(LiveChatFixtures.SECRET), webhook::toString);
        assertTrue(webhook.toString().contains("secretKey=[redacted]"));
        JsonNode redacted = webhook.toRedactedJson();
        assertEquals("[redacted]", redacted.get("secret_key").textValue());
        assertFalse(redacted.toString().contains(LiveChatFixtures.SECRET));
        assertEquals(LiveChatFixtures.SECRET, webhook.toJson().get("secret_key").textValue(), "toJson keeps the secret");
    }

    @Test
    void everyTypedActionHasAFixture() {
        List<String> stems = fixtures().map(LiveChatFixtures::stem).distinct().toList();
        // Aliases and the other two 3.4 auto access actions are covered in LiveChatActionsTest.
        java.util.Set<String> elsewhere = java.util.Set.of("create_group", "update_group", "delete_group", "create_tag",
                "update_tag", "delete_tag", "auto_access_updated", "auto_access_deleted");
        for (String action : LiveChatWebhooks.knownActions()) {
            if (!elsewhere.contains(action)) {
                assertTrue(stems.contains(action), "no fixture for " + action);
            }
        }
        assertTrue(stems.contains("incoming_customer"));
        assertTrue(stems.contains("unknown_action"));
    }

    @Test
    void payloadFieldOrderIsKept() {
        byte[] body = LiveChatFixtures.body("agent_created");
        LiveChatWebhook webhook = LiveChatFixtures.verifier().verify(body);
        List<String> names = iterate(webhook.toJson());
        assertEquals(List.of("webhook_id", "secret_key", "action", "organization_id", "payload", "requester", "additional_data"),
                names);
    }

    private static List<String> iterate(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
