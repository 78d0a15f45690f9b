package dev.switchboard.notifications.suger;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * The notification events of one Suger organization: {@code GET /org/{orgId}/notificationEvent} and
 * {@code GET /org/{orgId}/notificationEvent/{entityType}/{entityId}}. Obtain it from {@link Suger#events()} or
 * {@link Suger#events(String)}. Immutable and thread-safe.
 *
 * <p>Listings are lazy {@link Paginator}s over {@code offset} / {@code nextOffset}: the first request carries
 * {@code offset=0}, each following one the server's {@code nextOffset}; an absent or {@code null} {@code nextOffset}
 * ends the listing, and one that does not advance stops it with a {@link dev.switchboard.core.PaginationException}.
 * The server's {@code totalCount}, sent on the first page only, is
 * {@code paginator.firstPage().metaLong("totalCount")}, or {@link #count(EventFilter)}.
 *
 * <p>Options, async calls and errors follow {@link ResourceClient}: {@link #withOptions} gives a view with other
 * timeouts, retries or headers, and {@link #countAsync(EventFilter)} counts without blocking a thread.
 *
 * <pre>{@code
 * Paginator<NotificationEvent> events = suger.events().list(EventFilter.builder().startDate(since).build());
 * for (NotificationEvent e : events) {
 *     System.out.println(e.timestamp() + " " + e.priority() + " " + e.title());
 * }
 * }</pre>
 */
public final class NotificationEventsClient implements ResourceClient<NotificationEventsClient> {
    /** The field of the first page that counts every matching event. */
    public static final String TOTAL_COUNT = "totalCount";

    static final PageStyle PAGING = PageStyle.offset().itemsAt("/notificationEvents").offsetParam("offset")
            .nextOffsetAt("/nextOffset").totalCountAt("/totalCount").build();

    private final Transport transport;
    private final LegacyTokenSource tokens;
    private final String organizationId;

    NotificationEventsClient(Transport transport, LegacyTokenSource tokens, String organizationId) {
        this.transport = transport;
        this.tokens = tokens;
        this.organizationId = Suger.checkOrganizationId(organizationId);
    }

    /**
     * @param options the options every call of the view carries
     * @return a view of these events whose every request carries {@code options} (see {@link ResourceClient})
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public NotificationEventsClient withOptions(RequestOptions options) {
        return new NotificationEventsClient(transport.withOptions(options), tokens, organizationId);
    }

    /** @return the organization these events belong to */
    public String organizationId() {
        return organizationId;
    }

    /**
     * Lists the events of the server's default window (the last 30 days), all four priorities.
     *
     * @return a lazy listing; nothing is fetched yet
     * @see #list(EventFilter)
     */
    public Paginator<NotificationEvent> list() {
        return list(EventFilter.all());
    }

    /**
     * Lists events:
     * {@code GET /org/{orgId}/notificationEvent?startDate=&endDate=&priorities=&message=&limit=&offset=0},
     * leaving out the dates and message when not set but always sending {@code priorities}, {@code limit} and
     * {@code offset}.
     *
     * @param filter dates, priorities, message and page size
     * @return a lazy listing; nothing is fetched yet
     * @throws NullPointerException if {@code filter} is null
     * @see #list()
     */
    public Paginator<NotificationEvent> list(EventFilter filter) {
        return Paginator.of(transport, request(filter, filter.limit()), PAGING, NotificationEvent.class);
    }

    /**
     * Asks for the number of events that match, with one request for a page of one event.
     *
     * @param filter dates, priorities and message; its page size is not used
     * @return the server's {@code totalCount}, or empty if the server did not send one
     * @throws dev.switchboard.core.SwitchboardException as the transport throws
     */
    public OptionalLong count(EventFilter filter) {
        return totalCount(countPages(filter).firstPage());
    }

    /**
     * As {@link #count(EventFilter)}, without blocking a thread.
     *
     * @param filter dates, priorities and message; its page size is not used
     * @return completes with what {@link #count(EventFilter)} returns, or exceptionally with what it throws (a null
     *     filter included: nothing is sent then)
     */
    public CompletableFuture<OptionalLong> countAsync(EventFilter filter) {
        return Futures.start(() -> {
            Paginator<NotificationEvent> pages = countPages(filter);
            return Suger.afterToken(tokens, () -> Futures.map(pages.firstPageAsync(), NotificationEventsClient::totalCount));
        });
    }

    private Paginator<NotificationEvent> countPages(EventFilter filter) {
        return Paginator.of(transport, request(filter, 1), PAGING, NotificationEvent.class);
    }

    private static OptionalLong totalCount(Page<NotificationEvent> first) {
        Optional<Long> total = first.metaLong(TOTAL_COUNT);
        return total.isPresent() ? OptionalLong.of(total.get()) : OptionalLong.empty();
    }

    /**
     * Lists the events of one entity, {@value EventFilter#MAX_LIMIT} per page.
     *
     * @param entityType the entity's kind, for example {@link EntityType#OFFER}
     * @param entityId the entity's id
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the type is empty or the id blank
     * @see #listByEntity(EntityType, String, int)
     */
    public Paginator<NotificationEvent> listByEntity(EntityType entityType, String entityId) {
        return listByEntity(entityType, entityId, EventFilter.MAX_LIMIT);
    }

    /**
     * Lists the events of one entity:
     * {@code GET /org/{orgId}/notificationEvent/{entityType}/{entityId}?limit=&offset=0}.
     * This operation takes no date or priority filters.
     *
     * @param entityType the entity's kind, for example {@link EntityType#OFFER}
     * @param entityId the entity's id
     * @param limit events per page, 1 to {@value EventFilter#MAX_LIMIT}
     * @return a lazy listing; nothing is fetched yet
     * @throws IllegalArgumentException if the type is empty, the id blank or the limit out of range
     * @see #listByEntity(EntityType, String)
     */
    public Paginator<NotificationEvent> listByEntity(EntityType entityType, String entityId, int limit) {
        if (entityType == null || entityType.value().isBlank()) {
            throw new IllegalArgumentException("entityType must not be null or empty");
        }
        Checks.id(entityId, "entityId");
        ApiRequest first = ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationEvent/{entityType}/{entityId}",
                        organizationId, entityType.value(), entityId)
                .query("limit", EventFilter.checkLimit(limit))
                .query("offset", 0)
                .build();
        return Paginator.of(transport, first, PAGING, NotificationEvent.class);
    }

    private ApiRequest request(EventFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        return ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationEvent", organizationId)
                .query("startDate", filter.startDate().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(null))
                .query("endDate", filter.endDate().map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse(null))
                .query("priorities", filter.prioritiesParameter())
                .query("message", filter.message().orElse(null))
                .query("limit", limit)
                .query("offset", 0)
                .build();
    }

    /** @return the organization; never a credential */
    @Override
    public String toString() {
        return "NotificationEventsClient{organizationId=" + organizationId + "}";
    }
}
