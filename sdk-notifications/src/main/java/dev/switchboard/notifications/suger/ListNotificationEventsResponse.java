package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of notification events as the API sends it. {@link NotificationEventsClient#list(EventFilter)} pages through
 * these for you; the model is public for decoding stored responses and for tests.
 *
 * <p>A typed view over the page's JSON (see {@link JsonModel}), written back exactly as sent.
 */
public final class ListNotificationEventsResponse extends JsonModel {

    /** @param json the page as sent */
    public ListNotificationEventsResponse(JsonObject json) {
        super(json);
    }

    /**
     * @return the offset of the next page; {@code null} (absent or null) when this is the last page
     * @throws dev.switchboard.core.DecodeException if {@code nextOffset} is not a 64-bit integer
     */
    public Long nextOffset() {
        return longNumber("nextOffset");
    }

    /**
     * @return the events of this page; {@code null} when the server sent none (it writes {@code null} for none)
     * @throws dev.switchboard.core.DecodeException if {@code notificationEvents} is not an array (an element that is
     *     not an object throws when it is read)
     */
    public List<NotificationEvent> notificationEvents() {
        return list("notificationEvents", NotificationEvent::new);
    }

    /**
     * @return how many events match in all, sent on the page at offset 0 only; else {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code totalCount} is not a 64-bit integer
     */
    public Long totalCount() {
        return longNumber("totalCount");
    }
}
