package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.ApiResponse;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.ResponseDecoder;
import dev.switchboard.core.spi.Transport;
import java.io.PushbackInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * AlooChat's Team Notifications endpoints, under the client's base path (by default {@code /team-notifications}):
 * list, get one, a user's notifications, update a user's status, and statistics. Obtain it from
 * {@link AlooChat#notifications()}. Immutable and thread-safe.
 *
 * <p>Listings are lazy {@link Paginator}s over {@code skip} / {@code limit} / {@code total}: the first request carries
 * {@code limit}, each following one {@code skip} as well, and paging ends once {@code skip} passes {@code total} or a
 * page comes back short. {@code total} is {@code paginator.firstPage().metaLong("total")}.
 *
 * <p>Options, async calls and errors follow {@link ResourceClient}: {@link #withOptions} gives a view with other
 * timeouts, retries or headers (sharing the client's rate limiter), and every method that sends one request has an
 * {@code …Async} twin that never blocks a thread, not even while waiting for a rate-limit permit.
 *
 * <pre>{@code
 * TeamNotificationsClient notifications = aloochat.notifications();
 * for (TeamNotification n : notifications.forUser(userId, UserNotificationFilter.builder()
 *         .status(NotificationStatus.UNREAD).build())) {
 *     notifications.updateStatus(n.id(), userId, NotificationStatus.READ);
 * }
 * CompletableFuture<NotificationStats> stats = notifications.withOptions(o -> o.maxRetries(0)).statsAsync();
 * }</pre>
 */
public final class TeamNotificationsClient implements ResourceClient<TeamNotificationsClient> {
    /** The largest page the API serves, and the page size used unless another is set. */
    public static final int MAX_LIMIT = 100;
    /** The field of every page that counts the matching notifications. */
    public static final String TOTAL = "total";

    static final PageStyle PAGING = PageStyle.skipLimit().itemsAt("/data").skipParam("skip").limitParam("limit")
            .totalAt("/total").build();

    /**
     * The undocumented PATCH response may be empty (a 204, say): that is not an error there, unlike elsewhere. Any
     * JSON value is read, in one pass and exactly (a {@link JsonObject} for an object).
     */
    private static final ResponseDecoder<Object> OPTIONAL_JSON = (status, headers, body) -> {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        try (JsonParser p = Json.parser(in)) {
            if (p.nextToken() == null) {
                return null; // whitespace only
            }
            Object value = Json.readValue(p);
            if (p.nextToken() != null) {
                throw MismatchedInputException.from(p, Object.class, "unexpected content after the JSON value");
            }
            return value;
        }
    };

    private final Transport transport;
    private final String basePath;

    TeamNotificationsClient(Transport transport, String basePath) {
        this.transport = transport;
        this.basePath = basePath;
    }

    /**
     * @param options the options every call of the view carries
     * @return a view of these endpoints whose every request carries {@code options} (see {@link ResourceClient})
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public TeamNotificationsClient withOptions(RequestOptions options) {
        return new TeamNotificationsClient(transport.withOptions(options), basePath);
    }

    /**
     * Lists every notification, {@value #MAX_LIMIT} per page.
     *
     * @return a lazy listing; nothing is fetched yet
     * @see #list(NotificationFilter)
     */
    public Paginator<TeamNotification> list() {
        return list(NotificationFilter.all());
    }

    /**
     * Lists notifications: {@code GET /team-notifications?notification_type=&agent_id=&query_id=&priority=&status=
     * &sender_id=&start_date=&end_date=&limit=}, leaving out the filters that are not set.
     *
     * @param filter what to list
     * @return a lazy listing; nothing is fetched yet
     * @see #list()
     */
    public Paginator<TeamNotification> list(NotificationFilter filter) {
        Objects.requireNonNull(filter, "filter");
        ApiRequest first = ApiRequest.builder(HttpMethod.GET, basePath)
                .query("notification_type", value(filter.notificationType()))
                .query("agent_id", filter.agentId().orElse(null))
                .query("query_id", filter.queryId().orElse(null))
                .query("priority", value(filter.priority()))
                .query("status", value(filter.status()))
                .query("sender_id", filter.senderId().orElse(null))
                .query("start_date", filter.startDate().map(Instant::toString).orElse(null))
                .query("end_date", filter.endDate().map(Instant::toString).orElse(null))
                .query("limit", filter.limit())
                .build();
        return Paginator.of(transport, first, PAGING, TeamNotification.class);
    }

    /**
     * Fetches one notification: {@code GET /team-notifications/{notification_id}}. A body wrapped in {@code data} is
     * unwrapped.
     *
     * @param notificationId the notification id
     * @return the notification
     * @throws IllegalArgumentException if the id is blank, or is {@code stats} or {@code users} (which name other
     *     endpoints under the same path)
     * @throws dev.switchboard.core.NotFoundException if there is no such notification
     */
    public TeamNotification get(String notificationId) {
        return unwrapNotification(transport.execute(getRequest(notificationId), TeamNotification.class));
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param notificationId the notification id
     * @return completes with the notification, or exceptionally with what {@link #get(String)} throws (a rejected
     *     id included: nothing is sent then)
     */
    public CompletableFuture<TeamNotification> getAsync(String notificationId) {
        return Futures.start(() -> Futures.map(transport.executeAsync(getRequest(notificationId), TeamNotification.class),
                TeamNotificationsClient::unwrapNotification));
    }

    private ApiRequest getRequest(String notificationId) {
        checkNotificationId(notificationId);
        return ApiRequest.builder(HttpMethod.GET, basePath + "/{notification_id}", notificationId).build();
    }

    private static TeamNotification unwrapNotification(TeamNotification body) {
        return DataEnvelope.unwrap(body, TeamNotification::new);
    }

    /**
     * Lists one user's notifications, each with that user's status, {@value #MAX_LIMIT} per page.
     *
     * @param userId the user id
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the id is blank
     * @see #forUser(String, UserNotificationFilter)
     */
    public Paginator<TeamNotification> forUser(String userId) {
        return forUser(userId, UserNotificationFilter.all());
    }

    /**
     * Lists one user's notifications: {@code GET /team-notifications/users/{user_id}?status=&notification_type=
     * &priority=&limit=}. The response is read like the list's ({@code data}, {@code total}, {@code skip},
     * {@code limit}).
     *
     * @param userId the user id
     * @param filter the user's status, type, priority and page size
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the id is blank
     * @see #forUser(String)
     */
    public Paginator<TeamNotification> forUser(String userId, UserNotificationFilter filter) {
        Checks.id(userId, "userId");
        Objects.requireNonNull(filter, "filter");
        ApiRequest first = ApiRequest.builder(HttpMethod.GET, basePath + "/users/{user_id}", userId)
                .query("status", value(filter.status()))
                .query("notification_type", value(filter.notificationType()))
                .query("priority", value(filter.priority()))
                .query("limit", filter.limit())
                .build();
        return Paginator.of(transport, first, PAGING, TeamNotification.class);
    }

    /**
     * Sets a user's status of a notification:
     * {@code PATCH /team-notifications/{notification_id}/users/{user_id}/status} with {@code {"status": "read"}}.
     * Setting a status is idempotent (repeating it leaves the same state), so the
     * request is retried like a GET after a failure.
     *
     * @param notificationId the notification id (first in the path)
     * @param userId the user id (second in the path)
     * @param status the new status, usually {@link NotificationStatus#READ}, {@link NotificationStatus#UNREAD} or
     *     {@link NotificationStatus#ARCHIVED}
     * @return the response body read as the user's recipient entry (the response is undocumented: all of it is in
     *     the entry's {@code json()}); empty when the body is empty, an empty object or not a JSON object
     * @throws IllegalArgumentException if an id is blank, or the status is null or {@link NotificationStatus#EMPTY}
     */
    public Optional<NotificationRecipient> updateStatus(String notificationId, String userId,
            NotificationStatus status) {
        return recipient(transport.send(updateStatusRequest(notificationId, userId, status), OPTIONAL_JSON));
    }

    /**
     * As {@link #updateStatus(String, String, NotificationStatus)}, without blocking a thread.
     *
     * @param notificationId the notification id (first in the path)
     * @param userId the user id (second in the path)
     * @param status the new status
     * @return completes with what {@link #updateStatus(String, String, NotificationStatus)} returns, or exceptionally
     *     with what it throws (a rejected argument included: nothing is sent then)
     */
    public CompletableFuture<Optional<NotificationRecipient>> updateStatusAsync(String notificationId, String userId,
            NotificationStatus status) {
        return Futures.start(() -> Futures.map(
                transport.sendAsync(updateStatusRequest(notificationId, userId, status), OPTIONAL_JSON),
                TeamNotificationsClient::recipient));
    }

    private ApiRequest updateStatusRequest(String notificationId, String userId, NotificationStatus status) {
        checkNotificationId(notificationId);
        Checks.id(userId, "userId");
        if (status == null || status.value().isBlank()) {
            throw new IllegalArgumentException("status must not be null or empty");
        }
        String path = basePath + "/{notification_id}/users/{user_id}/status";
        return ApiRequest.builder(HttpMethod.PATCH, path, notificationId, userId)
                .jsonBody(Map.of("status", status.value()))
                .retrySafe()
                .build();
    }

    private static Optional<NotificationRecipient> recipient(ApiResponse<Object> response) {
        Object body = response.value();
        if (!(body instanceof JsonObject o) || o.isEmpty() || (DataEnvelope.wraps(o) && o.getObject("data").isEmpty())) {
            return Optional.empty(); // the update succeeded; the server said nothing we can read as a recipient
        }
        return Optional.of(DataEnvelope.unwrap(o, NotificationRecipient::new));
    }

    /**
     * Counts all notifications.
     *
     * @return the statistics
     * @see #stats(StatsFilter)
     */
    public NotificationStats stats() {
        return stats(StatsFilter.all());
    }

    /**
     * Counts notifications: {@code GET /team-notifications/stats?start_date=&end_date=&user_id=&notification_type=
     * &agent_id=}, leaving out the filters that are not set.
     *
     * @param filter the window, the user, the type and the agent
     * @return the statistics
     * @see #stats()
     */
    public NotificationStats stats(StatsFilter filter) {
        return unwrapStats(transport.execute(statsRequest(filter), NotificationStats.class));
    }

    /**
     * As {@link #stats()}, without blocking a thread.
     *
     * @return completes with the statistics, or exceptionally with what {@link #stats()} throws
     * @see #statsAsync(StatsFilter)
     */
    public CompletableFuture<NotificationStats> statsAsync() {
        return statsAsync(StatsFilter.all());
    }

    /**
     * As {@link #stats(StatsFilter)}, without blocking a thread.
     *
     * @param filter the window, the user, the type and the agent
     * @return completes with the statistics, or exceptionally with what {@link #stats(StatsFilter)} throws (a null
     *     filter included: nothing is sent then)
     * @see #statsAsync()
     */
    public CompletableFuture<NotificationStats> statsAsync(StatsFilter filter) {
        return Futures.start(() -> Futures.map(transport.executeAsync(statsRequest(filter), NotificationStats.class),
                TeamNotificationsClient::unwrapStats));
    }

    private ApiRequest statsRequest(StatsFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return ApiRequest.builder(HttpMethod.GET, basePath + "/stats")
                .query("start_date", filter.startDate().map(Instant::toString).orElse(null))
                .query("end_date", filter.endDate().map(Instant::toString).orElse(null))
                .query("user_id", filter.userId().orElse(null))
                .query("notification_type", value(filter.notificationType()))
                .query("agent_id", filter.agentId().orElse(null))
                .build();
    }

    private static NotificationStats unwrapStats(NotificationStats body) {
        return DataEnvelope.unwrap(body, NotificationStats::new);
    }

    private static void checkNotificationId(String notificationId) {
        Checks.id(notificationId, "notificationId");
        if (notificationId.equals("stats") || notificationId.equals("users")) {
            throw new IllegalArgumentException("notificationId must not be '" + notificationId
                    + "', which names another endpoint under the same path");
        }
    }

    private static String value(Optional<? extends dev.switchboard.core.json.OpenEnum> e) {
        return e.map(dev.switchboard.core.json.OpenEnum::value).orElse(null);
    }

    /** @return the base path; never the key */
    @Override
    public String toString() {
        return "TeamNotificationsClient{" + basePath + "}";
    }
}
