package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code PUT /admins/{admin_id}/away}: {@code away_mode_enabled} and {@code away_mode_reassign} (both
 * required by the API, so always sent) and an optional {@code away_status_reason_id}, sent as the integer the schema
 * asks for.
 *
 * <pre>{@code
 * SetAway away = SetAway.away().reassign(true).reason("12345");
 * SetAway back = SetAway.back();
 * }</pre>
 *
 * @param awayModeEnabled {@code true} to set the admin away, {@code false} to bring them back
 * @param awayModeReassign {@code true} to send new replies to the admin's conversations to the default inbox
 * @param awayStatusReasonId the away reason's id, or {@code null} to send none
 */
@JsonPropertyOrder({"away_mode_enabled", "away_mode_reassign", "away_status_reason_id"})
public record SetAway(
        @JsonProperty("away_mode_enabled") boolean awayModeEnabled,
        @JsonProperty("away_mode_reassign") boolean awayModeReassign,
        @JsonProperty("away_status_reason_id") Long awayStatusReasonId) {

    /** @return away, without reassigning, without a reason */
    public static SetAway away() {
        return new SetAway(true, false, null);
    }

    /** @return back from away (not away, no reassigning, no reason) */
    public static SetAway back() {
        return new SetAway(false, false, null);
    }

    /**
     * @param reassign whether new replies go to the default inbox while away
     * @return a copy with that setting
     */
    public SetAway reassign(boolean reassign) {
        return new SetAway(awayModeEnabled, reassign, awayStatusReasonId);
    }

    /**
     * @param reasonId an away status reason id (digits, as {@link AwayStatusReason#id()} gives it)
     * @return a copy that sends that reason
     * @throws IllegalArgumentException if the id is blank or not a positive integer
     */
    public SetAway reason(String reasonId) {
        if (reasonId == null || reasonId.isBlank()) {
            throw new IllegalArgumentException("reasonId must not be blank");
        }
        long id;
        try {
            id = Long.parseLong(reasonId.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reasonId must be an integer id, was '" + reasonId + "'");
        }
        if (id <= 0) {
            throw new IllegalArgumentException("reasonId must be positive, was " + id);
        }
        return new SetAway(awayModeEnabled, awayModeReassign, id);
    }
}
