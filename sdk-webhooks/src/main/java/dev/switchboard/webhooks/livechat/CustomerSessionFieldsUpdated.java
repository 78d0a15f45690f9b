package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chatting customer's session fields changed ({@code customer_session_fields_updated}); sent once per active chat of
 * the customer.
 *
 * @param envelope the delivery's envelope ({@code action} {@code customer_session_fields_updated})
 * @param payload the customer, the chat and the fields
 */
public record CustomerSessionFieldsUpdated(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public CustomerSessionFieldsUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code customer_session_fields_updated}.
     *
     * @param id the customer
     * @param activeChat the active chat this delivery is for
     * @param sessionFields the fields: a list of one-entry objects
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("id") String id,
            @JsonProperty("active_chat") ActiveChat activeChat,
            @JsonProperty("session_fields") List<Map<String, String>> sessionFields,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            sessionFields = Copies.list(sessionFields);
            extra = Extras.of(extra);
        }
    }

    /**
     * A customer's active chat.
     *
     * @param chatId the chat
     * @param threadId its open thread
     * @param extra fields this SDK does not know
     */
    public record ActiveChat(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public ActiveChat {
            extra = Extras.of(extra);
        }
    }
}
