package dev.switchboard.conversations.intercom.data;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A user's event counts ({@code data_event_summary}, {@code "type": "event.summary"}), as
 * {@code GET /events?summary=true} answers them: one {@link DataEventSummaryItem} per event name, older than 90 days
 * included.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataEventSummary extends JsonModel {

    /** @param json the object as sent */
    public DataEventSummary(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code event.summary}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the user's email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return Intercom's id of the user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String intercomUserId() {
        return id("intercom_user_id");
    }

    /**
     * @return your id of the user, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return the events' counts; empty when absent or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<DataEventSummaryItem> events() {
        return listOrEmpty("events", DataEventSummaryItem::new);
    }
}
