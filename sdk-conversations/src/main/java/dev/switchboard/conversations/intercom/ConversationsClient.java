package dev.switchboard.conversations.intercom;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's conversations: retrieve, update, reply, list and search. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * ConversationsClient conversations = new ConversationsClient(connection);
 * Paginator<ConversationListItem> open = conversations.search(SearchQuery.and(
 *         SearchQuery.field("open").eq(true),
 *         SearchQuery.field("updated_at").gt(Instant.parse("2026-04-01T00:00:00Z"))), 50);
 * for (ConversationListItem c : open) { ... }                  // the cursor travels in the body, page after page
 * conversations.update(id, ConversationUpdate.builder().clearCompanyId().build());
 * }</pre>
 *
 * <p>Lists and searches are lazy {@link Paginator}s: a server that repeats a cursor ends the iteration with a
 * {@link dev.switchboard.core.PaginationException} instead of looping. Path and query parameters are never part of
 * a JSON body. Every method throws the SDK's unchecked exceptions ({@link dev.switchboard.core.NotFoundException},
 * {@link dev.switchboard.core.ValidationException} with Intercom's error details, ...) and
 * {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class ConversationsClient implements ResourceClient<ConversationsClient> {
    /** The largest page of {@code GET /conversations} and {@code POST /conversations/search}. */
    public static final int MAX_PER_PAGE = 150;

    private static final PageStyle LIST_PAGES = PageStyle.cursor().itemsAt("/conversations").cursorParam("starting_after")
            .nextCursorAt("/pages/next/starting_after").build();
    private static final PageStyle SEARCH_PAGES = PageStyle.cursor().itemsAt("/conversations")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public ConversationsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private ConversationsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public ConversationsClient withOptions(RequestOptions options) {
        return new ConversationsClient(transport.withOptions(options));
    }

    /**
     * @param conversationId the conversation's id
     * @return the conversation with up to its 500 most recent parts
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     * @see #get(String, ConversationView)
     */
    public Conversation get(String conversationId) {
        return get(conversationId, ConversationView.DEFAULT);
    }

    /**
     * @param conversationId the conversation's id
     * @param view plain-text bodies and translations
     * @return the conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     * @see #get(String)
     */
    public Conversation get(String conversationId, ConversationView view) {
        return transport.execute(getRequest(conversationId, view), Conversation.class);
    }

    /**
     * @param conversationId the conversation's id
     * @return completes with the conversation, or exceptionally with the same exceptions as {@link #get(String)}
     * @see #getAsync(String, ConversationView)
     */
    public CompletableFuture<Conversation> getAsync(String conversationId) {
        return getAsync(conversationId, ConversationView.DEFAULT);
    }

    /**
     * @param conversationId the conversation's id
     * @param view plain-text bodies and translations
     * @return completes with the conversation, or exceptionally with the same exceptions as {@link #get(String)}
     * @see #getAsync(String)
     */
    public CompletableFuture<Conversation> getAsync(String conversationId, ConversationView view) {
        ApiRequest r;
        try {
            r = getRequest(conversationId, view);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.executeAsync(r, Conversation.class);
    }

    private static ApiRequest getRequest(String conversationId, ConversationView view) {
        Objects.requireNonNull(view, "view");
        return ApiRequest.builder(HttpMethod.GET, "/conversations/{conversation_id}",
                        Checks.notBlank(conversationId, "conversationId"))
                .query("display_as", view.displayAsPlaintext() ? "plaintext" : null)
                .query("include_translations", view.includeTranslations() ? "true" : null)
                .build();
    }

    /**
     * @param conversationId the conversation's id
     * @param update what to change
     * @return the updated conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation update(String conversationId, ConversationUpdate update) {
        Objects.requireNonNull(update, "update");
        ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/conversations/{conversation_id}",
                        Checks.notBlank(conversationId, "conversationId"))
                .query("display_as", update.displayAsPlaintext() ? "plaintext" : null)
                .jsonBody(update.toJson())
                .build();
        return transport.execute(r, Conversation.class);
    }

    /**
     * As {@link #update(String,ConversationUpdate)}, without blocking a thread.
     *
     * @param conversationId the conversation's id
     * @param update what to change
     * @return completes with what {@link #update(String,ConversationUpdate)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> updateAsync(String conversationId, ConversationUpdate update) {
        return Futures.start(() -> {
            Objects.requireNonNull(update, "update");
            ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/conversations/{conversation_id}",
                            Checks.notBlank(conversationId, "conversationId"))
                    .query("display_as", update.displayAsPlaintext() ? "plaintext" : null)
                    .jsonBody(update.toJson())
                    .build();
            return transport.executeAsync(r, Conversation.class);
        });
    }

    /**
     * @param conversationId the conversation's id, or {@code "last"} for the contact's most recent conversation
     * @param reply the reply
     * @return the conversation with the new part
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation reply(String conversationId, ConversationReply reply) {
        Objects.requireNonNull(reply, "reply");
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/reply",
                        Checks.notBlank(conversationId, "conversationId"))
                .jsonBody(reply.toJson())
                .build();
        return transport.execute(r, Conversation.class);
    }

    /**
     * As {@link #reply(String,ConversationReply)}, without blocking a thread.
     *
     * @param conversationId the conversation's id, or {@code "last"} for the contact's most recent conversation
     * @param reply the reply
     * @return completes with what {@link #reply(String,ConversationReply)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> replyAsync(String conversationId, ConversationReply reply) {
        return Futures.start(() -> {
            Objects.requireNonNull(reply, "reply");
            ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/reply",
                            Checks.notBlank(conversationId, "conversationId"))
                    .jsonBody(reply.toJson())
                    .build();
            return transport.executeAsync(r, Conversation.class);
        });
    }

    /** @return every conversation, lazily, in Intercom's default pages of 20 */
    public Paginator<ConversationListItem> list() {
        return listRequest(null);
    }

    /**
     * @param perPage conversations per page, 1 to {@value #MAX_PER_PAGE}
     * @return every conversation, lazily; the cursor travels as {@code starting_after} in the query
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public Paginator<ConversationListItem> list(int perPage) {
        return listRequest(checkPerPage(perPage));
    }

    private Paginator<ConversationListItem> listRequest(Integer perPage) {
        return Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/conversations").query("per_page", perPage).build(),
                LIST_PAGES, ConversationListItem.class);
    }

    /**
     * @param query what to match
     * @return the matching conversations, lazily, in Intercom's default pages of 20
     * @see #search(SearchQuery, int)
     * @see #search(SearchRequest)
     */
    public Paginator<ConversationListItem> search(SearchQuery query) {
        return search(SearchRequest.of(query));
    }

    /**
     * @param query what to match
     * @param perPage conversations per page, 1 to {@value #MAX_PER_PAGE}
     * @return the matching conversations, lazily
     * @throws IllegalArgumentException if {@code perPage} is out of range
     * @see #search(SearchQuery)
     * @see #search(SearchRequest)
     */
    public Paginator<ConversationListItem> search(SearchQuery query, int perPage) {
        return search(SearchRequest.of(query, perPage));
    }

    /**
     * @param request the query and page size, for example {@code SearchRequest.of(query, 50)}
     * @return the matching conversations, lazily
     * @see #search(SearchQuery)
     * @see #search(SearchQuery, int)
     */
    public Paginator<ConversationListItem> search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/conversations/search")
                .jsonBody(request)
                .retrySafe()
                .build();
        return Paginator.of(transport, r, SEARCH_PAGES, ConversationListItem.class);
    }

    private static int checkPerPage(int perPage) {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
        }
        return perPage;
    }

    @Override
    public String toString() {
        return "ConversationsClient{" + transport.config().baseUrl() + "}";
    }
}
