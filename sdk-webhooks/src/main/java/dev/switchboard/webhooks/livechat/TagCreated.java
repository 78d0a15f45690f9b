package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A tag was created ({@code tag_created}, 3.5+). The verb-first spelling {@code create_tag} of the 3.5 reference is read as the same
 * action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code tag_created})
 * @param payload the new tag
 */
public record TagCreated(LiveChatEnvelope envelope, Tag payload) implements LiveChatWebhook {

    /** Checks the components. */
    public TagCreated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
