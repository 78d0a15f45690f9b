package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * One page of team notifications as the API sends it ({@code {data, total, skip, limit}}).
 * {@link TeamNotificationsClient#list(NotificationFilter)} pages through these for you; the model is public for decoding
 * stored responses and for tests.
 *
 * <p>A typed view over the page's JSON (see {@link JsonModel}), written back exactly as sent.
 */
public final class TeamNotificationList extends JsonModel {

    /** @param json the page as sent */
    public TeamNotificationList(JsonObject json) {
        super(json);
    }

    /**
     * @return the notifications of this page, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code data} is not an array (an element that is not an object
     *     throws when it is read)
     */
    public List<TeamNotification> data() {
        return list("data", TeamNotification::new);
    }

    /**
     * @return how many notifications match in all, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code total} is not a 64-bit integer
     */
    public Long total() {
        return longNumber("total");
    }

    /**
     * @return how many were skipped before this page, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code skip} is not a 64-bit integer
     */
    public Long skip() {
        return longNumber("skip");
    }

    /**
     * @return the page size, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code limit} is not a 64-bit integer
     */
    public Long limit() {
        return longNumber("limit");
    }
}
