package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
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
 * Intercom's Help Center articles: list, create, get, update, delete and search. Immutable and thread-safe; it shares
 * the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * ArticlesClient articles = new ArticlesClient(connection);
 * Article a = articles.create(ArticleRequest.create("Getting started", "991267497").body("<p>..</p>")
 *         .state(ArticleState.PUBLISHED));
 * for (Article each : articles.search(ArticleSearch.phrase("getting started"))) { ... }
 * }</pre>
 *
 * <p><b>Paging.</b> The spec declares no paging parameters, but the answers carry {@code pages} ({@code page},
 * {@code total_pages}); the list and the search follow them with {@code ?page=n} while {@code page < total_pages}.
 * Lists are sorted by {@code updated_at}, most recent first.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * article, {@link dev.switchboard.core.ValidationException} for a request Intercom rejects (for example "author_id
 * must be in the main body or default locale translated_content object"),
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link dev.switchboard.core.TransportException}
 * when no answer came, and {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class ArticlesClient implements ResourceClient<ArticlesClient> {
    private static final PageStyle LIST = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();
    private static final PageStyle SEARCH = PageStyle.pageNumber().itemsAt("/data/articles")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public ArticlesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private ArticlesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public ArticlesClient withOptions(RequestOptions options) {
        return new ArticlesClient(transport.withOptions(options));
    }

    /**
     * Every article ({@code GET /articles}), most recently updated first.
     *
     * @return the articles, lazily
     */
    public Paginator<Article> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/articles").build(), LIST, Article.class);
    }

    /**
     * Creates an article ({@code POST /articles}).
     *
     * @param request at least a title and an author (see {@link ArticleRequest#create})
     * @return the new article
     * @throws IllegalArgumentException if the request is an update ({@link ArticleRequest#update()})
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it
     */
    public Article create(ArticleRequest request) {
        return transport.execute(createRequest(request), Article.class);
    }

    /**
     * As {@link #create(ArticleRequest)}, without blocking a thread.
     *
     * @param request at least a title and an author (see {@link ArticleRequest#create})
     * @return completes with what {@link #create(ArticleRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Article> createAsync(ArticleRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), Article.class));
    }

    /**
     * Fetches one article ({@code GET /articles/{article_id}}), with its statistics.
     *
     * @param articleId the article's id (an integer id)
     * @return the article
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is blank or not an integer id
     */
    public Article get(String articleId) {
        return transport.execute(byId(HttpMethod.GET, articleId).build(), Article.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param articleId the article's id (an integer id)
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Article> getAsync(String articleId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.GET, articleId).build(), Article.class));
    }

    /**
     * Changes an article ({@code PUT /articles/{article_id}}); only the fields set in the request are sent.
     *
     * @param articleId the article's id (an integer id)
     * @param update the fields to change (see {@link ArticleRequest#update()})
     * @return the updated article
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public Article update(String articleId, ArticleRequest update) {
        return transport.execute(updateRequest(articleId, update), Article.class);
    }

    /**
     * As {@link #update(String, ArticleRequest)}, without blocking a thread.
     *
     * @param articleId the article's id (an integer id)
     * @param update the fields to change
     * @return completes with what {@link #update(String, ArticleRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Article> updateAsync(String articleId, ArticleRequest update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(articleId, update), Article.class));
    }

    /**
     * Deletes an article ({@code DELETE /articles/{article_id}}).
     *
     * @param articleId the article's id (an integer id)
     * @return the deletion ({@code object: article}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DeletedObject delete(String articleId) {
        return transport.execute(byId(HttpMethod.DELETE, articleId).build(), DeletedObject.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param articleId the article's id (an integer id)
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DeletedObject> deleteAsync(String articleId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.DELETE, articleId).build(), DeletedObject.class));
    }

    /**
     * Every article matching a search ({@code GET /articles/search?phrase=&state=&help_center_id=&highlight=}), page
     * after page; the answer nests them under {@code data.articles}. A page's highlights are in its
     * {@link dev.switchboard.core.paging.Page#meta()} ({@code data.highlights}); {@link #searchPage} reads them typed.
     *
     * @param query the phrase, state, Help Center and highlight setting (see {@link ArticleSearch})
     * @return the matching articles, lazily
     * @see #searchPage(ArticleSearch)
     */
    public Paginator<Article> search(ArticleSearch query) {
        return Paginator.of(transport, searchRequest(query), SEARCH, Article.class);
    }

    /**
     * The first page of a search ({@code GET /articles/search}) as Intercom sends it: the articles, their highlights
     * (when {@link ArticleSearch#highlight(boolean)} asked for them), the total and the page count.
     *
     * @param query the phrase, state, Help Center and highlight setting (see {@link ArticleSearch})
     * @return the first page
     * @see #search(ArticleSearch)
     */
    public ArticleSearchResponse searchPage(ArticleSearch query) {
        return transport.execute(searchRequest(query), ArticleSearchResponse.class);
    }

    /**
     * As {@link #searchPage(ArticleSearch)}, without blocking a thread.
     *
     * @param query the phrase, state, Help Center and highlight setting
     * @return completes with what {@link #searchPage(ArticleSearch)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ArticleSearchResponse> searchPageAsync(ArticleSearch query) {
        return Futures.start(() -> transport.executeAsync(searchRequest(query), ArticleSearchResponse.class));
    }

    private static ApiRequest createRequest(ArticleRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.isCreate()) {
            throw new IllegalArgumentException("request must be a create, with a title and an authorId: use "
                    + "ArticleRequest.create(title, authorId)");
        }
        return ApiRequest.builder(HttpMethod.POST, "/articles").jsonBody(request).build();
    }

    private static ApiRequest updateRequest(String articleId, ArticleRequest update) {
        ApiRequest.Builder b = byId(HttpMethod.PUT, articleId);
        return b.jsonBody(Objects.requireNonNull(update, "update")).build();
    }

    private static ApiRequest.Builder byId(HttpMethod method, String articleId) {
        return ApiRequest.builder(method, "/articles/{article_id}", Checks.integerId(articleId, "articleId"));
    }

    private static ApiRequest searchRequest(ArticleSearch query) {
        Objects.requireNonNull(query, "query");
        return ApiRequest.builder(HttpMethod.GET, "/articles/search")
                .query("phrase", query.phrase())
                .query("state", query.state())
                .query("help_center_id", query.helpCenterId())
                .query("highlight", query.highlight())
                .build();
    }

    @Override
    public String toString() {
        return "ArticlesClient{" + transport.config().baseUrl() + "}";
    }
}
