package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One page of team notifications as the API sends it ({@code {data, total, skip, limit}}).
 * {@link TeamNotifications#list(NotificationFilter)} pages through these for you; the record is public for decoding
 * stored responses and for tests.
 *
 * @param data the notifications of this page
 * @param total how many notifications match in all
 * @param skip how many were skipped before this page
 * @param limit the page size
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record TeamNotificationList(
        @JsonProperty("data") List<TeamNotification> data,
        @JsonProperty("total") Long total,
        @JsonProperty("skip") Long skip,
        @JsonProperty("limit") Long limit,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the page immutable. */
    public TeamNotificationList {
        data = data == null ? null : Collections.unmodifiableList(new java.util.ArrayList<>(data));
        extra = Extras.of(extra);
    }
}
