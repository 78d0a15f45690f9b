package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A user as embedded in a {@link TeamNotification}: its {@code sender} and each recipient's {@code user}.
 *
 * @param id the user id
 * @param email the email address
 * @param name the display name
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record NotificationUser(
        @JsonProperty("id") String id,
        @JsonProperty("email") String email,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public NotificationUser {
        extra = Extras.of(extra);
    }
}
