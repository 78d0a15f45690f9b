package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A thread was tagged ({@code thread_tagged}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code thread_tagged})
 * @param payload the thread and the tag
 */
public record ThreadTagged(LiveChatEnvelope envelope, ThreadTag payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ThreadTagged {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
