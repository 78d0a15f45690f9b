package dev.switchboard.notifications.aloochat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.ResponseDecoder;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import java.io.PushbackInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * AlooChat's Team Notifications endpoints, under the client's base path (by default {@code /team-notifications}):
 * list, get one, a user's notifications, update a user's status, and statistics. Obtain it from
 * {@link AlooChatClient#notifications()}. Immutable and thread-safe.
 *
 * <p>Listings are lazy {@link Paginator}s over {@code skip} / {@code limit} / {@code total}: the first request carries
 * {@code limit}, each following one {@code skip} as well, and paging ends once {@code skip} passes {@code total} or a
 * page comes back short. {@code total} is {@code paginator.firstPage().metaLong("total")}.
 *
 * <pre>{@code
 * TeamNotifications notifications = aloochat.notifications();
 * for (TeamNotification n : notifications.forUser(userId, UserNotificationFilter.builder()
 *         .status(NotificationStatus.UNREAD).build())) {
 *     notifications.updateStatus(n.id(), userId, NotificationStatus.READ);
 * }
 * }</pre>
 */
public final class TeamNotifications {
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

    TeamNotifications(Transport transport, String basePath) {
        this.transport = transport;
        this.basePath = basePath;
    }

    /**
     * Lists every notification, {@value #MAX_LIMIT} per page.
     *
     * @return a lazy listing; nothing is fetched yet
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
        checkNotificationId(notificationId);
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, basePath + "/{notification_id}", notificationId)
                .build();
        return DataEnvelope.unwrap(transport.execute(request, TeamNotification.class), TeamNotification::new);
    }

    /**
     * Lists one user's notifications, each with that user's status, {@value #MAX_LIMIT} per page.
     *
     * @param userId the user id
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the id is blank
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
        checkNotificationId(notificationId);
        Checks.id(userId, "userId");
        if (status == null || status.value().isBlank()) {
            throw new IllegalArgumentException("status must not be null or empty");
        }
        String path = basePath + "/{notification_id}/users/{user_id}/status";
        ApiRequest request = ApiRequest.builder(HttpMethod.PATCH, path, notificationId, userId)
                .jsonBody(Map.of("status", status.value()))
                .retrySafe()
                .build();
        Object body = transport.send(request, OPTIONAL_JSON).value();
        if (!(body instanceof JsonObject o) || o.isEmpty() || (DataEnvelope.wraps(o) && o.getObject("data").isEmpty())) {
            return Optional.empty(); // the update succeeded; the server said nothing we can read as a recipient
        }
        return Optional.of(DataEnvelope.unwrap(o, NotificationRecipient::new));
    }

    /**
     * Counts all notifications.
     *
     * @return the statistics
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
     */
    public NotificationStats stats(StatsFilter filter) {
        Objects.requireNonNull(filter, "filter");
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, basePath + "/stats")
                .query("start_date", filter.startDate().map(Instant::toString).orElse(null))
                .query("end_date", filter.endDate().map(Instant::toString).orElse(null))
                .query("user_id", filter.userId().orElse(null))
                .query("notification_type", value(filter.notificationType()))
                .query("agent_id", filter.agentId().orElse(null))
                .build();
        return DataEnvelope.unwrap(transport.execute(request, NotificationStats.class), NotificationStats::new);
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

    @Override
    public String toString() {
        return "TeamNotifications{" + basePath + "}";
    }
}
