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
 * Intercom's internal articles: list, create, get, update, delete and search by folder. Immutable and thread-safe;
 * it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * InternalArticlesClient articles = new InternalArticlesClient(connection);
 * InternalArticle a = articles.create(InternalArticleRequest.create("Refunds", "123", "123").body("<p>..</p>").locale("en"));
 * for (InternalArticle each : articles.search("folder-7")) { ... }
 * }</pre>
 *
 * <p><b>Paging.</b> The spec declares no request parameters, but the answers carry {@code pages} ({@code page},
 * {@code total_pages}); the lists follow them with {@code ?page=n} while {@code page < total_pages}. An answer without
 * {@code total_pages} is followed until a page comes back empty.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * article, {@link dev.switchboard.core.ValidationException} for a request Intercom rejects (for example
 * "author_id must be in the main body or default locale"), {@link dev.switchboard.core.AuthenticationException} for
 * a bad token, {@link dev.switchboard.core.TransportException} when no answer came, and
 * {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class InternalArticlesClient implements ResourceClient<InternalArticlesClient> {
    private static final PageStyle LIST = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();
    private static final PageStyle SEARCH = PageStyle.pageNumber().itemsAt("/data/internal_articles")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public InternalArticlesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private InternalArticlesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public InternalArticlesClient withOptions(RequestOptions options) {
        return new InternalArticlesClient(transport.withOptions(options));
    }

    /** @return every internal article, lazily */
    public Paginator<InternalArticle> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/internal_articles").build(),
                LIST, InternalArticle.class);
    }

    /**
     * Searches internal articles ({@code GET /internal_articles/search}) without a folder filter: the spec marks
     * {@code folder_id} optional. The answer nests the articles under {@code data.internal_articles}.
     *
     * @return the articles, lazily
     * @see #search(String)
     */
    public Paginator<InternalArticle> search() {
        return search(null);
    }

    /**
     * The articles of a folder ({@code GET /internal_articles/search?folder_id=}); the answer nests them under
     * {@code data.internal_articles}.
     *
     * @param folderId the folder's id, or {@code null} for no folder filter ({@code folder_id} is optional)
     * @return the folder's articles, lazily
     * @throws IllegalArgumentException if {@code folderId} is blank
     * @see #search()
     */
    public Paginator<InternalArticle> search(String folderId) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/internal_articles/search")
                .query("folder_id", folderId == null ? null : Checks.notBlank(folderId, "folderId")).build();
        return Paginator.of(transport, r, SEARCH, InternalArticle.class);
    }

    /**
     * @param request title, author and owner (see {@link InternalArticleRequest#create})
     * @return the new article
     * @throws IllegalArgumentException if the title, author or owner is missing
     */
    public InternalArticle create(InternalArticleRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.title() == null || request.authorId() == null || request.ownerId() == null) {
            throw new IllegalArgumentException("request must have a title, authorId and ownerId: use "
                    + "InternalArticleRequest.create(title, authorId, ownerId)");
        }
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/internal_articles").jsonBody(request).build();
        return transport.execute(r, InternalArticle.class);
    }

    /**
     * As {@link #create(InternalArticleRequest)}, without blocking a thread.
     *
     * @param request title, author and owner (see {@link InternalArticleRequest#create})
     * @return completes with what {@link #create(InternalArticleRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<InternalArticle> createAsync(InternalArticleRequest request) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            if (request.title() == null || request.authorId() == null || request.ownerId() == null) {
                throw new IllegalArgumentException("request must have a title, authorId and ownerId: use "
                        + "InternalArticleRequest.create(title, authorId, ownerId)");
            }
            ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/internal_articles").jsonBody(request).build();
            return transport.executeAsync(r, InternalArticle.class);
        });
    }

    /**
     * @param articleId the article's id (an integer id)
     * @return the article
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is blank or not an integer id
     */
    public InternalArticle get(String articleId) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/internal_articles/{internal_article_id}",
                Checks.integerId(articleId, "articleId")).build(), InternalArticle.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param articleId the article's id (an integer id)
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<InternalArticle> getAsync(String articleId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.GET, "/internal_articles/{internal_article_id}",
                Checks.integerId(articleId, "articleId")).build(), InternalArticle.class));
    }

    /**
     * @param articleId the article's id
     * @param update the fields to change (see {@link InternalArticleRequest#update()})
     * @return the updated article
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public InternalArticle update(String articleId, InternalArticleRequest update) {
        String id = Checks.integerId(articleId, "articleId");
        Objects.requireNonNull(update, "update");
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/internal_articles/{internal_article_id}", id)
                .jsonBody(update).build(), InternalArticle.class);
    }

    /**
     * As {@link #update(String,InternalArticleRequest)}, without blocking a thread.
     *
     * @param articleId the article's id
     * @param update the fields to change (see {@link InternalArticleRequest#update()})
     * @return completes with what {@link #update(String,InternalArticleRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<InternalArticle> updateAsync(String articleId, InternalArticleRequest update) {
        return Futures.start(() -> {
            String id = Checks.integerId(articleId, "articleId");
            Objects.requireNonNull(update, "update");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.PUT, "/internal_articles/{internal_article_id}", id)
                    .jsonBody(update).build(), InternalArticle.class);
        });
    }

    /**
     * @param articleId the article's id
     * @return the deletion ({@code object: internal_article}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such article
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DeletedObject delete(String articleId) {
        return transport.execute(ApiRequest.builder(HttpMethod.DELETE, "/internal_articles/{internal_article_id}",
                Checks.integerId(articleId, "articleId")).build(), DeletedObject.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param articleId the article's id
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DeletedObject> deleteAsync(String articleId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.DELETE, "/internal_articles/{internal_article_id}",
                Checks.integerId(articleId, "articleId")).build(), DeletedObject.class));
    }

    @Override
    public String toString() {
        return "InternalArticlesClient{" + transport.config().baseUrl() + "}";
    }
}
