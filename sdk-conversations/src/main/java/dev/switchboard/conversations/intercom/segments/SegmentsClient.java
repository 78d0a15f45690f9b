package dev.switchboard.conversations.intercom.segments;

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
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's segments: list them (optionally with their contact counts) and get one. Immutable and thread-safe; it
 * shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * SegmentsClient segments = new SegmentsClient(connection);
 * for (Segment s : segments.list(true)) {                // include_count=true: each segment's count()
 *     System.out.println(s.name() + ": " + s.count());
 * }
 * }</pre>
 *
 * <p><b>Paging.</b> {@code segment_list} may carry a {@code pages} object, which the spec describes as "a pagination
 * object, which may be empty, indicating no further pages". The list follows {@code ?page=n} while
 * {@code pages.page < pages.total_pages}; an empty or absent {@code pages} (what Intercom sends) means the one answer
 * holds every segment, and nothing more is requested.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * segment ({@code not_found}), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class SegmentsClient implements ResourceClient<SegmentsClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/segments")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public SegmentsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private SegmentsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public SegmentsClient withOptions(RequestOptions options) {
        return new SegmentsClient(transport.withOptions(options));
    }

    /**
     * Every segment ({@code GET /segments}), without counts.
     *
     * @return the segments, lazily
     */
    public Paginator<Segment> list() {
        return list(false);
    }

    /**
     * Every segment ({@code GET /segments}); with {@code includeCount} Intercom adds each segment's {@code count}
     * ({@code include_count=true}), which costs it more time, so it is sent only when asked for.
     *
     * @param includeCount whether to send {@code include_count=true}
     * @return the segments, lazily
     */
    public Paginator<Segment> list(boolean includeCount) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/segments").query("include_count", includeCount ? "true" : null)
                .build();
        return Paginator.of(transport, r, PAGES, Segment.class);
    }

    /**
     * One segment ({@code GET /segments/{segment_id}}).
     *
     * @param segmentId the segment's id
     * @return the segment
     * @throws dev.switchboard.core.NotFoundException if there is no such segment
     * @throws IllegalArgumentException if the id is blank
     */
    public Segment get(String segmentId) {
        return transport.execute(request(segmentId), Segment.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param segmentId the segment's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Segment> getAsync(String segmentId) {
        return Futures.start(() -> transport.executeAsync(request(segmentId), Segment.class));
    }

    private static ApiRequest request(String segmentId) {
        return ApiRequest.builder(HttpMethod.GET, "/segments/{segment_id}", Checks.id(segmentId, "segmentId")).build();
    }

    @Override
    public String toString() {
        return "SegmentsClient{" + transport.config().baseUrl() + "}";
    }
}
