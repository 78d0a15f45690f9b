package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Optional;

/**
 * The {@code metadata} of an activity log. The two assignment limits that 2.14 introduced are typed (each may be a
 * number, {@code null} or absent); every other key (there are dozens, varying with the activity type: {@code before},
 * {@code after}, {@code away_mode}, {@code team}, {@code message}, ...) is in {@link #json()} with its JSON type.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ActivityLogMetadata extends JsonModel {

    /** @param json the object as sent */
    public ActivityLogMetadata(JsonObject json) {
        super(json);
    }

    /**
     * @return the new conversation assignment limit ({@code admin_conversation_assignment_limit_change}), or
     *     {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer conversationAssignmentLimit() {
        return integer("conversation_assignment_limit");
    }

    /**
     * @return the new ticket assignment limit ({@code admin_ticket_assignment_limit_change}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer ticketAssignmentLimit() {
        return integer("ticket_assignment_limit");
    }

    /**
     * @return the conversation assignment limit, when the metadata has a number for it
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Optional<Integer> conversationLimit() {
        return Optional.ofNullable(conversationAssignmentLimit());
    }

    /**
     * @return the ticket assignment limit, when the metadata has a number for it
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Optional<Integer> ticketLimit() {
        return Optional.ofNullable(ticketAssignmentLimit());
    }
}
