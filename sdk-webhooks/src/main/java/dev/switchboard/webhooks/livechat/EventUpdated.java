package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An event was updated ({@code event_updated}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code event_updated})
 * @param payload the updated event and where it is
 */
public record EventUpdated(LiveChatEnvelope envelope, EventPayload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public EventUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
