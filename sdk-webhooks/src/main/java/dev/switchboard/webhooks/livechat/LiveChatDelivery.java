package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.DecodeFailures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * unless set. Values are written as given: JSON text keeps its number text, and models their JSON.
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
     * @return the delivery as it arrived, with that secret instead of its own, for example to test a rotated secret
     */
    public static byte[] withSecret(LiveChatWebhook webhook, String secret) {
        return Json.writeBytes(webhook.rawJsonWithSecret().with(SecretKey.FIELD, Objects.requireNonNull(secret, "secret")));
    }

    /** Configures one delivery body. */
    public static final class Builder {
        private final JsonObject.Builder delivery = JsonObject.builder();

        private Builder(String action, String secret) {
            // LiveChat's order: the envelope's identifying fields, the payload, then requester and additional data.
            delivery.put("webhook_id", DEFAULT_WEBHOOK_ID)
                    .put(SecretKey.FIELD, secret)
                    .put("action", action)
                    .put("organization_id", DEFAULT_ORGANIZATION_ID)
                    .put("payload", JsonObject.EMPTY);
        }

        /**
         * @param webhookId the registered webhook's id
         * @return this builder
         */
        public Builder webhookId(String webhookId) {
            delivery.put("webhook_id", webhookId);
            return this;
        }

        /**
         * @param organizationId the organization
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            delivery.put("organization_id", organizationId);
            return this;
        }

        /**
         * @param payload the payload: one of this package's models, a {@link JsonObject} or other map, a list, or a
         *     Jackson tree
         * @return this builder
         * @throws IllegalArgumentException if it is not a JSON value
         */
        public Builder payload(Object payload) {
            delivery.put("payload", payload instanceof JsonNode node ? parse(Json.writeBytes(node)) : payload);
            return this;
        }

        /**
         * @param json the payload as JSON text (any JSON value); numbers keep their text
         * @return this builder
         * @throws DecodeException if it is not JSON
         */
        public Builder payloadJson(String json) {
            delivery.put("payload", parse(json.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        /**
         * @param requester who made a configuration change (3.6)
         * @return this builder
         */
        public Builder requester(Requester requester) {
            delivery.put("requester", requester);
            return this;
        }

        /**
         * @param additionalData the {@code additional_data}
         * @return this builder
         */
        public Builder additionalData(AdditionalData additionalData) {
            delivery.put("additional_data", additionalData);
            return this;
        }

        /**
         * @param name any other envelope field, for example a future one
         * @param value its value: a model, map, list, string, number, boolean or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if it is not a JSON value
         */
        public Builder field(String name, Object value) {
            delivery.put(name, value);
            return this;
        }

        /** @return the delivery as JSON, secret included */
        public JsonObject toJson() {
            return delivery.build();
        }

        /** @return the delivery as UTF-8 bytes, ready to POST */
        public byte[] toBytes() {
            return Json.writeBytes(toJson());
        }

        private static Object parse(byte[] json) {
            try (JsonParser p = Json.parser(new ByteArrayInputStream(json))) {
                if (p.nextToken() == null) {
                    throw new DecodeException("could not decode test payload: it is empty", "", null);
                }
                Object value = Json.readValue(p);
                if (p.nextToken() != null) {
                    throw new DecodeException("could not decode test payload: it has content after the JSON value", "", null);
                }
                return value;
            } catch (IOException e) {
                throw DecodeFailures.of("test payload", "JSON", e);
            }
        }
    }
}
