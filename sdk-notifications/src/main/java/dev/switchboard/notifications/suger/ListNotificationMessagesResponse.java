package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * One page of notification messages as the API sends it. {@link NotificationMessages#list()} pages through these
 * for you; the record is public for decoding stored responses and for tests.
 *
 * @param nextOffset the offset of the next page; {@code null} (or absent) when this is the last page. Written back
 *     as {@code null} when null
 * @param notificationMessages the messages of this page; the server writes {@code null} for none
 * @param totalCount how many messages there are in all, only on the page at offset 0; left out when absent
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record ListNotificationMessagesResponse(
        @JsonProperty("nextOffset") @JsonInclude(JsonInclude.Include.ALWAYS) Long nextOffset,
        @JsonProperty("notificationMessages") @JsonInclude(JsonInclude.Include.ALWAYS)
                List<NotificationMessage> notificationMessages,
        @JsonProperty("totalCount") Long totalCount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the list unmodifiable; {@code null} stays {@code null}. */
    public ListNotificationMessagesResponse {
        notificationMessages = Models.list(notificationMessages);
        extra = Extras.of(extra);
    }
}
