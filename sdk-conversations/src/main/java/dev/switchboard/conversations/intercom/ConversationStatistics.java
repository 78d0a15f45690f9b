package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reporting figures of a conversation ({@code conversation_statistics}). Durations are in seconds; the
 * {@code *_at} fields are instants.
 *
 * @param type {@code conversation_statistics}
 * @param timeToAssignment until the last assignment before the first admin reply
 * @param timeToAdminReply until the first admin reply (office hours)
 * @param timeToFirstClose until the first close (office hours)
 * @param timeToLastClose until the last close (office hours)
 * @param medianTimeToReply median admin reply time after a contact reply (office hours)
 * @param firstContactReplyAt first text part from the contact
 * @param firstAssignmentAt first assignment after the first contact reply
 * @param firstAdminReplyAt first admin reply after the first contact reply
 * @param firstCloseAt first close after the first contact reply
 * @param lastAssignmentAt last assignment after the first contact reply
 * @param lastAssignmentAdminReplyAt first admin reply since the latest assignment
 * @param lastContactReplyAt the contact's latest part
 * @param lastAdminReplyAt the latest admin part
 * @param lastCloseAt the latest close
 * @param lastClosedById the admin who closed it last (numbers are read as strings)
 * @param countReopens reopens after the first contact reply
 * @param countAssignments assignments after the first contact reply
 * @param countConversationParts parts in the conversation
 * @param assignedTeamFirstResponseTime first response time per assigned team
 * @param assignedTeamFirstResponseTimeInOfficeHours the same, within office hours
 * @param handlingTime from assignment to close
 * @param adjustedHandlingTime handling time without idle periods, or {@code null}
 * @param extra fields this SDK does not know
 */
public record ConversationStatistics(
        @JsonProperty("type") String type,
        @JsonProperty("time_to_assignment") Long timeToAssignment,
        @JsonProperty("time_to_admin_reply") Long timeToAdminReply,
        @JsonProperty("time_to_first_close") Long timeToFirstClose,
        @JsonProperty("time_to_last_close") Long timeToLastClose,
        @JsonProperty("median_time_to_reply") Long medianTimeToReply,
        @JsonProperty("first_contact_reply_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant firstContactReplyAt,
        @JsonProperty("first_assignment_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant firstAssignmentAt,
        @JsonProperty("first_admin_reply_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant firstAdminReplyAt,
        @JsonProperty("first_close_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant firstCloseAt,
        @JsonProperty("last_assignment_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant lastAssignmentAt,
        @JsonProperty("last_assignment_admin_reply_at") @JsonSerialize(using = EpochSecondsSerializer.class)
                Instant lastAssignmentAdminReplyAt,
        @JsonProperty("last_contact_reply_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant lastContactReplyAt,
        @JsonProperty("last_admin_reply_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant lastAdminReplyAt,
        @JsonProperty("last_close_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant lastCloseAt,
        @JsonProperty("last_closed_by_id") String lastClosedById,
        @JsonProperty("count_reopens") Integer countReopens,
        @JsonProperty("count_assignments") Integer countAssignments,
        @JsonProperty("count_conversation_parts") Integer countConversationParts,
        @JsonProperty("assigned_team_first_response_time") List<TeamResponseTime> assignedTeamFirstResponseTime,
        @JsonProperty("assigned_team_first_response_time_in_office_hours")
                List<TeamResponseTime> assignedTeamFirstResponseTimeInOfficeHours,
        @JsonProperty("handling_time") Long handlingTime,
        @JsonProperty("adjusted_handling_time") Long adjustedHandlingTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the lists and unknown fields immutable. */
    public ConversationStatistics {
        assignedTeamFirstResponseTime = Models.list(assignedTeamFirstResponseTime);
        assignedTeamFirstResponseTimeInOfficeHours = Models.list(assignedTeamFirstResponseTimeInOfficeHours);
        extra = Extras.of(extra);
    }
}
