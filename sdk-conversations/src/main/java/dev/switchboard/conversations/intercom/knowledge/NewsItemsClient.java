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
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's news items: list, create, get, update, delete. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * NewsItemsClient news = new NewsItemsClient(connection);
 * NewsItem item = news.create(NewsItemRequest.create("Product Update", "123").state(NewsItemState.LIVE)
 *         .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, Instant.parse("2022-10-01T15:30:14Z")))));
 * }</pre>
 *
 * <p><b>Publish dates.</b> A {@code newsfeed_assignments[].published_at} must be in the past: Intercom does not
 * schedule through the API. Create and update check it before sending, against the connection's clock, and throw
 * {@link IllegalArgumentException} for a future date on a request that sets the state {@code live} (or any state but {@code draft}). A request that sets no state
 * (an update of what may be a draft, or a new item, which stays invisible until set live) and a draft's are not
 * checked and are sent as given: Intercom ignores publish dates for drafts.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * item, {@link dev.switchboard.core.AuthenticationException} for a bad token, other
 * {@link dev.switchboard.core.ApiException}s with Intercom's error details,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class NewsItemsClient implements ResourceClient<NewsItemsClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;
    private final Clock clock;

    /** @param connection the connection to send through; its clock dates {@code publish()} */
    public NewsItemsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport(), connection.transport().config().clock());
    }

    private NewsItemsClient(Transport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public NewsItemsClient withOptions(RequestOptions options) {
        return new NewsItemsClient(transport.withOptions(options), clock);
    }

    /** @return every news item, lazily (following {@code pages} when the answer has them) */
    public Paginator<NewsItem> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/news/news_items").build(),
                PAGES, NewsItem.class);
    }

    /**
     * @param request at least a title and a sender (see {@link NewsItemRequest#create})
     * @return the new item
     * @throws IllegalArgumentException if the title or sender is missing, or the request sets a state other than
     *     draft and a publish date is in the future
     */
    public NewsItem create(NewsItemRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.title() == null || request.senderId() == null) {
            throw new IllegalArgumentException("request must have a title and a senderId: use "
                    + "NewsItemRequest.create(title, senderId)");
        }
        checkPublishDates(request);
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/news/news_items").jsonBody(request).build(), NewsItem.class);
    }

    /**
     * As {@link #create(NewsItemRequest)}, without blocking a thread.
     *
     * @param request at least a title and a sender (see {@link NewsItemRequest#create})
     * @return completes with what {@link #create(NewsItemRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<NewsItem> createAsync(NewsItemRequest request) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            if (request.title() == null || request.senderId() == null) {
                throw new IllegalArgumentException("request must have a title and a senderId: use "
                        + "NewsItemRequest.create(title, senderId)");
            }
            checkPublishDates(request);
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/news/news_items").jsonBody(request).build(), NewsItem.class);
        });
    }

    /**
     * @param newsItemId the item's id (an integer id)
     * @return the item
     * @throws dev.switchboard.core.NotFoundException if there is no such item
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public NewsItem get(String newsItemId) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/news/news_items/{news_item_id}",
                Checks.integerId(newsItemId, "newsItemId")).build(), NewsItem.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param newsItemId the item's id (an integer id)
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<NewsItem> getAsync(String newsItemId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.GET, "/news/news_items/{news_item_id}",
                Checks.integerId(newsItemId, "newsItemId")).build(), NewsItem.class));
    }

    /**
     * @param newsItemId the item's id
     * @param update the fields to change
     * @return the updated item
     * @throws dev.switchboard.core.NotFoundException if there is no such item
     * @throws IllegalArgumentException if the id is not an integer id, or the update sets a state other than draft
     *     and a publish date is in the future
     */
    public NewsItem update(String newsItemId, NewsItemRequest update) {
        String id = Checks.integerId(newsItemId, "newsItemId");
        Objects.requireNonNull(update, "update");
        checkPublishDates(update);
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/news/news_items/{news_item_id}", id)
                .jsonBody(update).build(), NewsItem.class);
    }

    /**
     * As {@link #update(String,NewsItemRequest)}, without blocking a thread.
     *
     * @param newsItemId the item's id
     * @param update the fields to change
     * @return completes with what {@link #update(String,NewsItemRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<NewsItem> updateAsync(String newsItemId, NewsItemRequest update) {
        return Futures.start(() -> {
            String id = Checks.integerId(newsItemId, "newsItemId");
            Objects.requireNonNull(update, "update");
            checkPublishDates(update);
            return transport.executeAsync(ApiRequest.builder(HttpMethod.PUT, "/news/news_items/{news_item_id}", id)
                    .jsonBody(update).build(), NewsItem.class);
        });
    }

    /**
     * @param newsItemId the item's id
     * @return the deletion ({@code object: news-item}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such item
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DeletedObject delete(String newsItemId) {
        return transport.execute(ApiRequest.builder(HttpMethod.DELETE, "/news/news_items/{news_item_id}",
                Checks.integerId(newsItemId, "newsItemId")).build(), DeletedObject.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param newsItemId the item's id
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DeletedObject> deleteAsync(String newsItemId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.DELETE, "/news/news_items/{news_item_id}",
                Checks.integerId(newsItemId, "newsItemId")).build(), DeletedObject.class));
    }

    private void checkPublishDates(NewsItemRequest request) {
        // Only a request that sets a state other than draft is checked: an update without a state may well be of a
        // draft (Intercom ignores a draft's dates), and a new item without a state is not visible until set live.
        if (request.newsfeedAssignments() == null || request.state() == null
                || NewsItemState.DRAFT.equals(request.state())) {
            return;
        }
        Instant now = clock.instant();
        for (NewsfeedAssignment a : request.newsfeedAssignments()) {
            if (a.publishedAt() != null && a.publishedAt().getEpochSecond() > now.getEpochSecond()) {
                throw new IllegalArgumentException("newsfeedAssignments publishedAt must be in the past (Intercom does "
                        + "not schedule news items), was " + a.publishedAt() + " for newsfeed " + a.newsfeedId()
                        + ", now is " + now);
            }
        }
    }

    @Override
    public String toString() {
        return "NewsItemsClient{" + transport.config().baseUrl() + "}";
    }
}
