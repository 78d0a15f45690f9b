package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * Who created or triggered a {@link NotificationEvent}: a user or an API client (the spec's {@code LastModifiedBy}).
 * Note the spelling {@code entityId} here against {@code entityID} on the event itself.
 *
 * @param email the creator's email
 * @param entityId the creator's id
 * @param entityType the creator's kind, usually {@link EntityType#USER} or {@link EntityType#API_CLIENT}
 * @param name the creator's name
 * @param extra fields this SDK version does not know, kept for the round trip
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LastModifiedBy(
        @JsonProperty("email") String email,
        @JsonProperty("entityId") String entityId,
        @JsonProperty("entityType") EntityType entityType,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public LastModifiedBy {
        extra = Extras.of(extra);
    }
}
