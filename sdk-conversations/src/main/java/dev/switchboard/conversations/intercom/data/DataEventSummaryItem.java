package dev.switchboard.conversations.intercom.data;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * One event's counts in a user's summary ({@code data_event_summary_item}): its name, how often it was sent, and
 * when first and last. Intercom sends the times as ISO-8601 text (one spec example ends in a space, which is read
 * too).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataEventSummaryItem extends JsonModel {

    /** @param json the object as sent */
    public DataEventSummaryItem(JsonObject json) {
        super(json);
    }

    /**
     * @return the event's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return when it was first sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither an ISO-8601 timestamp nor epoch seconds
     */
    public Instant first() {
        return instant("first");
    }

    /**
     * @return when it was last sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither an ISO-8601 timestamp nor epoch seconds
     */
    public Instant last() {
        return instant("last");
    }

    /**
     * @return how many times it was sent, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long count() {
        return longNumber("count");
    }

    /**
     * @return the event's description, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }
}
