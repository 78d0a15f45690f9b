package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * One recipient of a {@link TeamNotification}, with that user's own read status. Also what
 * {@link TeamNotificationsClient#updateStatus} reads its (undocumented) response as. A typed view over the recipient's
 * JSON (see {@link JsonModel}), written back exactly as sent ({@code "read_at": null} included).
 */
public final class NotificationRecipient extends JsonModel {

    /** @param json the recipient entry as sent */
    public NotificationRecipient(JsonObject json) {
        super(json);
    }

    /**
     * @return the recipient entry's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code id} is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the notification ({@code notification_id}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code notification_id} is neither a string nor an integer
     */
    public String notificationId() {
        return id("notification_id");
    }

    /**
     * @return the user ({@code user_id}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code user_id} is neither a string nor an integer
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return the user's status of the notification, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code status} is not a string
     */
    public NotificationStatus status() {
        return openEnum("status", NotificationStatus::of);
    }

    /**
     * @return when the user read it; {@code null} while unread
     * @throws dev.switchboard.core.DecodeException if {@code read_at} is not a timestamp
     */
    public Instant readAt() {
        return instant("read_at");
    }

    /**
     * @return the user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code user} is not an object
     */
    public NotificationUser user() {
        return object("user", NotificationUser::new);
    }

    /**
     * @return when the user read the notification, if they have
     * @throws dev.switchboard.core.DecodeException if {@code read_at} is not a timestamp
     */
    public Optional<Instant> readAtValue() {
        return Optional.ofNullable(readAt());
    }
}
