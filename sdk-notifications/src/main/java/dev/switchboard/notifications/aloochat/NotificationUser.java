package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * A user as embedded in a {@link TeamNotification}: its {@code sender} and each recipient's {@code user}. A typed
 * view over that object (see {@link JsonModel}), written back exactly as sent.
 */
public final class NotificationUser extends JsonModel {

    /** @param json the user object as sent */
    public NotificationUser(JsonObject json) {
        super(json);
    }

    /**
     * @return the user id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code id} is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the email address, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code email} is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return the display name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code name} is not a string
     */
    public String name() {
        return string("name");
    }
}
