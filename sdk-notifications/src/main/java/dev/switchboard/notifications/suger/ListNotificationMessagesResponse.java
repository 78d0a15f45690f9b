package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of notification messages as the API sends it. {@link NotificationMessagesClient#list()} pages through
 * these for you; the model is public for decoding stored responses and for tests.
 *
 * <p>A typed view over the page's JSON (see {@link JsonModel}), written back exactly as sent.
 */
public final class ListNotificationMessagesResponse extends JsonModel {

    /** @param json the page as sent */
    public ListNotificationMessagesResponse(JsonObject json) {
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
     * @return the messages of this page; {@code null} when the server sent none (it writes {@code null} for none)
     * @throws dev.switchboard.core.DecodeException if {@code notificationMessages} is not an array (an element that is
     *     not an object throws when it is read)
     */
    public List<NotificationMessage> notificationMessages() {
        return list("notificationMessages", NotificationMessage::new);
    }

    /**
     * @return how many messages there are in all, sent on the page at offset 0 only; else {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code totalCount} is not a 64-bit integer
     */
    public Long totalCount() {
        return longNumber("totalCount");
    }
}
