package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A tag was deleted ({@code tag_deleted}, 3.5+). The verb-first spelling {@code delete_tag} of the 3.5 reference is read as the same
 * action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code tag_deleted})
 * @param payload the tag's name only
 */
public record TagDeleted(LiveChatEnvelope envelope, Tag payload) implements LiveChatWebhook {

    /** Checks the components. */
    public TagDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
