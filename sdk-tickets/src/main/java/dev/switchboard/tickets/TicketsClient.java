package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Intercom tickets (API 2.14): create (directly or queued), get, update, delete, search, reply, and tags. Every
 * method has an overload taking {@link RequestOptions} (for example {@link IntercomConnection#version(String)}).
 * Arguments are checked before anything is sent; errors are the sdk-core exceptions
 * ({@link dev.switchboard.core.NotFoundException} for {@code ticket_not_found}, and so on).
 */
public final class TicketsClient {
    private static final PageStyle SEARCH_PAGES = PageStyle.cursor().itemsAt("/tickets")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();

    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketsClient(IntercomConnection connection) {
        this.transport = Objects.requireNonNull(connection, "connection").transport();
    }

    /**
     * @param request what to create
     * @return the new ticket
     */
    public Ticket create(CreateTicketRequest request) {
        return create(request, RequestOptions.none());
    }

    /**
     * @param request what to create
     * @param options per-request options
     * @return the new ticket
     */
    public Ticket create(CreateTicketRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets").jsonBody(request).options(options).build(), Ticket.class);
    }

    /**
     * Queues the creation ({@code POST /tickets/enqueue}); wait for it with {@link JobsClient#awaitCompletion}.
     *
     * @param request what to create
     * @return the pending job
     */
    public Job enqueue(CreateTicketRequest request) {
        return enqueue(request, RequestOptions.none());
    }

    /**
     * @param request what to create
     * @param options per-request options
     * @return the pending job
     */
    public Job enqueue(CreateTicketRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets/enqueue").jsonBody(request).options(options).build(),
                Job.class);
    }

    /**
     * @param ticketId the ticket's id (not the Inbox number)
     * @return the ticket
     */
    public Ticket get(String ticketId) {
        return get(ticketId, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param options per-request options
     * @return the ticket
     */
    public Ticket get(String ticketId, RequestOptions options) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/tickets/{ticket_id}", ticketId).options(options).build(),
                Ticket.class);
    }

    /**
     * @param ticketId the ticket's id
     * @param update what to change (2.14 shape)
     * @return the updated ticket
     */
    public Ticket update(String ticketId, UpdateTicketRequest update) {
        return update(ticketId, update, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param update what to change
     * @param options per-request options
     * @return the updated ticket
     */
    public Ticket update(String ticketId, UpdateTicketRequest update, RequestOptions options) {
        Objects.requireNonNull(update, "update");
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/tickets/{ticket_id}", ticketId).jsonBody(update)
                .options(options).build(), Ticket.class);
    }

    /**
     * @param ticketId the ticket's id
     * @return the deletion answer
     */
    public TicketDeleted delete(String ticketId) {
        return delete(ticketId, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param options per-request options
     * @return the deletion answer
     */
    public TicketDeleted delete(String ticketId, RequestOptions options) {
        return transport.execute(ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}", ticketId).options(options).build(),
                TicketDeleted.class);
    }

    /**
     * Searches tickets; pages follow by putting the cursor into the body's {@code pagination}, even when the request
     * had none, and a repeated cursor stops with a {@link dev.switchboard.core.PaginationException}.
     *
     * @param search the query and page size (at most 150 per page)
     * @return the matching tickets, lazily
     */
    public Paginator<Ticket> search(SearchRequest search) {
        return search(search, RequestOptions.none());
    }

    /**
     * @param search the query and page size
     * @param options per-request options, applied to every page
     * @return the matching tickets, lazily
     */
    public Paginator<Ticket> search(SearchRequest search, RequestOptions options) {
        Objects.requireNonNull(search, "search");
        ApiRequest first = ApiRequest.builder(HttpMethod.POST, "/tickets/search").jsonBody(search).retrySafe().options(options).build();
        return Paginator.of(transport, first, SEARCH_PAGES, Ticket.class);
    }

    /**
     * @param ticketId the ticket's id
     * @param reply the reply
     * @return the created part
     */
    public TicketPart reply(String ticketId, TicketReply reply) {
        return reply(ticketId, reply, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param reply the reply
     * @param options per-request options
     * @return the created part
     */
    public TicketPart reply(String ticketId, TicketReply reply, RequestOptions options) {
        Objects.requireNonNull(reply, "reply");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/reply", ticketId).jsonBody(reply)
                .options(options).build(), TicketPart.class);
    }

    /**
     * Tags a ticket; repeating it is harmless, so it is retried like a read.
     *
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin applying it
     * @return the tag
     */
    public Tag attachTag(String ticketId, String tagId, String adminId) {
        return attachTag(ticketId, tagId, adminId, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin applying it
     * @param options per-request options
     * @return the tag
     */
    public Tag attachTag(String ticketId, String tagId, String adminId, RequestOptions options) {
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/tags", ticketId)
                .jsonBody(Map.of("id", nonBlank(tagId, "tagId"), "admin_id", nonBlank(adminId, "adminId")))
                .retrySafe().options(options).build();
        return transport.execute(r, Tag.class);
    }

    /**
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @return the tag
     */
    public Tag detachTag(String ticketId, String tagId, String adminId) {
        return detachTag(ticketId, tagId, adminId, RequestOptions.none());
    }

    /**
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @param options per-request options
     * @return the tag
     */
    public Tag detachTag(String ticketId, String tagId, String adminId, RequestOptions options) {
        ApiRequest r = ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}/tags/{tag_id}", ticketId, tagId)
                .jsonBody(Map.of("admin_id", nonBlank(adminId, "adminId"))).options(options).build();
        return transport.execute(r, Tag.class);
    }

    static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
