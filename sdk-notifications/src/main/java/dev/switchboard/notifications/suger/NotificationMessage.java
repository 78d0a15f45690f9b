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
 * One notification message Suger sent (or will send) to one recipient over one channel, for example an email with
 * its subject and body. Like {@link NotificationEvent}, it writes {@code null} components back as {@code null} and
 * times in the server's layout.
 *
 * @param creationTime when the message was created
 * @param id the message id, for {@link NotificationMessages#get(String)}
 * @param info subject, content, recipients and fields of the message
 * @param organizationId the Suger organization ({@code organizationID} on the wire)
 * @param recipient the recipient, for example an email address
 * @param type the channel
 * @param extra fields this SDK version does not know, kept for the round trip
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NotificationMessage(
        @JsonProperty("creationTime") @JsonSerialize(using = SugerTimeSerializer.class) Instant creationTime,
        @JsonProperty("id") String id,
        @JsonProperty("info") NotificationMessageInfo info,
        @JsonProperty("organizationID") String organizationId,
        @JsonProperty("recipient") String recipient,
        @JsonProperty("type") NotificationChannel type,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public NotificationMessage {
        extra = Extras.of(extra);
    }
}
