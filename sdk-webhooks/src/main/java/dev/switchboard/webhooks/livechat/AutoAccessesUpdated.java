package dev.switchboard.webhooks.livechat;

import java.util.List;
import java.util.Objects;

/**
 * Auto access rules changed ({@code auto_accesses_updated}, 3.5+). Unlike every other webhook its payload is a JSON
 * <em>array</em>: one entry per rule the change touched. LiveChat's own samples of this webhook say
 * {@code "action": "auto_access_added"}; a delivery of any {@code auto_access_*} action whose payload is an array
 * decodes to this type, with the action kept as sent.
 *
 * @param envelope the delivery's envelope ({@code action} {@code auto_accesses_updated})
 * @param payload the affected rules, in order
 */
public record AutoAccessesUpdated(LiveChatEnvelope envelope, List<AutoAccessChange> payload) implements LiveChatWebhook {

    /** Checks the components. */
    public AutoAccessesUpdated {
        Objects.requireNonNull(envelope, "envelope");
        payload = List.copyOf(Objects.requireNonNull(payload, "payload"));
    }
}
