package dev.switchboard.conversations.intercom.data;

import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.ResponseDecoder;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's data events: submit what a user or lead did, list a user's events (the last 90 days), read a user's
 * counts per event, and submit counts. Immutable and thread-safe; it shares the {@link IntercomConnection} it was made
 * from.
 *
 * <pre>{@code
 * DataEventsClient events = new DataEventsClient(connection);
 * events.submit(DataEventRequest.byUserId("314159", "placed-order", Instant.now()).metadata("items", 3));
 * for (DataEvent e : events.list(ContactIdentifier.userId("314159"))) { ... }       // follows pages.next
 * DataEventSummary counts = events.summaries(ContactIdentifier.email("ada@example.com"));
 * }</pre>
 *
 * <p><b>Which user.</b> Listing and summaries name the user by exactly one of {@code user_id},
 * {@code intercom_user_id} (the way to read a lead's events) or {@code email}, as a {@link ContactIdentifier}, and
 * always send {@code type=user}, which the API requires.
 *
 * <p><b>Paging.</b> {@code GET /events} answers {@code pages.next} as the next page's URL (the spec's
 * {@code data_event_list}); it is followed as given (credentials only to the same host) until a page has none.
 *
 * <p><b>Retries.</b> Intercom de-duplicates events on the workspace, the contact, the event name and
 * {@code created_at} (to the second), answering a duplicate {@code 202} as well; so {@link #submit} is retried like a
 * GET. Summaries are sent once.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * user, {@link dev.switchboard.core.AuthenticationException} (or {@code PermissionDeniedException}) for a token without
 * the rights, {@link dev.switchboard.core.TransportException} when no answer came, and
 * {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class DataEventsClient implements ResourceClient<DataEventsClient> {
    private static final PageStyle PAGES = PageStyle.nextLink().itemsAt("/events").linkAt("/pages/next").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public DataEventsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private DataEventsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public DataEventsClient withOptions(RequestOptions options) {
        return new DataEventsClient(transport.withOptions(options));
    }

    /**
     * Submits an event ({@code POST /events}); Intercom answers {@code 202 Accepted} with no body.
     *
     * @param event the event
     * @throws dev.switchboard.core.NotFoundException if there is no such user
     */
    public void submit(DataEventRequest event) {
        transport.send(submitRequest(event));
    }

    /**
     * @param event the event
     * @return completes when Intercom accepted it, or exceptionally with what {@link #submit} throws
     */
    public CompletableFuture<Void> submitAsync(DataEventRequest event) {
        return Futures.start(() -> Futures.map(transport.sendAsync(submitRequest(event), ResponseDecoder.discarding()),
                r -> null));
    }

    private static ApiRequest submitRequest(DataEventRequest event) {
        Objects.requireNonNull(event, "event");
        // Duplicates are ignored by Intercom (same contact, name and created_at), so a repeat cannot double-count.
        return ApiRequest.builder(HttpMethod.POST, "/events").jsonBody(event.toJson()).retrySafe().build();
    }

    /**
     * A user's events, newest first, in Intercom's default page size ({@code GET /events?type=user&...}).
     *
     * @param user the user, by {@code user_id}, {@code intercom_user_id} or {@code email}
     * @return the events, lazily
     */
    public Paginator<DataEvent> list(ContactIdentifier user) {
        return Paginator.of(transport, listRequest(user, false, null), PAGES, DataEvent.class);
    }

    /**
     * @param user the user, by {@code user_id}, {@code intercom_user_id} or {@code email}
     * @param perPage events per page ({@code per_page}), at least 1
     * @return the events, lazily
     * @throws IllegalArgumentException if {@code perPage} is below 1
     */
    public Paginator<DataEvent> list(ContactIdentifier user, int perPage) {
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
        return Paginator.of(transport, listRequest(user, false, perPage), PAGES, DataEvent.class);
    }

    /**
     * A user's counts per event ({@code GET /events?type=user&...&summary=true}).
     *
     * @param user the user, by {@code user_id}, {@code intercom_user_id} or {@code email}
     * @return the counts
     * @throws dev.switchboard.core.NotFoundException if there is no such user
     */
    public DataEventSummary summaries(ContactIdentifier user) {
        return transport.execute(listRequest(user, true, null), DataEventSummary.class);
    }

    /**
     * @param user the user, by {@code user_id}, {@code intercom_user_id} or {@code email}
     * @return completes with what {@link #summaries} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataEventSummary> summariesAsync(ContactIdentifier user) {
        return Futures.start(() -> transport.executeAsync(listRequest(user, true, null), DataEventSummary.class));
    }

    private static ApiRequest listRequest(ContactIdentifier user, boolean summary, Integer perPage) {
        Objects.requireNonNull(user, "user");
        return ApiRequest.builder(HttpMethod.GET, "/events")
                .query("type", "user")
                .query(user.field(), user.value())
                .query("summary", summary ? "true" : null)
                .query("per_page", perPage)
                .build();
    }

    /**
     * Submits a user's counts of an event ({@code POST /events/summaries}); sent once, never retried.
     *
     * @param request the user and the counts
     * @throws dev.switchboard.core.NotFoundException if there is no such user
     */
    public void createSummaries(DataEventSummariesRequest request) {
        transport.send(summariesRequest(request));
    }

    /**
     * @param request the user and the counts
     * @return completes when Intercom accepted them, or exceptionally with what {@link #createSummaries} throws
     */
    public CompletableFuture<Void> createSummariesAsync(DataEventSummariesRequest request) {
        return Futures.start(() -> Futures.map(transport.sendAsync(summariesRequest(request),
                ResponseDecoder.discarding()), r -> null));
    }

    private static ApiRequest summariesRequest(DataEventSummariesRequest request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/events/summaries").jsonBody(request.toJson()).build();
    }

    @Override
    public String toString() {
        return "DataEventsClient{" + transport.config().baseUrl() + "}";
    }
}
