package dev.switchboard.testkit.aloochat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /team-notifications/stats}, counted over the stored notifications. */
final class AloochatStats {
    private AloochatStats() {
    }

    /**
     * @param notifications the stored notifications (the caller holds the fake's lock)
     * @param start the window's start, or {@code null}
     * @param end the window's end, or {@code null}
     * @param user a recipient whose own statuses are counted, or {@code null} for the notifications' statuses
     * @param type a notification type to count only, or {@code null}
     * @param agent an agent id to count only, or {@code null}
     * @return the counts: total, by status, by type, by priority
     */
    static ObjectNode of(List<ObjectNode> notifications, Instant start, Instant end, String user, String type,
            String agent) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        long total = 0;
        for (ObjectNode n : notifications) {
            if (!AloochatViews.inWindow(n, start, end)
                    || type != null && !type.equals(n.path("notification_type").asText())
                    || agent != null && !agent.equals(n.path("metadata").path("agent_id").asText(null))) {
                continue;
            }
            String status;
            if (user != null) {
                ObjectNode mine = AloochatViews.recipient(n, user);
                if (mine == null) {
                    continue;
                }
                status = mine.path("status").asText();
            } else {
                status = AloochatViews.served(n).path("status").asText();
            }
            total++;
            byStatus.merge(status, 1L, Long::sum);
            byType.merge(n.path("notification_type").asText(), 1L, Long::sum);
            byPriority.merge(n.path("priority").asText(), 1L, Long::sum);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("total_notifications", total);
        body.put("unread_count", byStatus.getOrDefault("unread", 0L));
        body.put("read_count", byStatus.getOrDefault("read", 0L));
        body.put("archived_count", byStatus.getOrDefault("archived", 0L));
        ObjectNode types = body.putObject("by_type");
        byType.forEach(types::put);
        ObjectNode priorities = body.putObject("by_priority");
        byPriority.forEach(priorities::put);
        return body;
    }
}
