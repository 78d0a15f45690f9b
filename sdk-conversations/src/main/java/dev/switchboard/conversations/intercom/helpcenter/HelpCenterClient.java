package dev.switchboard.conversations.intercom.helpcenter;

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
 * Intercom's Help Center: collections (and sections, collections with a parent) — list, create, get, update, delete —
 * and the Help Centers themselves — list, get. Articles are {@link dev.switchboard.conversations.intercom.articles.ArticlesClient}'s.
 * Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * HelpCenterClient helpCenter = new HelpCenterClient(connection);
 * HelpCenterCollection started = helpCenter.createCollection(HelpCenterCollectionRequest.create("Getting started"));
 * HelpCenterCollection section = helpCenter.createCollection(HelpCenterCollectionRequest.create("Installing").parentId(started.id()));
 * for (HelpCenter h : helpCenter.listHelpCenters()) { ... }
 * }</pre>
 *
 * <p><b>Paging.</b> The collections list carries {@code pages} ({@code page}, {@code total_pages}) and is followed
 * with {@code ?page=n}, most recently updated first; the Help Center list comes in one answer without {@code pages}.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * collection or Help Center, {@link dev.switchboard.core.ValidationException} for a request Intercom rejects (for
 * example "Name is a required parameter."), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class HelpCenterClient implements ResourceClient<HelpCenterClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data")
            .pageParam("page").currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public HelpCenterClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private HelpCenterClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public HelpCenterClient withOptions(RequestOptions options) {
        return new HelpCenterClient(transport.withOptions(options));
    }

    /**
     * Every collection and section ({@code GET /help_center/collections}), most recently updated first.
     *
     * @return the collections, lazily
     */
    public Paginator<HelpCenterCollection> listCollections() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/help_center/collections").build(), PAGES,
                HelpCenterCollection.class);
    }

    /**
     * Creates a collection, or a section with a parent ({@code POST /help_center/collections}).
     *
     * @param request at least a name (see {@link HelpCenterCollectionRequest#create})
     * @return the new collection
     * @throws IllegalArgumentException if the request is an update ({@link HelpCenterCollectionRequest#update()})
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it
     */
    public HelpCenterCollection createCollection(HelpCenterCollectionRequest request) {
        return transport.execute(createRequest(request), HelpCenterCollection.class);
    }

    /**
     * As {@link #createCollection(HelpCenterCollectionRequest)}, without blocking a thread.
     *
     * @param request at least a name (see {@link HelpCenterCollectionRequest#create})
     * @return completes with what {@link #createCollection(HelpCenterCollectionRequest)} returns, or exceptionally with what it
     *     throws
     */
    public CompletableFuture<HelpCenterCollection> createCollectionAsync(HelpCenterCollectionRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), HelpCenterCollection.class));
    }

    /**
     * Fetches one collection or section ({@code GET /help_center/collections/{collection_id}}).
     *
     * @param collectionId the collection's id (an integer id)
     * @return the collection
     * @throws dev.switchboard.core.NotFoundException if there is no such collection
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public HelpCenterCollection getCollection(String collectionId) {
        return transport.execute(collection(HttpMethod.GET, collectionId).build(), HelpCenterCollection.class);
    }

    /**
     * As {@link #getCollection(String)}, without blocking a thread.
     *
     * @param collectionId the collection's id (an integer id)
     * @return completes with what {@link #getCollection(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<HelpCenterCollection> getCollectionAsync(String collectionId) {
        return Futures.start(() -> transport.executeAsync(collection(HttpMethod.GET, collectionId).build(),
                HelpCenterCollection.class));
    }

    /**
     * Changes a collection ({@code PUT /help_center/collections/{collection_id}}); only the fields set are sent.
     *
     * @param collectionId the collection's id (an integer id)
     * @param update the fields to change (see {@link HelpCenterCollectionRequest#update()})
     * @return the updated collection
     * @throws dev.switchboard.core.NotFoundException if there is no such collection
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public HelpCenterCollection updateCollection(String collectionId, HelpCenterCollectionRequest update) {
        return transport.execute(updateRequest(collectionId, update), HelpCenterCollection.class);
    }

    /**
     * As {@link #updateCollection(String, HelpCenterCollectionRequest)}, without blocking a thread.
     *
     * @param collectionId the collection's id (an integer id)
     * @param update the fields to change
     * @return completes with what {@link #updateCollection(String, HelpCenterCollectionRequest)} returns, or exceptionally with
     *     what it throws
     */
    public CompletableFuture<HelpCenterCollection> updateCollectionAsync(String collectionId, HelpCenterCollectionRequest update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(collectionId, update), HelpCenterCollection.class));
    }

    /**
     * Deletes a collection ({@code DELETE /help_center/collections/{collection_id}}).
     *
     * @param collectionId the collection's id (an integer id)
     * @return the deletion ({@code object: collection}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such collection
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public DeletedObject deleteCollection(String collectionId) {
        return transport.execute(collection(HttpMethod.DELETE, collectionId).build(), DeletedObject.class);
    }

    /**
     * As {@link #deleteCollection(String)}, without blocking a thread.
     *
     * @param collectionId the collection's id (an integer id)
     * @return completes with what {@link #deleteCollection(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DeletedObject> deleteCollectionAsync(String collectionId) {
        return Futures.start(() -> transport.executeAsync(collection(HttpMethod.DELETE, collectionId).build(),
                DeletedObject.class));
    }

    /**
     * Every Help Center of the workspace ({@code GET /help_center/help_centers}); Intercom sends them in one answer.
     *
     * @return the Help Centers, lazily
     */
    public Paginator<HelpCenter> listHelpCenters() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/help_center/help_centers").build(), PAGES,
                HelpCenter.class);
    }

    /**
     * Fetches one Help Center ({@code GET /help_center/help_centers/{help_center_id}}).
     *
     * @param helpCenterId the Help Center's id (an integer id)
     * @return the Help Center
     * @throws dev.switchboard.core.NotFoundException if there is no such Help Center
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public HelpCenter getHelpCenter(String helpCenterId) {
        return transport.execute(helpCenter(helpCenterId), HelpCenter.class);
    }

    /**
     * As {@link #getHelpCenter(String)}, without blocking a thread.
     *
     * @param helpCenterId the Help Center's id (an integer id)
     * @return completes with what {@link #getHelpCenter(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<HelpCenter> getHelpCenterAsync(String helpCenterId) {
        return Futures.start(() -> transport.executeAsync(helpCenter(helpCenterId), HelpCenter.class));
    }

    private static ApiRequest createRequest(HelpCenterCollectionRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.isCreate()) {
            throw new IllegalArgumentException("request must be a create, with a name: use HelpCenterCollectionRequest.create(name)");
        }
        return ApiRequest.builder(HttpMethod.POST, "/help_center/collections").jsonBody(request).build();
    }

    private static ApiRequest updateRequest(String collectionId, HelpCenterCollectionRequest update) {
        ApiRequest.Builder b = collection(HttpMethod.PUT, collectionId);
        return b.jsonBody(Objects.requireNonNull(update, "update")).build();
    }

    private static ApiRequest.Builder collection(HttpMethod method, String collectionId) {
        return ApiRequest.builder(method, "/help_center/collections/{collection_id}",
                Checks.integerId(collectionId, "collectionId"));
    }

    private static ApiRequest helpCenter(String helpCenterId) {
        return ApiRequest.builder(HttpMethod.GET, "/help_center/help_centers/{help_center_id}",
                Checks.integerId(helpCenterId, "helpCenterId")).build();
    }

    @Override
    public String toString() {
        return "HelpCenterClient{" + transport.config().baseUrl() + "}";
    }
}
