package dev.switchboard.conversations.intercom.admins;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.EpochSecondsSerializer;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * One admin activity ({@code activity_log}).
 *
 * @param id the activity's id
 * @param performedBy the admin who did it
 * @param metadata details, varying with the activity type
 * @param createdAt when it happened
 * @param activityType what happened (open: unknown values are kept)
 * @param activityDescription a sentence describing it
 * @param extra fields this SDK does not know
 */
public record ActivityLog(
        @JsonProperty("id") String id,
        @JsonProperty("performed_by") PerformedBy performedBy,
        @JsonProperty("metadata") ActivityLogMetadata metadata,
        @JsonProperty("created_at") @JsonSerialize(using = EpochSecondsSerializer.class) Instant createdAt,
        @JsonProperty("activity_type") ActivityType activityType,
        @JsonProperty("activity_description") String activityDescription,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ActivityLog {
        extra = Extras.of(extra);
    }

    /**
     * The admin who performed an activity.
     *
     * @param type {@code admin}
     * @param id the admin's id
     * @param email the admin's email
     * @param ip the IP address the admin acted from
     * @param extra fields this SDK does not know
     */
    public record PerformedBy(
            @JsonProperty("type") String type,
            @JsonProperty("id") String id,
            @JsonProperty("email") String email,
            @JsonProperty("ip") String ip,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public PerformedBy {
            extra = Extras.of(extra);
        }
    }
}
