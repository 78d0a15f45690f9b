package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import java.util.Map;
import java.util.Set;

/** Puts a webhook's envelope and payload back together as one delivery object. */
final class LiveChatJson {
    /** Envelope fields written before {@code payload}, as LiveChat orders them. */
    private static final Set<String> BEFORE_PAYLOAD = Set.of("webhook_id", "secret_key", "action", "organization_id",
            "license_id");

    private LiveChatJson() {
    }

    static ObjectNode write(LiveChatWebhook webhook, boolean redact) {
        JsonNode envelope = Json.toTree(webhook.envelope());
        Object payloadValue = webhook.payload();
        JsonNode payload = payloadValue == null ? null : Json.toTree(payloadValue);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        boolean payloadWritten = payload == null;
        for (Map.Entry<String, JsonNode> field : envelope.properties()) {
            if (!payloadWritten && !BEFORE_PAYLOAD.contains(field.getKey())) {
                out.set("payload", payload);
                payloadWritten = true;
            }
            out.set(field.getKey(), field.getValue());
        }
        if (!payloadWritten) {
            out.set("payload", payload);
        }
        JsonNode secret = out.get("secret_key");
        if (redact && secret != null && !secret.isNull()) {
            out.put("secret_key", LiveChatEnvelope.REDACTED);
        }
        return out;
    }
}
