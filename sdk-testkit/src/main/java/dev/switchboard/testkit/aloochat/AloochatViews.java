package dev.switchboard.testkit.aloochat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** How {@link FakeAloochat} serves its stored notifications: pages, a notification's status, its recipients. */
final class AloochatViews {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AloochatViews() {
    }

    static FakeResponse envelope(List<ObjectNode> all, int skip, int limit) {
        ObjectNode body = NODES.objectNode();
        ArrayNode data = body.putArray("data");
        for (int i = skip; i < all.size() && i < (long) skip + limit; i++) {
            data.add(all.get(i));
        }
        body.put("total", all.size());
        body.put("skip", skip);
        body.put("limit", limit);
        return FakeResponse.json(body);
    }

    /** A copy whose {@code status} is its recipients' (see the class comment). */
    static ObjectNode served(ObjectNode stored) {
        ObjectNode n = stored.deepCopy();
        JsonNode recipients = n.path("recipients");
        if (recipients.isArray() && !recipients.isEmpty()) {
            boolean anyUnread = false;
            boolean allArchived = true;
            for (JsonNode r : recipients) {
                String s = r.path("status").asText();
                anyUnread |= s.equals("unread");
                allArchived &= s.equals("archived");
            }
            n.put("status", anyUnread ? "unread" : allArchived ? "archived" : "read");
        }
        return n;
    }

    static ObjectNode recipient(ObjectNode notification, String userId) {
        for (JsonNode r : notification.path("recipients")) {
            if (r.path("user_id").asText().equals(userId) && r instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }

    static boolean inWindow(ObjectNode n, Instant start, Instant end) {
        Instant created = created(n);
        return (start == null || !created.isBefore(start)) && (end == null || !created.isAfter(end));
    }

    static Instant created(ObjectNode n) {
        return OffsetDateTime.parse(n.path("created_at").asText()).toInstant();
    }

    /**
     * @param notifications the stored notifications (the caller holds the fake's lock)
     * @param id a notification id
     * @return the stored notification, or {@code null}
     */
    static ObjectNode find(List<ObjectNode> notifications, String id) {
        for (ObjectNode n : notifications) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    /**
     * @param notifications the stored notifications (the caller holds the fake's lock)
     * @param user a recipient's user id
     * @param status the user's own status to keep only, or {@code null}
     * @param type a notification type to keep only, or {@code null}
     * @param priority a priority to keep only, or {@code null}
     * @return copies of that user's notifications, each with the user's own {@code status}
     */
    static List<ObjectNode> forUser(List<ObjectNode> notifications, String user, String status, String type,
            String priority) {
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode n : notifications) {
            ObjectNode mine = recipient(n, user);
            if (mine == null) {
                continue;
            }
            ObjectNode view = served(n);
            view.put("status", mine.path("status").asText());
            if ((status == null || status.equals(view.path("status").asText()))
                    && (type == null || type.equals(view.path("notification_type").asText()))
                    && (priority == null || priority.equals(view.path("priority").asText()))) {
                all.add(view);
            }
        }
        return all;
    }
}
