package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * Builds Intercom notification bodies for tests, shaped like real ones (every envelope field present), and signs
 * them.
 *
 * <pre>{@code
 * byte[] body = IntercomDelivery.builder("ticket.created", "notif_1").item(ticket).toBytes();
 * String signature = IntercomWebhooks.sign(body, "client-secret");
 * IntercomNotification n = intercom.verify(body, "X-Hub-Signature", signature);
 * }</pre>
 */
public final class IntercomDelivery {
    /** The app id used unless another is set. */
    public static final String DEFAULT_APP_ID = "a86dr8yl";

    private IntercomDelivery() {
    }

    /**
     * @param topic the topic, for example {@code ticket.created}
     * @param id the notification id, for example {@code notif_...}; {@code null} like some pings
     * @return a builder with an empty item, created and first sent at the epoch
     */
    public static Builder builder(String topic, String id) {
        return new Builder(Objects.requireNonNull(topic, "topic"), id);
    }

    /**
     * @param message the ping's message
     * @return a {@code ping} like the ones Intercom sends (no id)
     */
    public static Builder ping(String message) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("type", "ping");
        item.put("message", message);
        return builder("ping", null).item(item);
    }

    /** Configures one notification body. */
    public static final class Builder {
        private final ObjectNode json = JsonNodeFactory.instance.objectNode();
        private final ObjectNode data = JsonNodeFactory.instance.objectNode();

        private Builder(String topic, String id) {
            json.put("type", "notification_event");
            json.put("app_id", DEFAULT_APP_ID);
            data.put("type", "notification_event_data");
            data.set("item", JsonNodeFactory.instance.objectNode());
            json.set("data", data);
            json.set("links", JsonNodeFactory.instance.objectNode());
            json.put("id", id);
            json.put("topic", topic);
            json.putNull("delivery_status");
            json.put("delivery_attempts", 1);
            json.put("delivered_at", 0);
            json.put("first_sent_at", 0);
            json.put("created_at", 0);
            json.putNull("self");
        }

        /**
         * @param appId the workspace
         * @return this builder
         */
        public Builder appId(String appId) {
            json.put("app_id", appId);
            return this;
        }

        /**
         * @param item the item: a {@code Ticket}, {@code Conversation}, {@code Job}, {@code Call}, a map or a tree
         * @return this builder
         */
        public Builder item(Object item) {
            data.set("item", Json.toTree(item));
            return this;
        }

        /**
         * @param json the item as JSON text
         * @return this builder
         * @throws dev.switchboard.core.DecodeException if it is not JSON
         */
        public Builder itemJson(String json) {
            data.set("item", Json.tree(json.getBytes(StandardCharsets.UTF_8), "test item"));
            return this;
        }

        /**
         * @param attempts the delivery attempt, 1 for the first
         * @return this builder
         */
        public Builder deliveryAttempts(int attempts) {
            json.put("delivery_attempts", attempts);
            return this;
        }

        /**
         * @param createdAt when the notification was created (also used as the first attempt)
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            json.put("created_at", createdAt.getEpochSecond());
            json.put("first_sent_at", createdAt.getEpochSecond());
            return this;
        }

        /**
         * @param name any other envelope field
         * @param value its value: a model, map, list, string, number or tree
         * @return this builder
         */
        public Builder field(String name, Object value) {
            JsonNode node = Json.toTree(value);
            json.set(name, node);
            return this;
        }

        /** @return the notification as JSON */
        public ObjectNode toJson() {
            return json.deepCopy();
        }

        /** @return the notification as UTF-8 bytes, ready to sign and POST */
        public byte[] toBytes() {
            return Json.writeBytes(json);
        }
    }
}
