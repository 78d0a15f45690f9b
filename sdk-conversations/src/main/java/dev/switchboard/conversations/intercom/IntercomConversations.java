package dev.switchboard.conversations.intercom;

import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's conversations: retrieve, update, reply, list and search. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * IntercomConversations conversations = new IntercomConversations(connection);
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
public final class IntercomConversations {
    /** The largest page of {@code GET /conversations} and {@code POST /conversations/search}. */
    public static final int MAX_PER_PAGE = 150;

    private static final PageStyle LIST_PAGES = PageStyle.cursor().itemsAt("/conversations").cursorParam("starting_after")
            .nextCursorAt("/pages/next/starting_after").build();
    private static final PageStyle SEARCH_PAGES = PageStyle.cursor().itemsAt("/conversations")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public IntercomConversations(IntercomConnection connection) {
        this.transport = Objects.requireNonNull(connection, "connection").transport();
    }

    /**
     * @param conversationId the conversation's id
     * @return the conversation with up to its 500 most recent parts
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation get(String conversationId) {
        return get(conversationId, ConversationView.DEFAULT, RequestOptions.none());
    }

    /**
     * @param conversationId the conversation's id
     * @param view plain-text bodies and translations
     * @return the conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation get(String conversationId, ConversationView view) {
        return get(conversationId, view, RequestOptions.none());
    }

    /**
     * @param conversationId the conversation's id
     * @param view plain-text bodies and translations
     * @param options per-request settings, for example {@link IntercomConnection#version(String)}
     * @return the conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation get(String conversationId, ConversationView view, RequestOptions options) {
        return transport.execute(getRequest(conversationId, view, options), Conversation.class);
    }

    /**
     * @param conversationId the conversation's id
     * @return completes with the conversation, or exceptionally with the same exceptions as {@link #get(String)}
     */
    public CompletableFuture<Conversation> getAsync(String conversationId) {
        return getAsync(conversationId, ConversationView.DEFAULT, RequestOptions.none());
    }

    /**
     * @param conversationId the conversation's id
     * @param view plain-text bodies and translations
     * @param options per-request settings
     * @return completes with the conversation, or exceptionally with the same exceptions as {@link #get(String)}
     */
    public CompletableFuture<Conversation> getAsync(String conversationId, ConversationView view, RequestOptions options) {
        ApiRequest r;
        try {
            r = getRequest(conversationId, view, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.executeAsync(r, Conversation.class);
    }

    private static ApiRequest getRequest(String conversationId, ConversationView view, RequestOptions options) {
        Objects.requireNonNull(view, "view");
        return ApiRequest.builder(HttpMethod.GET, "/conversations/{conversation_id}",
                        Models.requireId(conversationId, "conversationId"))
                .query("display_as", view.displayAsPlaintext() ? "plaintext" : null)
                .query("include_translations", view.includeTranslations() ? "true" : null)
                .options(options)
                .build();
    }

    /**
     * @param conversationId the conversation's id
     * @param update what to change
     * @return the updated conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation update(String conversationId, ConversationUpdate update) {
        return update(conversationId, update, RequestOptions.none());
    }

    /**
     * {@code PUT /conversations/{id}} with only the update's fields in the body ({@code display_as} goes in the
     * query). A PUT, so it is retried on 429 and 5xx like a GET.
     *
     * @param conversationId the conversation's id
     * @param update what to change
     * @param options per-request settings
     * @return the updated conversation
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation update(String conversationId, ConversationUpdate update, RequestOptions options) {
        Objects.requireNonNull(update, "update");
        ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/conversations/{conversation_id}",
                        Models.requireId(conversationId, "conversationId"))
                .query("display_as", update.displayAsPlaintext() ? "plaintext" : null)
                .jsonBody(update.toJson())
                .options(options)
                .build();
        return transport.execute(r, Conversation.class);
    }

    /**
     * @param conversationId the conversation's id, or {@code "last"} for the contact's most recent conversation
     * @param reply the reply
     * @return the conversation with the new part
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation reply(String conversationId, ConversationReply reply) {
        return reply(conversationId, reply, RequestOptions.none());
    }

    /**
     * {@code POST /conversations/{id}/reply}. A reply is not idempotent, so it is not retried once it may have
     * reached Intercom.
     *
     * @param conversationId the conversation's id, or {@code "last"}
     * @param reply the reply
     * @param options per-request settings
     * @return the conversation with the new part
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation reply(String conversationId, ConversationReply reply, RequestOptions options) {
        Objects.requireNonNull(reply, "reply");
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/reply",
                        Models.requireId(conversationId, "conversationId"))
                .jsonBody(reply.toJson())
                .options(options)
                .build();
        return transport.execute(r, Conversation.class);
    }

    /** @return every conversation, lazily, in Intercom's default pages of 20 */
    public Paginator<ConversationListItem> list() {
        return listRequest(null, RequestOptions.none());
    }

    /**
     * @param options per-request settings, for example {@link IntercomConnection#version(String)}
     * @return every conversation, lazily, in Intercom's default pages of 20
     */
    public Paginator<ConversationListItem> list(RequestOptions options) {
        return listRequest(null, options);
    }

    /**
     * @param perPage conversations per page, 1 to {@value #MAX_PER_PAGE}
     * @return every conversation, lazily; the cursor travels as {@code starting_after} in the query
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public Paginator<ConversationListItem> list(int perPage) {
        return list(perPage, RequestOptions.none());
    }

    /**
     * @param perPage conversations per page, 1 to {@value #MAX_PER_PAGE}
     * @param options per-request settings
     * @return every conversation, lazily
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public Paginator<ConversationListItem> list(int perPage, RequestOptions options) {
        return listRequest(checkPerPage(perPage), options);
    }

    private Paginator<ConversationListItem> listRequest(Integer perPage, RequestOptions options) {
        return Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/conversations").query("per_page", perPage).options(options).build(),
                LIST_PAGES, ConversationListItem.class);
    }

    /**
     * @param query what to match
     * @return the matching conversations, lazily, in Intercom's default pages of 20
     */
    public Paginator<ConversationListItem> search(SearchQuery query) {
        return search(SearchRequest.of(query), RequestOptions.none());
    }

    /**
     * @param query what to match
     * @param perPage conversations per page, 1 to {@value #MAX_PER_PAGE}
     * @return the matching conversations, lazily
     * @throws IllegalArgumentException if {@code perPage} is out of range
     */
    public Paginator<ConversationListItem> search(SearchQuery query, int perPage) {
        return search(SearchRequest.of(query, perPage), RequestOptions.none());
    }

    /**
     * @param request the query and page size, for example {@code SearchRequest.of(query, 50)}
     * @return the matching conversations, lazily
     */
    public Paginator<ConversationListItem> search(SearchRequest request) {
        return search(request, RequestOptions.none());
    }

    /**
     * {@code POST /conversations/search}: the cursor of each next page is written into the body's
     * {@code pagination.starting_after}, whether or not the request had a {@code pagination} object. A search is a
     * read, so it is retried like a GET.
     *
     * @param request the query and page size
     * @param options per-request settings
     * @return the matching conversations, lazily
     */
    public Paginator<ConversationListItem> search(SearchRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/conversations/search")
                .jsonBody(request)
                .retrySafe()
                .options(options)
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
        return "IntercomConversations{" + transport.config().baseUrl() + "}";
    }
}
