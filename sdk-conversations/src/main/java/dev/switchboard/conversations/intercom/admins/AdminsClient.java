package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's admins: the token's own admin and workspace ({@code GET /me}), every admin, one admin, the workspace's
 * away status reasons (new in 2.14), setting an admin away, and the activity log. Immutable and thread-safe; it
 * shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * AdminsClient admins = new AdminsClient(connection);
 * Admin me = admins.me();                                          // me.app(): the workspace of the token
 * AwayStatusReason lunch = admins.awayStatusReasons().stream().filter(r -> !r.isDeleted()).findFirst().orElseThrow();
 * Admin away = admins.setAway("991267460", SetAway.away().reassign(true).reason(lunch.id()));
 * for (ActivityLog log : admins.activityLogs(Instant.now().minus(Duration.ofDays(7)))) { ... }
 * }</pre>
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * admin ({@code admin_not_found}), {@link dev.switchboard.core.ValidationException} when the workspace requires a
 * reason ({@code away_status_reason_mandatory}) or the reason was deleted,
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, other
 * {@link dev.switchboard.core.ApiException}s with Intercom's error details,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class AdminsClient implements ResourceClient<AdminsClient> {
    /**
     * The spec's {@code activity_log_list} carries a {@code cursor_pages} object, whose {@code next} is a
     * {@code starting_after_paging} ({@code {per_page, starting_after}}); its example ends with {@code "next": null}
     * on page 1 of 1. That is followed, and any other shape stops loudly.
     */
    private static final PageStyle ACTIVITY_PAGES = PageStyle.cursorPages().itemsAt("/activity_logs").pagesAt("/pages")
            .cursorParam("starting_after").build();

    private static final ApiRequest AWAY_STATUS_REASONS = ApiRequest.builder(HttpMethod.GET, "/away_status_reasons").build();
    private static final ApiRequest ME = ApiRequest.builder(HttpMethod.GET, "/me").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public AdminsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private AdminsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public AdminsClient withOptions(RequestOptions options) {
        return new AdminsClient(transport.withOptions(options));
    }

    /**
     * The admin the access token belongs to, with its workspace ({@code GET /me}, {@code admin_with_app}: see
     * {@link Admin#app()}, {@link Admin#emailVerified()}). For a "Log in with Intercom" flow, do not accept a sign-in
     * whose email is not verified.
     *
     * @return the token's admin
     */
    public Admin me() {
        return transport.execute(ME, Admin.class);
    }

    /**
     * As {@link #me()}, without blocking a thread.
     *
     * @return completes with what {@link #me()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Admin> meAsync() {
        return transport.executeAsync(ME, Admin.class);
    }

    /**
     * Every admin of the workspace ({@code GET /admins}, unpaginated), without avatars.
     *
     * @return the admins; empty when the answer has none
     */
    public List<Admin> list() {
        return list(false);
    }

    /**
     * Every admin of the workspace ({@code GET /admins}, unpaginated).
     *
     * @param displayAvatar whether to ask for each admin's avatar ({@code display_avatar=true}; read it with
     *     {@link Admin#avatarUrl()})
     * @return the admins; empty when the answer has none
     */
    public List<Admin> list(boolean displayAvatar) {
        return admins(transport.execute(listRequest(displayAvatar), AdminList.class));
    }

    /**
     * As {@link #list()}, without blocking a thread.
     *
     * @return completes with what {@link #list()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Admin>> listAsync() {
        return listAsync(false);
    }

    /**
     * As {@link #list(boolean)}, without blocking a thread.
     *
     * @param displayAvatar whether to ask for each admin's avatar
     * @return completes with what {@link #list(boolean)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Admin>> listAsync(boolean displayAvatar) {
        return Futures.map(transport.executeAsync(listRequest(displayAvatar), AdminList.class), AdminsClient::admins);
    }

    private static ApiRequest listRequest(boolean displayAvatar) {
        return ApiRequest.builder(HttpMethod.GET, "/admins").query("display_avatar", displayAvatar ? "true" : null).build();
    }

    private static List<Admin> admins(AdminList list) {
        return list == null || list.admins() == null ? List.of() : list.admins();
    }

    /**
     * One admin ({@code GET /admins/{admin_id}}).
     *
     * @param adminId the admin's id (an integer id, as the path parameter is typed)
     * @return the admin
     * @throws dev.switchboard.core.NotFoundException if there is no such admin ({@code admin_not_found})
     * @throws IllegalArgumentException if the id is blank or not an integer id
     */
    public Admin get(String adminId) {
        return transport.execute(getRequest(adminId), Admin.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param adminId the admin's id (an integer id)
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Admin> getAsync(String adminId) {
        return Futures.start(() -> transport.executeAsync(getRequest(adminId), Admin.class));
    }

    private static ApiRequest getRequest(String adminId) {
        return ApiRequest.builder(HttpMethod.GET, "/admins/{admin_id}", Checks.integerId(adminId, "adminId")).build();
    }

    /** @return every away status reason of the workspace, soft-deleted ones included ({@link AwayStatusReason#isDeleted()}) */
    public List<AwayStatusReason> awayStatusReasons() {
        return reasons(transport.execute(AWAY_STATUS_REASONS, AwayStatusReasonList.class));
    }

    /**
     * As {@link #awayStatusReasons()}, without blocking a thread.
     *
     * @return completes with what {@link #awayStatusReasons()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<AwayStatusReason>> awayStatusReasonsAsync() {
        return Futures.map(transport.executeAsync(AWAY_STATUS_REASONS, AwayStatusReasonList.class), AdminsClient::reasons);
    }

    private static List<AwayStatusReason> reasons(AwayStatusReasonList list) {
        return list == null || list.data() == null ? List.of() : list.data();
    }

    /**
     * Sets an admin away or back ({@code PUT /admins/{admin_id}/away}).
     *
     * @param adminId the admin's id (an integer id)
     * @param away the away settings
     * @return the admin, with the new away settings
     * @throws dev.switchboard.core.NotFoundException if there is no such admin
     * @throws dev.switchboard.core.ValidationException if the workspace requires a reason and none was given, or
     *     the reason was deleted
     * @throws IllegalArgumentException if {@code adminId} is blank or not an integer id
     */
    public Admin setAway(String adminId, SetAway away) {
        String id = Checks.integerId(adminId, "adminId");
        Objects.requireNonNull(away, "away");
        ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/admins/{admin_id}/away", id).jsonBody(away)
                .build();
        return transport.execute(r, Admin.class);
    }

    /**
     * As {@link #setAway(String,SetAway)}, without blocking a thread.
     *
     * @param adminId the admin's id (an integer id)
     * @param away the away settings
     * @return completes with what {@link #setAway(String,SetAway)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Admin> setAwayAsync(String adminId, SetAway away) {
        return Futures.start(() -> {
            String id = Checks.integerId(adminId, "adminId");
            Objects.requireNonNull(away, "away");
            ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/admins/{admin_id}/away", id).jsonBody(away)
                    .build();
            return transport.executeAsync(r, Admin.class);
        });
    }

    /**
     * The activities since {@code after}, lazily, following {@code pages.next.starting_after} when Intercom sends it
     * (the spec's {@code cursor_pages}). A {@code null} or absent {@code next} ends the listing; a {@code next} of any
     * other shape (a URL, an object without a cursor), or a missing {@code next} on page {@code n} of more than
     * {@code n}, ends it with a {@link dev.switchboard.core.PaginationException} instead of quietly.
     *
     * @param after the start of the window, sent as {@code created_at_after} in Unix seconds
     * @return the activities
     * @throws IllegalArgumentException if {@code after} is null
     * @see #activityLogs(Instant, Instant)
     */
    public Paginator<ActivityLog> activityLogs(Instant after) {
        return activityLogs(after, null);
    }

    /**
     * @param after the start of the window ({@code created_at_after}, Unix seconds)
     * @param before the end of the window ({@code created_at_before}), or {@code null} for none
     * @return the activities of the window, lazily
     * @throws IllegalArgumentException if {@code after} is null, or {@code before} is not after it
     * @see #activityLogs(Instant)
     */
    public Paginator<ActivityLog> activityLogs(Instant after, Instant before) {
        if (after == null) {
            throw new IllegalArgumentException("after must not be null: Intercom requires created_at_after");
        }
        if (before != null && before.getEpochSecond() <= after.getEpochSecond()) {
            throw new IllegalArgumentException("before must be after 'after' (in whole seconds), was after " + after
                    + " and before " + before);
        }
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/admins/activity_logs")
                .query("created_at_after", Long.toString(after.getEpochSecond()));
        if (before != null) {
            b.query("created_at_before", Long.toString(before.getEpochSecond()));
        }
        return Paginator.of(transport, b.build(), ACTIVITY_PAGES, ActivityLog.class);
    }

    @Override
    public String toString() {
        return "AdminsClient{" + transport.config().baseUrl() + "}";
    }
}
