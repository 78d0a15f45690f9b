package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One recipient of a {@link TeamNotification}, with that user's own read status.
 *
 * @param id the recipient entry's id
 * @param notificationId the notification ({@code notification_id})
 * @param userId the user ({@code user_id})
 * @param status the user's status of the notification
 * @param readAt when the user read it; {@code null} while unread, and written back as {@code null} as the API sends it
 * @param user the user
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record NotificationRecipient(
        @JsonProperty("id") String id,
        @JsonProperty("notification_id") String notificationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("status") NotificationStatus status,
        @JsonProperty("read_at") @JsonInclude(JsonInclude.Include.ALWAYS) Instant readAt,
        @JsonProperty("user") NotificationUser user,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public NotificationRecipient {
        extra = Extras.of(extra);
    }

    /** @return when the user read the notification, if they have */
    public Optional<Instant> readAtValue() {
        return Optional.ofNullable(readAt);
    }
}
