package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * An event was sent to a chat ({@code incoming_event}): a message, file, form, rich message, ...
 *
 * @param envelope the delivery's envelope ({@code action} {@code incoming_event})
 * @param payload the event and where it is
 */
public record IncomingEvent(LiveChatEnvelope envelope, EventPayload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public IncomingEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
