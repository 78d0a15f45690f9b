package dev.switchboard.testkit.aloochat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
public final class FakeAloochat extends FakeApi<Faults> {
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

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;
    private final String apiKey;
    private final String apiKeyHeader;
    private final String basePath;
    private final Object lock = new Object();
    private final List<ObjectNode> notifications;

    private FakeAloochat(Builder b, FakeServer server, boolean ownsServer) {
        super(server, ownsServer);
        this.clock = b.clock;
        this.apiKey = b.apiKey;
        this.apiKeyHeader = b.apiKeyHeader;
        this.basePath = b.basePath;
        this.notifications = new ArrayList<>(AloochatSeed.notifications(b.notifications, clock.instant()));
        // Registered before /{notification_id}: the first matching route wins.
        route("GET", basePath + "/stats", this::stats);
        route("GET", basePath + "/users/{user_id}", this::forUser);
        route("PATCH", basePath + "/{notification_id}/users/{user_id}/status", this::patch);
        route("GET", basePath + "/{notification_id}", this::get);
        route("GET", basePath, this::list);
    }

    /** @return a fake on the system clock with 230 seeded notifications */
    public static FakeAloochat start() {
        return builder().start();
    }

    /**
     * Adds the Team Notifications routes, with the default data, to a running server.
     *
     * @param server the server; closing the fake leaves it running
     * @param apiKey the API key to accept in {@value #API_KEY_HEADER}
     * @return the fake
     */
    public static FakeAloochat on(FakeServer server, String apiKey) {
        return builder().apiKey(apiKey).on(server);
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

    /** @return the path of the routes */
    public String basePath() {
        return basePath;
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
        faults().next(responses);
    }

    /** @return every notification, newest first, as {@code GET /team-notifications/{id}} serves it (copies) */
    public List<ObjectNode> notifications() {
        synchronized (lock) {
            return notifications.stream().map(AloochatViews::served).toList();
        }
    }

    /**
     * @param id a notification id
     * @return that notification as served (a copy), or {@code null}
     */
    public ObjectNode notification(String id) {
        synchronized (lock) {
            ObjectNode n = find(id);
            return n == null ? null : AloochatViews.served(n);
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
            notifications.sort((a, b) -> AloochatViews.created(b).compareTo(AloochatViews.created(a)));
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
            ObjectNode r = n == null ? null : AloochatViews.recipient(n, userId);
            return r == null ? null : r.path("status").asText();
        }
    }

    @Override
    public String toString() {
        return "FakeAloochat[" + baseUrl() + basePath + "]";
    }

    // ---------------------------------------------------------------- routes

    @Override
    protected Faults faults(Faults queue) {
        return queue;
    }

    /** Accepts the API key in its header; a {@link AloochatParams.BadRequest} is the documented 400. */
    @Override
    protected FakeResponse answer(FakeRequest r, Handler route) throws Exception {
        if (!apiKey.equals(r.header(apiKeyHeader))) {
            return error(401, "Unauthorized", "Invalid or missing API key", r.path());
        }
        try {
            return route.handle(r);
        } catch (AloochatParams.BadRequest e) {
            return error(400, "ValidationError", e.getMessage(), r.path());
        }
    }

    private FakeResponse list(FakeRequest r) {
        String type = AloochatParams.oneOf(r, "notification_type", AloochatParams.TYPES);
        String priority = AloochatParams.oneOf(r, "priority", AloochatParams.PRIORITIES);
        String status = AloochatParams.oneOf(r, "status", AloochatParams.STATUSES);
        String agent = r.query("agent_id");
        String query = r.query("query_id");
        String sender = r.query("sender_id");
        Instant start = AloochatParams.instant(r, "start_date");
        Instant end = AloochatParams.instant(r, "end_date");
        int skip = AloochatParams.integer(r, "skip", 0, Integer.MAX_VALUE);
        int limit = AloochatParams.integer(r, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        Predicate<ObjectNode> match = n -> (type == null || type.equals(n.path("notification_type").asText()))
                && (priority == null || priority.equals(n.path("priority").asText()))
                && (status == null || status.equals(n.path("status").asText()))
                && (agent == null || agent.equals(n.path("metadata").path("agent_id").asText(null)))
                && (query == null || query.equals(n.path("metadata").path("query_id").asText(null)))
                && (sender == null || sender.equals(n.path("sender_id").asText(null)))
                && AloochatViews.inWindow(n, start, end);
        List<ObjectNode> all;
        synchronized (lock) {
            all = notifications.stream().map(AloochatViews::served).filter(match).toList();
        }
        return AloochatViews.envelope(all, skip, limit);
    }

    private FakeResponse get(FakeRequest r) {
        synchronized (lock) {
            ObjectNode n = find(r.pathParam("notification_id"));
            return n == null ? notFound(r, "Notification not found") : FakeResponse.json(AloochatViews.served(n));
        }
    }

    private FakeResponse forUser(FakeRequest r) {
        String user = r.pathParam("user_id");
        String status = AloochatParams.oneOf(r, "status", AloochatParams.STATUSES);
        String type = AloochatParams.oneOf(r, "notification_type", AloochatParams.TYPES);
        String priority = AloochatParams.oneOf(r, "priority", AloochatParams.PRIORITIES);
        int skip = AloochatParams.integer(r, "skip", 0, Integer.MAX_VALUE);
        int limit = AloochatParams.integer(r, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        List<ObjectNode> all;
        synchronized (lock) {
            all = AloochatViews.forUser(notifications, user, status, type, priority);
        }
        return AloochatViews.envelope(all, skip, limit);
    }

    private FakeResponse patch(FakeRequest r) {
        JsonNode body;
        try {
            body = r.json();
        } catch (AssertionError e) {
            throw new AloochatParams.BadRequest("The request body must be JSON: {\"status\": \"read\"}");
        }
        String status = body.path("status").asText(null);
        if (status == null || !AloochatParams.STATUSES.contains(status)) {
            throw new AloochatParams.BadRequest("Invalid status: must be one of unread, read, archived");
        }
        synchronized (lock) {
            ObjectNode n = find(r.pathParam("notification_id"));
            if (n == null) {
                return notFound(r, "Notification not found");
            }
            ObjectNode recipient = AloochatViews.recipient(n, r.pathParam("user_id"));
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
        Instant start = AloochatParams.instant(r, "start_date");
        Instant end = AloochatParams.instant(r, "end_date");
        String user = r.query("user_id");
        String type = r.query("notification_type");
        String agent = r.query("agent_id");
        synchronized (lock) {
            return FakeResponse.json(AloochatStats.of(notifications, start, end, user, type, agent));
        }
    }

    // ---------------------------------------------------------------- helpers

    private ObjectNode find(String id) {
        return AloochatViews.find(notifications, id);
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
            return new FakeAloochat(this, FakeServer.start(), true);
        }

        /**
         * @param server a running server to add the routes to; closing the fake leaves it running
         * @return the fake
         */
        public FakeAloochat on(FakeServer server) {
            return new FakeAloochat(this, Objects.requireNonNull(server, "server"), false);
        }
    }
}
