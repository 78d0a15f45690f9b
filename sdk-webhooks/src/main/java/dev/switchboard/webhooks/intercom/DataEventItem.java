package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.data.DataEvent;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A data event a user or lead did ({@code event.created}), as {@link DataEvent} of sdk-conversations.
 *
 * @param event the event: a view over the item's JSON
 */
public record DataEventItem(DataEvent event) implements IntercomItem {

    /** Checks the component. */
    public DataEventItem {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public String type() {
        return "event";
    }

    @Override
    public JsonObject raw() {
        return event.json();
    }

    @Override
    public DataEvent model() {
        return event;
    }
}
