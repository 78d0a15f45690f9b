package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;

/**
 * Something a recipient did with a notification, such as opening the email. Like {@link NotificationEvent}, it writes
 * {@code null} components back as {@code null} and times in the server's layout.
 *
 * @param action what the recipient did
 * @param contactId the contact who did it, when known
 * @param timestamp when it happened
 * @param extra fields this SDK version does not know, kept for the round trip
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrackEvent(
        @JsonProperty("action") TrackEventActionType action,
        @JsonProperty("contactId") String contactId,
        @JsonProperty("timestamp") @JsonSerialize(using = SugerTimeSerializer.class) Instant timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TrackEvent {
        extra = Extras.of(extra);
    }
}
