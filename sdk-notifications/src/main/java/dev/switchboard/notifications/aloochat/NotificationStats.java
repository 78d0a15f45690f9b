package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/**
 * Counts of team notifications, from {@link TeamNotificationsClient#stats(StatsFilter)}. The keys of {@code by_type} and
 * {@code by_priority} are open: the API's own example uses type keys ({@code user}, {@code deployment}...) that the
 * type filter does not list, so they are kept as strings; {@link #count(NotificationType)} and
 * {@link #count(NotificationPriority)} look them up by constant.
 *
 * <p>A typed view over the statistics' JSON (see {@link JsonModel}), written back exactly as sent.
 */
public final class NotificationStats extends JsonModel {

    /** @param json the statistics as sent */
    public NotificationStats(JsonObject json) {
        super(json);
    }

    /**
     * @return how many notifications ({@code total_notifications}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code total_notifications} is not a 64-bit integer
     */
    public Long totalNotifications() {
        return longNumber("total_notifications");
    }

    /**
     * @return how many are unread ({@code unread_count}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code unread_count} is not a 64-bit integer
     */
    public Long unreadCount() {
        return longNumber("unread_count");
    }

    /**
     * @return how many are read ({@code read_count}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code read_count} is not a 64-bit integer
     */
    public Long readCount() {
        return longNumber("read_count");
    }

    /**
     * @return how many are archived ({@code archived_count}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code archived_count} is not a 64-bit integer
     */
    public Long archivedCount() {
        return longNumber("archived_count");
    }

    /**
     * @return counts per notification type ({@code by_type}), read-only, in the order received; {@code null} when
     *     absent or null
     * @throws dev.switchboard.core.DecodeException if {@code by_type} is not an object, or a count in it not an
     *     integer
     */
    public Map<String, Long> byType() {
        Counts c = object("by_type", Counts::new);
        return c == null ? null : c.all();
    }

    /**
     * @return counts per priority ({@code by_priority}), read-only, in the order received; {@code null} when absent
     *     or null
     * @throws dev.switchboard.core.DecodeException if {@code by_priority} is not an object, or a count in it not an
     *     integer
     */
    public Map<String, Long> byPriority() {
        Counts c = object("by_priority", Counts::new);
        return c == null ? null : c.all();
    }

    /**
     * @param type a notification type
     * @return its count under {@code by_type}; 0 when absent or null
     * @throws dev.switchboard.core.DecodeException if {@code by_type} is not an object or that count not an integer
     *     (other counts are not read)
     */
    public long count(NotificationType type) {
        return count(object("by_type", Counts::new), type.value());
    }

    /**
     * @param priority a priority
     * @return its count under {@code by_priority}; 0 when absent or null
     * @throws dev.switchboard.core.DecodeException if {@code by_priority} is not an object or that count not an
     *     integer
     */
    public long count(NotificationPriority priority) {
        return count(object("by_priority", Counts::new), priority.value());
    }

    private static long count(Counts counts, String key) {
        Long n = counts == null ? null : counts.count(key);
        return n == null ? 0 : n;
    }
}
