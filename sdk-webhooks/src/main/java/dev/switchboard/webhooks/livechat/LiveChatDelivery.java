package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Builds LiveChat delivery bodies for tests: what LiveChat would POST to your receiver, secret included.
 *
 * <pre>{@code
 * byte[] body = LiveChatDelivery.builder("thread_tagged", "test-secret")
 *         .payloadJson("{\"chat_id\":\"PJ0MRSHTDG\",\"thread_id\":\"K600PKZON8\",\"tag\":\"bug_report\"}")
 *         .toBytes();
 * ThreadTagged tagged = (ThreadTagged) livechat.verify(body);
 * }</pre>
 *
 * <p>The envelope gets a webhook id and organization id unless you set your own; {@code additional_data} is left out
 * unless set.
 */
public final class LiveChatDelivery {
    /** The webhook id used unless another is set. */
    public static final String DEFAULT_WEBHOOK_ID = "test-webhook";
    /** The organization id used unless another is set. */
    public static final String DEFAULT_ORGANIZATION_ID = "390e44e6-f1e6-0368c-z6ddb-74g14508c2ex";

    private LiveChatDelivery() {
    }

    /**
     * @param action the action, for example {@code incoming_chat}
     * @param secret the {@code secret_key} to put in the body
     * @return a builder with an empty object payload
     */
    public static Builder builder(String action, String secret) {
        return new Builder(Objects.requireNonNull(action, "action"), Objects.requireNonNull(secret, "secret"));
    }

    /**
     * @param webhook a decoded webhook
     * @param secret the {@code secret_key} to put in its place
     * @return the webhook as a body with that secret, for example to test a rotated secret
     */
    public static byte[] withSecret(LiveChatWebhook webhook, String secret) {
        ObjectNode json = LiveChatJson.write(webhook, false);
        json.put("secret_key", secret);
        return Json.writeBytes(json);
    }

    /** Configures one delivery body. */
    public static final class Builder {
        private final ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        private JsonNode payload = JsonNodeFactory.instance.objectNode();
        private final ObjectNode after = JsonNodeFactory.instance.objectNode();

        private Builder(String action, String secret) {
            envelope.put("webhook_id", DEFAULT_WEBHOOK_ID);
            envelope.put("secret_key", secret);
            envelope.put("action", action);
            envelope.put("organization_id", DEFAULT_ORGANIZATION_ID);
        }

        /**
         * @param webhookId the registered webhook's id
         * @return this builder
         */
        public Builder webhookId(String webhookId) {
            envelope.put("webhook_id", webhookId);
            return this;
        }

        /**
         * @param organizationId the organization
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            envelope.put("organization_id", organizationId);
            return this;
        }

        /**
         * @param payload the payload: one of this package's models, a map, a list or a JSON tree
         * @return this builder
         */
        public Builder payload(Object payload) {
            this.payload = Json.toTree(payload);
            return this;
        }

        /**
         * @param json the payload as JSON text
         * @return this builder
         * @throws dev.switchboard.core.DecodeException if it is not JSON
         */
        public Builder payloadJson(String json) {
            this.payload = Json.tree(json.getBytes(StandardCharsets.UTF_8), "test payload");
            return this;
        }

        /**
         * @param requester who made a configuration change (3.6)
         * @return this builder
         */
        public Builder requester(Requester requester) {
            after.set("requester", Json.toTree(requester));
            return this;
        }

        /**
         * @param additionalData the {@code additional_data}
         * @return this builder
         */
        public Builder additionalData(AdditionalData additionalData) {
            after.set("additional_data", Json.toTree(additionalData));
            return this;
        }

        /**
         * @param name any other envelope field, for example a future one
         * @param value its value: a model, map, list, string, number or JSON tree
         * @return this builder
         */
        public Builder field(String name, Object value) {
            after.set(name, Json.toTree(value));
            return this;
        }

        /** @return the delivery as JSON */
        public ObjectNode toJson() {
            ObjectNode out = envelope.deepCopy();
            out.set("payload", payload);
            out.setAll(after);
            return out;
        }

        /** @return the delivery as UTF-8 bytes, ready to POST */
        public byte[] toBytes() {
            return Json.writeBytes(toJson());
        }
    }
}
