package dev.switchboard.conversations.intercom.knowledge;

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
 * Intercom's newsfeeds: list, get, and the news items live on one. Newsfeeds cannot be created or changed through the
 * API; news items are {@link NewsItemsClient}'s. Immutable and thread-safe; it shares the {@link IntercomConnection}
 * it was made from.
 *
 * <pre>{@code
 * NewsfeedsClient feeds = new NewsfeedsClient(connection);
 * for (Newsfeed feed : feeds.list()) {
 *     for (NewsItem item : feeds.items(feed.id())) { ... }   // the items live on that feed
 * }
 * }</pre>
 *
 * <p><b>Paging.</b> Both lists answer Intercom's {@code paginated_response} with {@code pages} ({@code page},
 * {@code total_pages}) and are followed with {@code ?page=n} while {@code page < total_pages}; an empty feed answers
 * {@code total_pages: 0}, which ends the listing.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * newsfeed, {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class NewsfeedsClient implements ResourceClient<NewsfeedsClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public NewsfeedsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private NewsfeedsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public NewsfeedsClient withOptions(RequestOptions options) {
        return new NewsfeedsClient(transport.withOptions(options));
    }

    /**
     * Every newsfeed of the workspace ({@code GET /news/newsfeeds}).
     *
     * @return the newsfeeds, lazily
     */
    public Paginator<Newsfeed> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/news/newsfeeds").build(), PAGES,
                Newsfeed.class);
    }

    /**
     * Fetches one newsfeed ({@code GET /news/newsfeeds/{newsfeed_id}}).
     *
     * @param newsfeedId the newsfeed's id
     * @return the newsfeed
     * @throws dev.switchboard.core.NotFoundException if there is no such newsfeed
     * @throws IllegalArgumentException if the id is blank
     */
    public Newsfeed get(String newsfeedId) {
        return transport.execute(byId(newsfeedId, "/news/newsfeeds/{newsfeed_id}"), Newsfeed.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param newsfeedId the newsfeed's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Newsfeed> getAsync(String newsfeedId) {
        return Futures.start(() -> transport.executeAsync(byId(newsfeedId, "/news/newsfeeds/{newsfeed_id}"),
                Newsfeed.class));
    }

    /**
     * The news items live on a newsfeed ({@code GET /news/newsfeeds/{newsfeed_id}/items}); drafts are not listed.
     *
     * @param newsfeedId the newsfeed's id
     * @return its live items, lazily (a {@link dev.switchboard.core.NotFoundException} on iteration for an unknown
     *     newsfeed)
     * @throws IllegalArgumentException if the id is blank
     */
    public Paginator<NewsItem> items(String newsfeedId) {
        return Paginator.of(transport, byId(newsfeedId, "/news/newsfeeds/{newsfeed_id}/items"), PAGES, NewsItem.class);
    }

    private static ApiRequest byId(String newsfeedId, String path) {
        return ApiRequest.builder(HttpMethod.GET, path, Checks.id(newsfeedId, "newsfeedId")).build();
    }

    @Override
    public String toString() {
        return "NewsfeedsClient{" + transport.config().baseUrl() + "}";
    }
}
