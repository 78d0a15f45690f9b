package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A delivery whose action this SDK does not know (a newer API version, or an action retired before 3.4). It was
 * verified like any other; its envelope is read and its payload kept as raw JSON, so nothing is lost and nothing
 * fails.
 *
 * @param envelope the delivery's envelope; {@link LiveChatEnvelope#action()} says what happened
 * @param payload the payload exactly as sent, or {@code null} when the delivery had none
 */
public record UnknownLiveChatWebhook(LiveChatEnvelope envelope, JsonNode payload) implements LiveChatWebhook {

    /** Checks the envelope. */
    public UnknownLiveChatWebhook {
        Objects.requireNonNull(envelope, "envelope");
    }
}
