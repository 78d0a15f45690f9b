package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A group was deleted ({@code group_deleted}). The verb-first spelling {@code delete_group} of the 3.4/3.5 reference is read as
 * the same action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code group_deleted})
 * @param payload the group's id only
 */
public record GroupDeleted(LiveChatEnvelope envelope, Group payload) implements LiveChatWebhook {

    /** Checks the components. */
    public GroupDeleted {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
