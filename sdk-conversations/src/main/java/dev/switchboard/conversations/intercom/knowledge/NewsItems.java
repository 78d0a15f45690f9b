package dev.switchboard.conversations.intercom.knowledge;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Intercom's news items: list, create, get, update, delete. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * NewsItems news = new NewsItems(connection);
 * NewsItem item = news.create(NewsItemRequest.create("Product Update", "123").state(NewsItemState.LIVE)
 *         .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, Instant.parse("2022-10-01T15:30:14Z")))));
 * }</pre>
 *
 * <p><b>Publish dates.</b> A {@code newsfeed_assignments[].published_at} must be in the past: Intercom does not
 * schedule through the API. Create and update check it before sending, against the connection's clock (or the clock
 * given to {@link #NewsItems(IntercomConnection, Clock)}), and throw {@link IllegalArgumentException} for a future
 * date on a request that sets the state {@code live} (or any state but {@code draft}). A request that sets no state
 * (an update of what may be a draft, or a new item, which stays invisible until set live) and a draft's are not
 * checked and are sent as given: Intercom ignores publish dates for drafts.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * item, {@link dev.switchboard.core.AuthenticationException} for a bad token, other
 * {@link dev.switchboard.core.ApiException}s with Intercom's error details,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class NewsItems {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;
    private final Clock clock;

    /** @param connection the connection to send through; its clock checks publish dates */
    public NewsItems(IntercomConnection connection) {
        this(connection, Objects.requireNonNull(connection, "connection").transport().config().clock());
    }

    /**
     * @param connection the connection to send through
     * @param clock the clock publish dates are checked against
     */
    public NewsItems(IntercomConnection connection, Clock clock) {
        this.transport = Objects.requireNonNull(connection, "connection").transport();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return every news item, lazily (following {@code pages} when the answer has them) */
    public Paginator<NewsItem> list() {
        return list(RequestOptions.none());
    }

    /**
     * @param options per-request settings, for example {@link IntercomConnection#version(String)}
     * @return every news item, lazily
     */
    public Paginator<NewsItem> list(RequestOptions options) {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/news/news_items").options(options).build(),
                PAGES, NewsItem.class);
    }

    /**
     * @param request at least a title and a sender (see {@link NewsItemRequest#create})
     * @return the new item
     * @throws IllegalArgumentException if the title or sender is missing, or the request sets a state other than
     *     draft and a publish date is in the future
     */
    public NewsItem create(NewsItemRequest request) {
        return create(request, RequestOptions.none());
    }

    /**
     * @param request at least a title and a sender
     * @param options per-request settings
     * @return the new item
     * @see #create(NewsItemRequest)
     */
    public NewsItem create(NewsItemRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        if (request.title() == null || request.senderId() == null) {
            throw new IllegalArgumentException("request must have a title and a senderId: use "
                    + "NewsItemRequest.create(title, senderId)");
        }
        checkPublishDates(request);
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/news/news_items").jsonBody(request)
                .options(options).build(), NewsItem.class);
    }

    /**
     * @param newsItemId the item's id (an integer id)
     * @return the item
     * @throws dev.switchboard.core.NotFoundException if there is no such item
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public NewsItem get(String newsItemId) {
        return get(newsItemId, RequestOptions.none());
    }

    /**
     * @param newsItemId the item's id
     * @param options per-request settings
     * @return the item
     * @see #get(String)
     */
    public NewsItem get(String newsItemId, RequestOptions options) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/news/news_items/{news_item_id}",
                InternalArticles.integerId(newsItemId, "newsItemId")).options(options).build(), NewsItem.class);
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
        return update(newsItemId, update, RequestOptions.none());
    }

    /**
     * @param newsItemId the item's id
     * @param update the fields to change
     * @param options per-request settings
     * @return the updated item
     * @see #update(String, NewsItemRequest)
     */
    public NewsItem update(String newsItemId, NewsItemRequest update, RequestOptions options) {
        String id = InternalArticles.integerId(newsItemId, "newsItemId");
        Objects.requireNonNull(update, "update");
        checkPublishDates(update);
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/news/news_items/{news_item_id}", id)
                .jsonBody(update).options(options).build(), NewsItem.class);
    }

    /**
     * @param newsItemId the item's id
     * @return the deletion ({@code object: news-item}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such item
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DeletedObject delete(String newsItemId) {
        return delete(newsItemId, RequestOptions.none());
    }

    /**
     * @param newsItemId the item's id
     * @param options per-request settings
     * @return the deletion
     * @see #delete(String)
     */
    public DeletedObject delete(String newsItemId, RequestOptions options) {
        return transport.execute(ApiRequest.builder(HttpMethod.DELETE, "/news/news_items/{news_item_id}",
                InternalArticles.integerId(newsItemId, "newsItemId")).options(options).build(), DeletedObject.class);
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
        return "NewsItems{" + transport.config().baseUrl() + "}";
    }
}
