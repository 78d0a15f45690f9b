package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * Something a recipient did with a notification, such as opening the email: a typed view over one element of a
 * {@link NotificationEvent}'s {@code trackEvents} (see {@link JsonModel}), written back exactly as sent.
 */
public final class TrackEvent extends JsonModel {

    /** @param json the track event as sent */
    public TrackEvent(JsonObject json) {
        super(json);
    }

    /**
     * @return what the recipient did, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code action} is not a string
     */
    public TrackEventActionType action() {
        return openEnum("action", TrackEventActionType::of);
    }

    /**
     * @return the contact who did it, when known, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code contactId} is neither a string nor an integer
     */
    public String contactId() {
        return id("contactId");
    }

    /**
     * @return when it happened, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code timestamp} is not a timestamp
     */
    public Instant timestamp() {
        return instant("timestamp");
    }
}
