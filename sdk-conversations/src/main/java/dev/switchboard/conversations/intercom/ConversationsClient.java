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
 * Intercom's conversations: create, retrieve, update, reply, manage (close, snooze, open, assign), list, search,
 * attach and detach contacts, redact, convert to a ticket, delete. Immutable and thread-safe; it shares the
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

    /**
     * Starts a conversation from a contact or a visitor ({@code POST /conversations}); sent once, never retried.
     *
     * @param request who writes and what
     * @return the message created, with the new conversation's {@link Message#conversationId()}
     * @throws dev.switchboard.core.NotFoundException if there is no such contact ({@code User Not Found})
     */
    public Message create(CreateConversation request) {
        return transport.execute(ConversationRequests.create(request), Message.class);
    }

    /**
     * @param request who writes and what
     * @return completes with what {@link #create(CreateConversation)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Message> createAsync(CreateConversation request) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.create(request), Message.class));
    }

    /**
     * Deletes a conversation for good ({@code DELETE /conversations/{id}}): its replies, attributes and uploads are
     * removed; reporting keeps it, partly.
     *
     * @param conversationId the conversation's id (an integer id, as the spec types it)
     * @return the deletion ({@code object: conversation}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public ConversationDeleted delete(String conversationId) {
        return transport.execute(ConversationRequests.delete(conversationId), ConversationDeleted.class);
    }

    /**
     * @param conversationId the conversation's id (an integer id)
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ConversationDeleted> deleteAsync(String conversationId) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.delete(conversationId),
                ConversationDeleted.class));
    }

    /**
     * Closes, snoozes, opens or assigns a conversation ({@code POST /conversations/{id}/parts}).
     *
     * @param conversationId the conversation's id
     * @param request one of the four actions (see {@link ManageConversationRequest})
     * @return the conversation with the new part
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation
     */
    public Conversation manage(String conversationId, ManageConversationRequest request) {
        return transport.execute(ConversationRequests.manage(conversationId, request), Conversation.class);
    }

    /**
     * @param conversationId the conversation's id
     * @param request one of the four actions
     * @return completes with what {@link #manage} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> manageAsync(String conversationId, ManageConversationRequest request) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.manage(conversationId, request),
                Conversation.class));
    }

    /**
     * Adds a contact as a participant ({@code POST /conversations/{id}/customers}).
     *
     * @param conversationId the conversation's id
     * @param request the contact, and the admin or contact adding it
     * @return the answer; Intercom's carries the participants ({@link Conversation#customers()})
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation or contact
     */
    public Conversation attachContact(String conversationId, AttachContactRequest request) {
        return transport.execute(ConversationRequests.attachContact(conversationId, request), Conversation.class);
    }

    /**
     * @param conversationId the conversation's id
     * @param request the contact, and the admin or contact adding it
     * @return completes with what {@link #attachContact} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> attachContactAsync(String conversationId, AttachContactRequest request) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.attachContact(conversationId, request),
                Conversation.class));
    }

    /**
     * Removes a contact from a group conversation ({@code DELETE /conversations/{id}/customers/{contact_id}}, with
     * {@code {"admin_id"}} as its body).
     *
     * @param conversationId the conversation's id
     * @param contactId the contact's Intercom id
     * @param adminId the admin removing it
     * @return the answer; Intercom's carries the remaining participants ({@link Conversation#customers()})
     * @throws dev.switchboard.core.NotFoundException if there is no such conversation or contact
     * @throws dev.switchboard.core.ValidationException for the last contact ({@code 422 parameter_invalid})
     */
    public Conversation detachContact(String conversationId, String contactId, String adminId) {
        return transport.execute(ConversationRequests.detachContact(conversationId, contactId, adminId), Conversation.class);
    }

    /**
     * @param conversationId the conversation's id
     * @param contactId the contact's Intercom id
     * @param adminId the admin removing it
     * @return completes with what {@link #detachContact} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> detachContactAsync(String conversationId, String contactId, String adminId) {
        return Futures.start(() -> transport.executeAsync(
                ConversationRequests.detachContact(conversationId, contactId, adminId), Conversation.class));
    }

    /**
     * Redacts a conversation part or a conversation's source message ({@code POST /conversations/redact}).
     *
     * @param request the part or the source
     * @return the conversation, the redacted body replaced
     * @throws dev.switchboard.core.NotFoundException if there is no such part or source
     */
    public Conversation redact(RedactConversationRequest request) {
        return transport.execute(ConversationRequests.redact(request), Conversation.class);
    }

    /**
     * @param request the part or the source
     * @return completes with what {@link #redact} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Conversation> redactAsync(RedactConversationRequest request) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.redact(request), Conversation.class));
    }

    /**
     * Turns a conversation into a ticket ({@code POST /conversations/{id}/convert}).
     *
     * @param conversationId the conversation's id (an integer id, as the spec types it)
     * @param request the ticket type and attributes
     * @return the ticket (a view; sdk-tickets' {@code Ticket} reads its {@link ConvertedTicket#json()} whole)
     * @throws dev.switchboard.core.ValidationException if the type is not a customer ticket type
     * @throws IllegalArgumentException if the id is not an integer id
     */
    public ConvertedTicket convertToTicket(String conversationId, ConvertToTicketRequest request) {
        return transport.execute(ConversationRequests.convertToTicket(conversationId, request), ConvertedTicket.class);
    }

    /**
     * @param conversationId the conversation's id (an integer id)
     * @param request the ticket type and attributes
     * @return completes with what {@link #convertToTicket} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ConvertedTicket> convertToTicketAsync(String conversationId, ConvertToTicketRequest request) {
        return Futures.start(() -> transport.executeAsync(ConversationRequests.convertToTicket(conversationId, request),
                ConvertedTicket.class));
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
