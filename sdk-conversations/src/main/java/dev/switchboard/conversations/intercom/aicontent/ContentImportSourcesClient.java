package dev.switchboard.conversations.intercom.aicontent;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.ResponseDecoder;
import dev.switchboard.core.spi.Transport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's content import sources (AI Content): list, create, get, update, delete. A source is where the external
 * pages of Fin's content library come from ({@link ExternalPagesClient}); deleting it deletes its pages too. Immutable
 * and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * ContentImportSourcesClient sources = new ContentImportSourcesClient(connection);
 * ContentImportSource source = sources.create(ContentImportSourceRequest.api("https://help.example.com"));
 * }</pre>
 *
 * <p><b>Paging.</b> The list answers a {@code pages} object whose {@code next} is the URL of the next page; it is
 * followed as given, and a page without one is the last.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * source, {@link dev.switchboard.core.ValidationException} for a request Intercom rejects (changing the sync behaviour
 * to or from {@code api}, say), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class ContentImportSourcesClient implements ResourceClient<ContentImportSourcesClient> {
    static final PageStyle PAGES = PageStyle.nextLink().itemsAt("/data").linkAt("/pages/next").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public ContentImportSourcesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private ContentImportSourcesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public ContentImportSourcesClient withOptions(RequestOptions options) {
        return new ContentImportSourcesClient(transport.withOptions(options));
    }

    /**
     * Every content import source of the workspace ({@code GET /ai/content_import_sources}).
     *
     * @return the sources, lazily
     */
    public Paginator<ContentImportSource> list() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/ai/content_import_sources").build(), PAGES,
                ContentImportSource.class);
    }

    /**
     * Creates a content import source ({@code POST /ai/content_import_sources}).
     *
     * @param request the URL, with {@code sync_behavior: api} (see {@link ContentImportSourceRequest#api})
     * @return the new source
     * @throws IllegalArgumentException if the request's sync behaviour is not {@code api}, the create schema's only
     *     value
     */
    public ContentImportSource create(ContentImportSourceRequest request) {
        return transport.execute(createRequest(request), ContentImportSource.class);
    }

    /**
     * As {@link #create(ContentImportSourceRequest)}, without blocking a thread.
     *
     * @param request the URL, with {@code sync_behavior: api}
     * @return completes with what {@link #create(ContentImportSourceRequest)} returns, or exceptionally with what it
     *     throws
     */
    public CompletableFuture<ContentImportSource> createAsync(ContentImportSourceRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), ContentImportSource.class));
    }

    /**
     * Fetches one content import source ({@code GET /ai/content_import_sources/{source_id}}).
     *
     * @param sourceId the source's id
     * @return the source
     * @throws dev.switchboard.core.NotFoundException if there is no such source
     * @throws IllegalArgumentException if the id is blank
     */
    public ContentImportSource get(String sourceId) {
        return transport.execute(byId(HttpMethod.GET, sourceId).build(), ContentImportSource.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param sourceId the source's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ContentImportSource> getAsync(String sourceId) {
        return Futures.start(() -> transport.executeAsync(byId(HttpMethod.GET, sourceId).build(),
                ContentImportSource.class));
    }

    /**
     * Changes a content import source ({@code PUT /ai/content_import_sources/{source_id}}); the request always carries
     * the sync behaviour and the URL, as the schema requires.
     *
     * @param sourceId the source's id
     * @param update its sync behaviour, URL and optionally status (see {@link ContentImportSourceRequest})
     * @return the updated source
     * @throws dev.switchboard.core.NotFoundException if there is no such source
     * @throws dev.switchboard.core.ValidationException if Intercom refuses the change
     * @throws IllegalArgumentException if the id is blank
     */
    public ContentImportSource update(String sourceId, ContentImportSourceRequest update) {
        return transport.execute(updateRequest(sourceId, update), ContentImportSource.class);
    }

    /**
     * As {@link #update(String, ContentImportSourceRequest)}, without blocking a thread.
     *
     * @param sourceId the source's id
     * @param update its sync behaviour, URL and optionally status
     * @return completes with what {@link #update(String, ContentImportSourceRequest)} returns, or exceptionally with
     *     what it throws
     */
    public CompletableFuture<ContentImportSource> updateAsync(String sourceId, ContentImportSourceRequest update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(sourceId, update), ContentImportSource.class));
    }

    /**
     * Deletes a content import source and every external page imported from it
     * ({@code DELETE /ai/content_import_sources/{source_id}}, answered {@code 204} without a body).
     *
     * @param sourceId the source's id
     * @throws dev.switchboard.core.NotFoundException if there is no such source
     * @throws IllegalArgumentException if the id is blank
     */
    public void delete(String sourceId) {
        transport.send(byId(HttpMethod.DELETE, sourceId).build());
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param sourceId the source's id
     * @return completes when the source is deleted, or exceptionally with what {@link #delete(String)} throws
     */
    public CompletableFuture<Void> deleteAsync(String sourceId) {
        return Futures.start(() -> Futures.map(transport.sendAsync(byId(HttpMethod.DELETE, sourceId).build(),
                ResponseDecoder.discarding()), r -> null));
    }

    private static ApiRequest createRequest(ContentImportSourceRequest request) {
        Objects.requireNonNull(request, "request");
        if (!SyncBehavior.API.equals(request.syncBehavior())) {
            throw new IllegalArgumentException("a content import source is created with sync_behavior api only (the "
                    + "create schema's one value), was " + request.syncBehavior().value()
                    + ": use ContentImportSourceRequest.api(url)");
        }
        return ApiRequest.builder(HttpMethod.POST, "/ai/content_import_sources").jsonBody(request).build();
    }

    private static ApiRequest updateRequest(String sourceId, ContentImportSourceRequest update) {
        ApiRequest.Builder b = byId(HttpMethod.PUT, sourceId);
        return b.jsonBody(Objects.requireNonNull(update, "update")).build();
    }

    private static ApiRequest.Builder byId(HttpMethod method, String sourceId) {
        return ApiRequest.builder(method, "/ai/content_import_sources/{source_id}", Checks.id(sourceId, "sourceId"));
    }

    @Override
    public String toString() {
        return "ContentImportSourcesClient{" + transport.config().baseUrl() + "}";
    }
}
