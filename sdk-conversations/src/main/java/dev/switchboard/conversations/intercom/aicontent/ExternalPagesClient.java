package dev.switchboard.conversations.intercom.aicontent;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's external pages (AI Content): list, create (or update by source and external id), get, update, delete.
 * Every page belongs to a content import source ({@link ContentImportSourcesClient}) whose {@code sync_behavior} is
 * {@code api} for pages made through the API. Immutable and thread-safe; it shares the {@link IntercomConnection} it
 * was made from.
 *
 * <pre>{@code
 * ExternalPagesClient pages = new ExternalPagesClient(connection);
 * ExternalPage page = pages.create(ExternalPageRequest.create("Refunds", "<p>...</p>", source.id(), "refunds")
 *         .url("https://help.example.com/refunds").aiAgentAvailability(true));
 * }</pre>
 *
 * <p><b>Paging.</b> The list answers a {@code pages} object whose {@code next} is the URL of the next page; it is
 * followed as given, and a page without one is the last.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * page, {@link dev.switchboard.core.ValidationException} for a request Intercom rejects,
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link dev.switchboard.core.TransportException}
 * when no answer came, and {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class ExternalPagesClient implements ResourceClient<ExternalPagesClient> {
    private final Transport transport;

    /** @param connection the connection to send through */
    public ExternalPagesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private ExternalPagesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public ExternalPagesClient withOptions(RequestOptions options) {
        return new ExternalPagesClient(transport.withOptions(options));
    }

    /**
     * Every external page of the workspace ({@code GET /ai/external_pages}).
     *
     * @return the pages, lazily
     */
    public Paginator<ExternalPage> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/ai/external_pages").build(),
                ContentImportSourcesClient.PAGES, ExternalPage.class);
    }

    /**
     * Creates an external page ({@code POST /ai/external_pages}), or updates the page that already has the request's
     * {@code source_id} and {@code external_id}.
     *
     * @param request title, HTML, source and external id (see {@link ExternalPageRequest#create})
     * @return the new or updated page
     * @throws IllegalArgumentException if the request is an update ({@link ExternalPageRequest#update})
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it
     */
    public ExternalPage create(ExternalPageRequest request) {
        return transport.execute(createRequest(request), ExternalPage.class);
    }

    /**
     * As {@link #create(ExternalPageRequest)}, without blocking a thread.
     *
     * @param request title, HTML, source and external id
     * @return completes with what {@link #create(ExternalPageRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ExternalPage> createAsync(ExternalPageRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), ExternalPage.class));
    }

    /**
     * Fetches one external page ({@code GET /ai/external_pages/{page_id}}).
     *
     * @param pageId the page's id, given by Intercom
     * @return the page
     * @throws dev.switchboard.core.NotFoundException if there is no such page
     * @throws IllegalArgumentException if the id is blank
     */
    public ExternalPage get(String pageId) {
        return transport.execute(byId(HttpMethod.GET, pageId).build(), ExternalPage.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param pageId the page's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ExternalPage> getAsync(String pageId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.GET, pageId).build(), ExternalPage.class));
    }

    /**
     * Changes an external page created through the API ({@code PUT /ai/external_pages/{page_id}}).
     *
     * @param pageId the page's id
     * @param update title, HTML, URL and source, and what else changes (see {@link ExternalPageRequest#update})
     * @return the updated page
     * @throws dev.switchboard.core.NotFoundException if there is no such page
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it (a page that was not created through
     *     the API, say)
     * @throws IllegalArgumentException if the id is blank
     */
    public ExternalPage update(String pageId, ExternalPageRequest update) {
        return transport.execute(updateRequest(pageId, update), ExternalPage.class);
    }

    /**
     * As {@link #update(String, ExternalPageRequest)}, without blocking a thread.
     *
     * @param pageId the page's id
     * @param update title, HTML, URL and source, and what else changes
     * @return completes with what {@link #update(String, ExternalPageRequest)} returns, or exceptionally with what it
     *     throws
     */
    public CompletableFuture<ExternalPage> updateAsync(String pageId, ExternalPageRequest update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(pageId, update), ExternalPage.class));
    }

    /**
     * Removes an external page from the content library and from AI answers ({@code DELETE /ai/external_pages/{page_id}}).
     *
     * @param pageId the page's id
     * @return the page as it was deleted
     * @throws dev.switchboard.core.NotFoundException if there is no such page
     * @throws IllegalArgumentException if the id is blank
     */
    public ExternalPage delete(String pageId) {
        return transport.execute(byId(HttpMethod.DELETE, pageId).build(), ExternalPage.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param pageId the page's id
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ExternalPage> deleteAsync(String pageId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.DELETE, pageId).build(), ExternalPage.class));
    }

    private static ApiRequest createRequest(ExternalPageRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.isCreate()) {
            throw new IllegalArgumentException("request must be a create, with a title, html, sourceId and externalId: "
                    + "use ExternalPageRequest.create(title, html, sourceId, externalId)");
        }
        return ApiRequest.builder(HttpMethod.POST, "/ai/external_pages").jsonBody(request).build();
    }

    private static ApiRequest updateRequest(String pageId, ExternalPageRequest update) {
        ApiRequest.Builder b = byId(HttpMethod.PUT, pageId);
        return b.jsonBody(Objects.requireNonNull(update, "update")).build();
    }

    private static ApiRequest.Builder byId(HttpMethod method, String pageId) {
        return ApiRequest.builder(method, "/ai/external_pages/{page_id}", Checks.id(pageId, "pageId"));
    }

    @Override
    public String toString() {
        return "ExternalPagesClient{" + transport.config().baseUrl() + "}";
    }
}
