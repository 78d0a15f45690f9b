package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * One notification message Suger sent (or will send) to one recipient over one channel, for example an email with
 * its subject and body.
 *
 * <p>A typed view over the message's JSON (see {@link JsonModel}): every accessor may return {@code null}, and the
 * message is written back exactly as the server sent it, {@code creationTime} in its own text and fields this SDK
 * version does not know included.
 */
public final class NotificationMessage extends JsonModel {

    /** @param json the message as sent */
    public NotificationMessage(JsonObject json) {
        super(json);
    }

    /**
     * @return when the message was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code creationTime} is not a timestamp
     */
    public Instant creationTime() {
        return instant("creationTime");
    }

    /**
     * @return the message id, for {@link NotificationMessagesClient#get(String)}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code id} is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the subject, content, recipients and fields of the message, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code info} is not an object
     */
    public NotificationMessageInfo info() {
        return object("info", NotificationMessageInfo::new);
    }

    /**
     * @return the Suger organization ({@code organizationID} on the wire), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code organizationID} is neither a string nor an integer
     */
    public String organizationId() {
        return id("organizationID");
    }

    /**
     * @return the recipient, for example an email address, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code recipient} is not a string
     */
    public String recipient() {
        return string("recipient");
    }

    /**
     * @return the channel, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code type} is not a string
     */
    public NotificationChannel type() {
        return openEnum("type", NotificationChannel::of);
    }
}
