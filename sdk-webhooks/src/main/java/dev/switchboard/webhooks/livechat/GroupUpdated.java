package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A group changed ({@code group_updated}); the payload holds the id and the changed fields. The verb-first spelling {@code update_group} of the 3.4/3.5 reference is read as
 * the same action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code group_updated})
 * @param payload the id and changed fields
 */
public record GroupUpdated(LiveChatEnvelope envelope, Group payload) implements LiveChatWebhook {

    /** Checks the components. */
    public GroupUpdated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
