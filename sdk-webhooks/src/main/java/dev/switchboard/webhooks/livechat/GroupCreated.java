package dev.switchboard.webhooks.livechat;

import java.util.Objects;

/**
 * A group was created ({@code group_created}); the payload is complete. The verb-first spelling {@code create_group} of the 3.4/3.5 reference is read as
 * the same action.
 *
 * @param envelope the delivery's envelope ({@code action} {@code group_created})
 * @param payload the new group
 */
public record GroupCreated(LiveChatEnvelope envelope, Group payload) implements LiveChatWebhook {

    /** Checks the components. */
    public GroupCreated {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }
}
