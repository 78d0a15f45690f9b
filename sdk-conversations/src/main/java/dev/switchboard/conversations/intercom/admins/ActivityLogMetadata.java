package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code metadata} of an activity log. The two assignment limits that 2.14 introduced are typed (each may be a
 * number, {@code null} or absent, and is written back as it came); every other key (there are dozens, varying with
 * the activity type: {@code before}, {@code after}, {@code away_mode}, {@code team}, {@code message}, ...) is kept in
 * {@link #extra()} with its JSON type.
 *
 * @param conversationAssignmentLimit the new conversation assignment limit
 *     ({@code admin_conversation_assignment_limit_change})
 * @param ticketAssignmentLimit the new ticket assignment limit ({@code admin_ticket_assignment_limit_change})
 * @param extra every other key
 */
public record ActivityLogMetadata(
        @JsonProperty("conversation_assignment_limit") Patch<Integer> conversationAssignmentLimit,
        @JsonProperty("ticket_assignment_limit") Patch<Integer> ticketAssignmentLimit,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown keys immutable; a missing limit is {@link Patch#absent()}. */
    public ActivityLogMetadata {
        conversationAssignmentLimit = conversationAssignmentLimit == null ? Patch.absent() : conversationAssignmentLimit;
        ticketAssignmentLimit = ticketAssignmentLimit == null ? Patch.absent() : ticketAssignmentLimit;
        extra = Extras.of(extra);
    }

    /** @return the conversation assignment limit, when the metadata has a number for it */
    public Optional<Integer> conversationLimit() {
        return conversationAssignmentLimit.value();
    }

    /** @return the ticket assignment limit, when the metadata has a number for it */
    public Optional<Integer> ticketLimit() {
        return ticketAssignmentLimit.value();
    }
}
