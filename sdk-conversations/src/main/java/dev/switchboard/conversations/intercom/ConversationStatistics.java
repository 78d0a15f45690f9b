package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Reporting figures of a conversation ({@code conversation_statistics}). Durations are in seconds; the {@code *_at}
 * fields are instants.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationStatistics extends JsonModel {

    /** @param json the object as sent */
    public ConversationStatistics(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation_statistics}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return seconds until the last assignment before the first admin reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long timeToAssignment() {
        return longNumber("time_to_assignment");
    }

    /**
     * @return seconds until the first admin reply (office hours), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long timeToAdminReply() {
        return longNumber("time_to_admin_reply");
    }

    /**
     * @return seconds until the first close (office hours), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long timeToFirstClose() {
        return longNumber("time_to_first_close");
    }

    /**
     * @return seconds until the last close (office hours), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long timeToLastClose() {
        return longNumber("time_to_last_close");
    }

    /**
     * @return the median admin reply time after a contact reply (office hours), in seconds, exactly as sent: a median
     *     of two replies can be a half second ({@code 601.5}); {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not a number
     */
    public BigDecimal medianTimeToReply() {
        return decimal("median_time_to_reply");
    }

    /**
     * @return the time of the first text part from the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant firstContactReplyAt() {
        return instant("first_contact_reply_at");
    }

    /**
     * @return the time of the first assignment after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant firstAssignmentAt() {
        return instant("first_assignment_at");
    }

    /**
     * @return the time of the first admin reply after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant firstAdminReplyAt() {
        return instant("first_admin_reply_at");
    }

    /**
     * @return the time of the first close after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant firstCloseAt() {
        return instant("first_close_at");
    }

    /**
     * @return the time of the last assignment after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastAssignmentAt() {
        return instant("last_assignment_at");
    }

    /**
     * @return the time of the first admin reply since the latest assignment, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastAssignmentAdminReplyAt() {
        return instant("last_assignment_admin_reply_at");
    }

    /**
     * @return the time of the contact's latest part, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastContactReplyAt() {
        return instant("last_contact_reply_at");
    }

    /**
     * @return the time of the latest admin part, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastAdminReplyAt() {
        return instant("last_admin_reply_at");
    }

    /**
     * @return the time of the latest close, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant lastCloseAt() {
        return instant("last_close_at");
    }

    /**
     * @return the admin who closed it last (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String lastClosedById() {
        return id("last_closed_by_id");
    }

    /**
     * @return reopens after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer countReopens() {
        return integer("count_reopens");
    }

    /**
     * @return assignments after the first contact reply, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer countAssignments() {
        return integer("count_assignments");
    }

    /**
     * @return parts in the conversation, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer countConversationParts() {
        return integer("count_conversation_parts");
    }

    /**
     * @return the first response time per assigned team, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<TeamResponseTime> assignedTeamFirstResponseTime() {
        return list("assigned_team_first_response_time", TeamResponseTime::new);
    }

    /**
     * @return the same, within office hours, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<TeamResponseTime> assignedTeamFirstResponseTimeInOfficeHours() {
        return list("assigned_team_first_response_time_in_office_hours", TeamResponseTime::new);
    }

    /**
     * @return seconds from assignment to close, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long handlingTime() {
        return longNumber("handling_time");
    }

    /**
     * @return the handling time without idle periods, in seconds, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long adjustedHandlingTime() {
        return longNumber("adjusted_handling_time");
    }
}
