package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.ApiResponse;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One entity of the Data API ({@code conversations}, {@code interactions}, {@code plugin-calls},
 * {@code plugin-resources}, {@code users}) at {@code /export/{version}/records/{entity}}: list its records and count
 * them. Obtained from {@link MoveworksDataApi}; immutable and thread-safe. Options, async calls and errors follow
 * {@link ResourceClient}: {@link #withOptions} gives a view with other timeouts, retries or headers (the
 * {@code users} entity's view keeps its own retry policy and pacing), and {@link #countAsync(ODataQuery)} counts
 * without blocking a thread.
 *
 * <pre>{@code
 * long dm = api.conversations().count(ODataQuery.dmOnly());
 * for (Conversation c : api.conversations().list(ODataQuery.sysEventsOnly())) {
 *     c.detail().ifPresent(d -> System.out.println(c.type() + " " + d.raw()));
 * }
 * CompletableFuture<Long> users = api.users().withOptions(o -> o.maxRetries(0)).countAsync(ODataQuery.all());
 * }</pre>
 *
 * @param <T> the record type
 */
public final class EntityClient<T> implements ResourceClient<EntityClient<T>> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.switchboard.moveworks");
    private final Transport transport;
    private final String name;
    private final String path;
    private final Class<T> recordType;
    private final DataWindow.WindowCheck windowCheck;

    EntityClient(Transport transport, ApiVersion version, String name, Class<T> recordType,
            DataWindow.WindowCheck windowCheck) {
        this(transport, name, "/export/" + version.pathSegment() + "/records/" + name, recordType, windowCheck);
    }

    private EntityClient(Transport transport, String name, String path, Class<T> recordType,
            DataWindow.WindowCheck windowCheck) {
        this.transport = transport;
        this.name = name;
        this.path = path;
        this.recordType = recordType;
        this.windowCheck = windowCheck;
    }

    /**
     * A view of this entity whose every request carries {@code options} (see {@link ResourceClient}). It sends
     * through this entity's own transport, so a view of {@code users} keeps the users entity's retry policy and
     * pacing, and shares its limiter with the original.
     *
     * @param options the options every call of the view carries
     * @return the view
     * @throws NullPointerException if {@code options} is null
     */
    @Override
    public EntityClient<T> withOptions(RequestOptions options) {
        return new EntityClient<>(transport.withOptions(options), name, path, recordType, windowCheck);
    }

    /**
     * Applies the client's {@link DataWindow.WindowCheck} to a query, before anything is sent.
     *
     * @throws IllegalArgumentException with {@link DataWindow.WindowCheck#FAIL}, naming {@code query}
     */
    private void checkWindow(ODataQuery query) {
        if (windowCheck == DataWindow.WindowCheck.IGNORE) {
            return;
        }
        List<String> problems = DataWindow.warnings(name, query, transport.config().clock().instant());
        if (problems.isEmpty()) {
            return;
        }
        String text = String.join("; ", problems);
        if (windowCheck == DataWindow.WindowCheck.FAIL) {
            throw new IllegalArgumentException("query: " + text);
        }
        LOG.warn("{}", text);
    }

    /** @return the entity's path segment, for example {@code plugin-calls} */
    public String name() {
        return name;
    }

    /** @return the path below the base URL, for example {@code /export/v1/records/plugin-calls} */
    public String path() {
        return path;
    }

    /** @return the record type */
    public Class<T> recordType() {
        return recordType;
    }

    /**
     * @return every record, lazily, page after page
     * @see #list(ODataQuery)
     */
    public Paginator<T> list() {
        return list(ODataQuery.all());
    }

    /**
     * Lists the records matching a query. Nothing is sent until the paginator is iterated; each iteration starts over.
     * The first request carries the query options; the following ones GET the server's {@code @odata.nextLink}
     * verbatim (also accepted: {@code odata.nextLink}, {@code odata.nextlink}). A next link to another host than the
     * base URL's is never followed: paging stops with a {@link dev.switchboard.core.PaginationException} and the
     * credentials are never sent there.
     *
     * @param query the OData options
     * @return the records, lazily
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalArgumentException if the client's {@link DataWindow.WindowCheck} is {@code FAIL} and the query
     *     starts before the 30-day TTL (or, for conversations, before SysEvents); with {@code WARN} (the default)
     *     that is logged instead
     * @see #list()
     */
    public Paginator<T> list(ODataQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        checkWindow(query);
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, path);
        for (Map.Entry<String, String> p : query.parameters()) {
            b.query(p.getKey(), p.getValue());
        }
        return Paginator.of(transport, b.build(), PageStyle.odataNextLink(), recordType);
    }

    /**
     * @return how many records there are
     * @see #count(ODataQuery)
     */
    public long count() {
        return count(ODataQuery.all());
    }

    /**
     * Counts the records matching the query's {@code $filter} with {@code GET .../$count}. As OData specifies, the
     * count is not affected by {@code $orderby}, {@code $top}, {@code $skip} or {@code $select}, so only the filter is
     * sent.
     *
     * @param query the query whose filter applies
     * @return the count
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalArgumentException as {@link #list(ODataQuery)} checks the query's window
     * @throws dev.switchboard.core.DecodeException if the body is not a bare integer (or a JSON string of digits)
     * @throws dev.switchboard.core.SwitchboardException for API and transport failures, as the transport throws
     * @see #count()
     */
    public long count(ODataQuery query) {
        return transport.send(countRequest(query), countDecoder()).value();
    }

    /**
     * As {@link #count()}, without blocking a thread.
     *
     * @return completes with the count, or exceptionally with what {@link #count()} throws
     * @see #countAsync(ODataQuery)
     */
    public CompletableFuture<Long> countAsync() {
        return countAsync(ODataQuery.all());
    }

    /**
     * As {@link #count(ODataQuery)}, without blocking a thread: waits for a retry or a rate limit are scheduled, and
     * cancelling the future cancels the call.
     *
     * @param query the query whose filter applies
     * @return completes with the count, or exceptionally with what {@link #count(ODataQuery)} throws (a null query
     *     or a window rejected by {@link DataWindow.WindowCheck#FAIL} included: nothing is sent then)
     * @see #countAsync()
     */
    public CompletableFuture<Long> countAsync(ODataQuery query) {
        return Futures.start(() -> Futures.map(transport.sendAsync(countRequest(query), countDecoder()),
                ApiResponse::value));
    }

    private ApiRequest countRequest(ODataQuery query) {
        Objects.requireNonNull(query, "query must not be null");
        checkWindow(query);
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, path + "/$count");
        query.filter().ifPresent(f -> b.query("$filter", f.toOData()));
        return b.build();
    }

    private CountDecoder countDecoder() {
        return new CountDecoder("GET " + path + "/$count");
    }

    @Override
    public String toString() {
        return "EntityClient[" + path + " -> " + recordType.getSimpleName() + "]";
    }
}
