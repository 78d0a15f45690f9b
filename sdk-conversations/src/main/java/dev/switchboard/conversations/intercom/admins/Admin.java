package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.core.json.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An admin (teammate), as {@link IntercomAdmins#setAway} returns it. Fields this SDK does not type (avatar, team
 * priority level, ...) are kept in {@link #extra()}.
 *
 * @param type {@code admin}
 * @param id the admin's id
 * @param name the admin's name
 * @param email the admin's email
 * @param jobTitle the admin's job title
 * @param awayModeEnabled whether the admin is away
 * @param awayModeReassign whether new replies to the admin's conversations go to the default inbox
 * @param awayStatusReasonId the away reason's id: the schema says integer (nullable), the spec's example sends a
 *     string, so it is kept exactly as sent (a {@code Number}, a {@code String}, {@code null} or absent); read it with
 *     {@link #awayStatusReason()}
 * @param hasInboxSeat whether the admin has an inbox seat
 * @param teamIds the ids of the admin's teams
 * @param extra fields this SDK does not know
 */
public record Admin(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("away_mode_enabled") Boolean awayModeEnabled,
        @JsonProperty("away_mode_reassign") Boolean awayModeReassign,
        @JsonProperty("away_status_reason_id") Patch<Object> awayStatusReasonId,
        @JsonProperty("has_inbox_seat") Boolean hasInboxSeat,
        @JsonProperty("team_ids") List<Long> teamIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps lists and unknown fields immutable; a missing reason id is {@link Patch#absent()}. */
    public Admin {
        awayStatusReasonId = awayStatusReasonId == null ? Patch.absent() : awayStatusReasonId;
        teamIds = teamIds == null ? null : Collections.unmodifiableList(new ArrayList<>(teamIds));
        extra = Extras.of(extra);
    }

    /** @return the away reason's id as a string, when there is one */
    public Optional<String> awayStatusReason() {
        return awayStatusReasonId.value().map(String::valueOf);
    }

    /** @return whether the admin is away ({@code away_mode_enabled: true}) */
    public boolean isAway() {
        return Boolean.TRUE.equals(awayModeEnabled);
    }
}
