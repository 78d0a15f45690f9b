package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * A chat came in with a new thread ({@code incoming_chat}); the thread holds the events it started with.
 *
 * @param envelope the delivery's envelope ({@code action} {@code incoming_chat})
 * @param payload the chat
 */
public record IncomingChat(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public IncomingChat {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code incoming_chat}.
     *
     * @param chat the chat, with its one new thread
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat") Chat chat,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
