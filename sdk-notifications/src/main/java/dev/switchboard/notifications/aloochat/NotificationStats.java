package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of team notifications, from {@link TeamNotifications#stats(StatsFilter)}. The keys of {@code by_type} and
 * {@code by_priority} are open: the API's own example uses type keys ({@code user}, {@code deployment}...) that the
 * type filter does not list, so they are kept as strings; {@link #count(NotificationType)} and
 * {@link #count(NotificationPriority)} look them up by constant.
 *
 * @param totalNotifications how many notifications ({@code total_notifications})
 * @param unreadCount how many are unread ({@code unread_count})
 * @param readCount how many are read ({@code read_count})
 * @param archivedCount how many are archived ({@code archived_count})
 * @param byType counts per notification type ({@code by_type}), in the order received
 * @param byPriority counts per priority ({@code by_priority}), in the order received
 * @param extra fields this SDK version does not know, kept for the round trip
 */
public record NotificationStats(
        @JsonProperty("total_notifications") Long totalNotifications,
        @JsonProperty("unread_count") Long unreadCount,
        @JsonProperty("read_count") Long readCount,
        @JsonProperty("archived_count") Long archivedCount,
        @JsonProperty("by_type") Map<String, Long> byType,
        @JsonProperty("by_priority") Map<String, Long> byPriority,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Makes the maps immutable, keeping their order. */
    public NotificationStats {
        byType = byType == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byPriority = byPriority == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
        extra = Extras.of(extra);
    }

    /**
     * @param type a notification type
     * @return its count under {@code by_type}; 0 when absent
     */
    public long count(NotificationType type) {
        Long n = byType == null ? null : byType.get(type.value());
        return n == null ? 0 : n;
    }

    /**
     * @param priority a priority
     * @return its count under {@code by_priority}; 0 when absent
     */
    public long count(NotificationPriority priority) {
        Long n = byPriority == null ? null : byPriority.get(priority.value());
        return n == null ? 0 : n;
    }
}
