package dev.switchboard.testkit.aloochat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A stateful fake of AlooChat's Team Notifications API on a {@link FakeServer}, for tests and the offline sandbox.
 *
 * <ul>
 *   <li>{@code GET /team-notifications} with the documented filters ({@code notification_type}, {@code agent_id},
 *       {@code query_id}, {@code priority}, {@code status}, {@code sender_id}, {@code start_date}, {@code end_date})
 *       and {@code skip} / {@code limit} (default 50, at most 100), answering {@code {data, total, skip, limit}}
 *       newest first; an undocumented filter value is a 400 {@code ValidationError}.</li>
 *   <li>{@code GET /team-notifications/{id}}; {@code GET /team-notifications/users/{user_id}} (each notification with
 *       that user's status; filters {@code status}, {@code notification_type}, {@code priority}).</li>
 *   <li>{@code PATCH /team-notifications/{id}/users/{user_id}/status} with {@code {"status": ...}} changes the user's
 *       status ({@code read_at} set on reading, cleared on {@code unread}) and so the statistics; it answers the
 *       updated recipient entry.</li>
 *   <li>{@code GET /team-notifications/stats} ({@code start_date}, {@code end_date}, {@code user_id},
 *       {@code notification_type}, {@code agent_id}): counts by the
 *       notifications' status, or by the user's own status when {@code user_id} is given. A notification's status is
 *       its recipients': {@code unread} while any recipient has not read it, {@code archived} once all archived it,
 *       else {@code read}.</li>
 *   <li>Every route needs the API key in {@code x-api-key} (the header name and the base path are configurable, as
 *       AlooChat's pages disagree); errors have the documented body {@code {error, message, statusCode, timestamp,
 *       path}}. {@link #rateLimitNext(int, Long)} answers the next requests 429, with or without
 *       {@code Retry-After}.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class FakeAloochat implements AutoCloseable {
    /** The API key the fake accepts unless built with another. */
    public static final String API_KEY = "sandbox-aloochat-key-0123456789";
    /** The header the fake reads the key from unless built with another. */
    public static final String API_KEY_HEADER = "x-api-key";
    /** The path of the routes unless built with another. */
    public static final String BASE_PATH = "/team-notifications";
    /** The company of the seeded notifications. */
    public static final String COMPANY_ID = AloochatSeed.COMPANY_ID;
    /** The largest page the fake serves. */
    public static final int MAX_LIMIT = 100;
    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    private static final List<String> TYPES = List.of("agent_action", "email_sent", "slack_message", "api_call",
            "tool_usage", "system");
    private static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");
    private static final List<String> STATUSES = List.of("unread", "read", "archived");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FakeServer server;
    private final Clock clock;
    private final String apiKey;
    private final String apiKeyHeader;
    private final String basePath;
    private final Object lock = new Object();
    private final List<ObjectNode> notifications;

    private FakeAloochat(Builder b) {
        this.clock = b.clock;
        this.apiKey = b.apiKey;
        this.apiKeyHeader = b.apiKeyHeader;
        this.basePath = b.basePath;
        this.notifications = new ArrayList<>(AloochatSeed.notifications(b.notifications, clock.instant()));
        this.server = FakeServer.start();
        // Registered before /{notification_id}: the first matching route wins.
        server.route("GET", basePath + "/stats", r -> authorized(r, this::stats));
        server.route("GET", basePath + "/users/{user_id}", r -> authorized(r, this::forUser));
        server.route("PATCH", basePath + "/{notification_id}/users/{user_id}/status", r -> authorized(r, this::patch));
        server.route("GET", basePath + "/{notification_id}", r -> authorized(r, this::get));
        server.route("GET", basePath, r -> authorized(r, this::list));
    }

    /** @return a fake on the system clock with 230 seeded notifications */
    public static FakeAloochat start() {
        return builder().start();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param n 1 to 4
     * @return the id of seeded team member {@code n}
     */
    public static String userId(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("the sandbox has users 1 to 4, not " + n);
        }
        return AloochatSeed.userId(n);
    }

    /**
     * @param n 1 to 3
     * @return the id of seeded agent {@code n}
     */
    public static String agentId(int n) {
        if (n < 1 || n > 3) {
            throw new IllegalArgumentException("the sandbox has agents 1 to 3, not " + n);
        }
        return AloochatSeed.agentId(n);
    }

    /** @return the root URL to point a client at (the routes are under {@link #basePath()}) */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** @return the path of the routes */
    public String basePath() {
        return basePath;
    }

    /** @return the underlying server, for its recorded requests */
    public FakeServer server() {
        return server;
    }

    /** @return the fault queue, for one-shot errors ahead of the routes */
    public Faults faults() {
        return server.faults();
    }

    /** @return the API key the fake accepts */
    public String apiKey() {
        return apiKey;
    }

    /**
     * Answers the next {@code times} requests with 429 and the documented error body.
     *
     * @param times how many requests, at least 1
     * @param retryAfterSeconds the {@code Retry-After} to send, or {@code null} for none
     */
    public void rateLimitNext(int times, Long retryAfterSeconds) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        FakeResponse[] responses = new FakeResponse[times];
        for (int i = 0; i < times; i++) {
            FakeResponse r = error(429, "TooManyRequests", "Rate limit exceeded: 100 requests per minute", basePath);
            responses[i] = retryAfterSeconds == null ? r : r.withRetryAfterSeconds(retryAfterSeconds);
        }
        server.faults().next(responses);
    }

    /** @return every notification, newest first, as {@code GET /team-notifications/{id}} serves it (copies) */
    public List<ObjectNode> notifications() {
        synchronized (lock) {
            return notifications.stream().map(FakeAloochat::served).toList();
        }
    }

    /**
     * @param id a notification id
     * @return that notification as served (a copy), or {@code null}
     */
    public ObjectNode notification(String id) {
        synchronized (lock) {
            ObjectNode n = find(id);
            return n == null ? null : served(n);
        }
    }

    /**
     * Adds a notification, served in the position its {@code created_at} gives it (newest first).
     *
     * @param notification the notification, in the API's shape
     */
    public void addNotification(ObjectNode notification) {
        synchronized (lock) {
            notifications.add(notification.deepCopy());
            notifications.sort((a, b) -> created(b).compareTo(created(a)));
        }
    }

    /**
     * @param notificationId a notification id
     * @param userId a recipient's user id
     * @return that recipient's status, or {@code null} if there is no such recipient
     */
    public String recipientStatus(String notificationId, String userId) {
        synchronized (lock) {
            ObjectNode n = find(notificationId);
            ObjectNode r = n == null ? null : recipient(n, userId);
            return r == null ? null : r.path("status").asText();
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "FakeAloochat[" + baseUrl() + basePath + "]";
    }

    // ---------------------------------------------------------------- routes

    private interface Route {
        FakeResponse handle(FakeRequest r);
    }

    private FakeResponse authorized(FakeRequest r, Route route) {
        if (!apiKey.equals(r.header(apiKeyHeader))) {
            return error(401, "Unauthorized", "Invalid or missing API key", r.path());
        }
        try {
            return route.handle(r);
        } catch (BadRequest e) {
            return error(400, "ValidationError", e.getMessage(), r.path());
        }
    }

    private FakeResponse list(FakeRequest r) {
        String type = oneOf(r, "notification_type", TYPES);
        String priority = oneOf(r, "priority", PRIORITIES);
        String status = oneOf(r, "status", STATUSES);
        String agent = r.query("agent_id");
        String query = r.query("query_id");
        String sender = r.query("sender_id");
        Instant start = instant(r, "start_date");
        Instant end = instant(r, "end_date");
        int skip = integer(r, "skip", 0, Integer.MAX_VALUE);
        int limit = integer(r, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        Predicate<ObjectNode> match = n -> (type == null || type.equals(n.path("notification_type").asText()))
                && (priority == null || priority.equals(n.path("priority").asText()))
                && (status == null || status.equals(n.path("status").asText()))
                && (agent == null || agent.equals(n.path("metadata").path("agent_id").asText(null)))
                && (query == null || query.equals(n.path("metadata").path("query_id").asText(null)))
                && (sender == null || sender.equals(n.path("sender_id").asText(null)))
                && inWindow(n, start, end);
        List<ObjectNode> all;
        synchronized (lock) {
            all = notifications.stream().map(FakeAloochat::served).filter(match).toList();
        }
        return envelope(all, skip, limit);
    }

    private FakeResponse get(FakeRequest r) {
        synchronized (lock) {
            ObjectNode n = find(r.pathParam("notification_id"));
            return n == null ? notFound(r, "Notification not found") : FakeResponse.json(served(n));
        }
    }

    private FakeResponse forUser(FakeRequest r) {
        String user = r.pathParam("user_id");
        String status = oneOf(r, "status", STATUSES);
        String type = oneOf(r, "notification_type", TYPES);
        String priority = oneOf(r, "priority", PRIORITIES);
        int skip = integer(r, "skip", 0, Integer.MAX_VALUE);
        int limit = integer(r, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        List<ObjectNode> all = new ArrayList<>();
        synchronized (lock) {
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
        }
        return envelope(all, skip, limit);
    }

    private FakeResponse patch(FakeRequest r) {
        JsonNode body;
        try {
            body = r.json();
        } catch (AssertionError e) {
            throw new BadRequest("The request body must be JSON: {\"status\": \"read\"}");
        }
        String status = body.path("status").asText(null);
        if (status == null || !STATUSES.contains(status)) {
            throw new BadRequest("Invalid status: must be one of unread, read, archived");
        }
        synchronized (lock) {
            ObjectNode n = find(r.pathParam("notification_id"));
            if (n == null) {
                return notFound(r, "Notification not found");
            }
            ObjectNode recipient = recipient(n, r.pathParam("user_id"));
            if (recipient == null) {
                return notFound(r, "User is not a recipient of this notification");
            }
            recipient.put("status", status);
            if (status.equals("unread")) {
                recipient.putNull("read_at");
            } else if (recipient.path("read_at").isNull() || recipient.path("read_at").isMissingNode()) {
                recipient.put("read_at", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            }
            return FakeResponse.json(recipient.deepCopy());
        }
    }

    private FakeResponse stats(FakeRequest r) {
        Instant start = instant(r, "start_date");
        Instant end = instant(r, "end_date");
        String user = r.query("user_id");
        String type = r.query("notification_type");
        String agent = r.query("agent_id");
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byType = new LinkedHashMap<>();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        long total = 0;
        synchronized (lock) {
            for (ObjectNode n : notifications) {
                if (!inWindow(n, start, end)
                        || type != null && !type.equals(n.path("notification_type").asText())
                        || agent != null && !agent.equals(n.path("metadata").path("agent_id").asText(null))) {
                    continue;
                }
                String status;
                if (user != null) {
                    ObjectNode mine = recipient(n, user);
                    if (mine == null) {
                        continue;
                    }
                    status = mine.path("status").asText();
                } else {
                    status = served(n).path("status").asText();
                }
                total++;
                byStatus.merge(status, 1L, Long::sum);
                byType.merge(n.path("notification_type").asText(), 1L, Long::sum);
                byPriority.merge(n.path("priority").asText(), 1L, Long::sum);
            }
        }
        ObjectNode body = NODES.objectNode();
        body.put("total_notifications", total);
        body.put("unread_count", byStatus.getOrDefault("unread", 0L));
        body.put("read_count", byStatus.getOrDefault("read", 0L));
        body.put("archived_count", byStatus.getOrDefault("archived", 0L));
        ObjectNode types = body.putObject("by_type");
        byType.forEach(types::put);
        ObjectNode priorities = body.putObject("by_priority");
        byPriority.forEach(priorities::put);
        return FakeResponse.json(body);
    }

    // ---------------------------------------------------------------- helpers

    private static FakeResponse envelope(List<ObjectNode> all, int skip, int limit) {
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
    private static ObjectNode served(ObjectNode stored) {
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

    private ObjectNode find(String id) {
        for (ObjectNode n : notifications) {
            if (n.path("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    private static ObjectNode recipient(ObjectNode notification, String userId) {
        for (JsonNode r : notification.path("recipients")) {
            if (r.path("user_id").asText().equals(userId) && r instanceof ObjectNode o) {
                return o;
            }
        }
        return null;
    }

    private static boolean inWindow(ObjectNode n, Instant start, Instant end) {
        Instant created = created(n);
        return (start == null || !created.isBefore(start)) && (end == null || !created.isAfter(end));
    }

    private static Instant created(ObjectNode n) {
        return OffsetDateTime.parse(n.path("created_at").asText()).toInstant();
    }

    private static String oneOf(FakeRequest r, String name, List<String> valid) {
        String v = r.query(name);
        if (v != null && !valid.contains(v)) {
            throw new BadRequest("Invalid " + name + " parameter");
        }
        return v;
    }

    private static Instant instant(FakeRequest r, String name) {
        String v = r.query(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("Invalid " + name + " parameter: must be an ISO 8601 date-time");
        }
    }

    private static int integer(FakeRequest r, String name, int fallback, int max) {
        String v = r.query(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be an integer");
        }
        if (n < 0 || (name.equals("limit") && n < 1)) {
            throw new BadRequest(name + " must not be less than " + (name.equals("limit") ? 1 : 0));
        }
        if (n > max) {
            throw new BadRequest(name + " must not be greater than " + max);
        }
        return n;
    }

    private FakeResponse notFound(FakeRequest r, String message) {
        return error(404, "NotFound", message, r.path());
    }

    /**
     * @param status the HTTP status
     * @param error the error name, for example {@code ValidationError}
     * @param message the message
     * @param path the request path
     * @return a response with AlooChat's documented error body
     */
    FakeResponse error(int status, String error, String message, String path) {
        ObjectNode body = NODES.objectNode();
        body.put("error", error);
        body.put("message", message);
        body.put("statusCode", status);
        body.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("path", path);
        return FakeResponse.json(status, body);
    }

    /** A request the fake refuses with 400 {@code ValidationError}. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }

    /** Configures a {@link FakeAloochat}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String apiKey = API_KEY;
        private String apiKeyHeader = API_KEY_HEADER;
        private String basePath = BASE_PATH;
        private int notifications = 230;

        private Builder() {
        }

        /**
         * @param clock where the seeded data lies, and the time of reads and error bodies
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param apiKey the key to accept
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * @param name the header to read the key from, for example {@code x-api-token}
         * @return this builder
         */
        public Builder apiKeyHeader(String name) {
            this.apiKeyHeader = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param path the path of the routes, for example {@code /api/public/team-notifications}
         * @return this builder
         */
        public Builder basePath(String path) {
            if (path == null || !path.startsWith("/") || path.endsWith("/")) {
                throw new IllegalArgumentException("basePath must start with '/' and not end with it: " + path);
            }
            this.basePath = path;
            return this;
        }

        /**
         * @param count how many notifications to seed, one an hour back from now (0 for none)
         * @return this builder
         */
        public Builder notifications(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            this.notifications = count;
            return this;
        }

        /** @return the running fake; close it when done */
        public FakeAloochat start() {
            return new FakeAloochat(this);
        }
    }
}
