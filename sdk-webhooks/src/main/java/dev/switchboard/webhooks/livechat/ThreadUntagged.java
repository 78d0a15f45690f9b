package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A tag was removed from a thread ({@code thread_untagged}).
 *
 * @param envelope the delivery's envelope ({@code action} {@code thread_untagged})
 * @param payload the thread and the tag
 */
public record ThreadUntagged(LiveChatEnvelope envelope, ThreadTag payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ThreadUntagged {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
