package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A tag changed ({@code tag_updated}, 3.5+). The verb-first spelling {@code update_tag} of the 3.5 reference is read as the same
 * action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code tag_updated})
 * @param payload the tag's name and changed fields
 */
public record TagUpdated(LiveChatEnvelope envelope, Tag payload) implements LiveChatWebhook {

    /** Checks the components. */
    public TagUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
