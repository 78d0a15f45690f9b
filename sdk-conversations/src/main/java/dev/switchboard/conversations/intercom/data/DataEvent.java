package dev.switchboard.conversations.intercom.data;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * An event of a user or lead ({@code data_event}), as {@code GET /events} lists them.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataEvent extends JsonModel {

    /** @param json the object as sent */
    public DataEvent(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code event}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return what happened, for example {@code invited-friend}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String eventName() {
        return string("event_name");
    }

    /**
     * @return when it happened, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return your id of the user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return the id of the lead or user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return Intercom's id of the user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String intercomUserId() {
        return id("intercom_user_id");
    }

    /**
     * @return the user's email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return the event's metadata as raw JSON with its JSON types (strings, numbers, and the objects of rich links
     *     and monetary amounts), read-only, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> metadata() {
        return rawObject("metadata");
    }
}
