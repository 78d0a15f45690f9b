package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom tickets (API 2.14): create (directly or queued), get, update, delete, search, reply, and tags. Every
 * method has an overload taking {@link RequestOptions} (for example {@link IntercomConnection#version(String)}).
 * Arguments are checked before anything is sent; errors are the sdk-core exceptions
 * ({@link dev.switchboard.core.NotFoundException} for {@code ticket_not_found}, and so on).
 */
public final class TicketsClient implements ResourceClient<TicketsClient> {
    private static final PageStyle SEARCH_PAGES = PageStyle.cursor().itemsAt("/tickets")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();

    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private TicketsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public TicketsClient withOptions(RequestOptions options) {
        return new TicketsClient(transport.withOptions(options));
    }

    /**
     * @param request what to create
     * @return the new ticket
     */
    public Ticket create(CreateTicketRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets").jsonBody(request).build(), Ticket.class);
    }

    /**
     * As {@link #create(CreateTicketRequest)}, without blocking a thread.
     *
     * @param request what to create
     * @return completes with what {@link #create(CreateTicketRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Ticket> createAsync(CreateTicketRequest request) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/tickets").jsonBody(request).build(), Ticket.class);
        });
    }

    /**
     * Queues the creation ({@code POST /tickets/enqueue}); wait for it with
     * {@link JobsClient#awaitCompletion(String, java.time.Duration)}.
     *
     * @param request what to create
     * @return the pending job
     */
    public Job enqueue(CreateTicketRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets/enqueue").jsonBody(request).build(),
                Job.class);
    }

    /**
     * As {@link #enqueue(CreateTicketRequest)}, without blocking a thread.
     *
     * @param request what to create
     * @return completes with what {@link #enqueue(CreateTicketRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Job> enqueueAsync(CreateTicketRequest request) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/tickets/enqueue").jsonBody(request).build(),
                    Job.class);
        });
    }

    /**
     * @param ticketId the ticket's id (not the Inbox number)
     * @return the ticket
     */
    public Ticket get(String ticketId) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/tickets/{ticket_id}", ticketId).build(),
                Ticket.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param ticketId the ticket's id (not the Inbox number)
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Ticket> getAsync(String ticketId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.GET, "/tickets/{ticket_id}", ticketId).build(),
                Ticket.class));
    }

    /**
     * @param ticketId the ticket's id
     * @param update what to change (2.14 shape)
     * @return the updated ticket
     */
    public Ticket update(String ticketId, UpdateTicketRequest update) {
        Objects.requireNonNull(update, "update");
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/tickets/{ticket_id}", ticketId).jsonBody(update).build(), Ticket.class);
    }

    /**
     * As {@link #update(String,UpdateTicketRequest)}, without blocking a thread.
     *
     * @param ticketId the ticket's id
     * @param update what to change (2.14 shape)
     * @return completes with what {@link #update(String,UpdateTicketRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Ticket> updateAsync(String ticketId, UpdateTicketRequest update) {
        return Futures.start(() -> {
            Objects.requireNonNull(update, "update");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.PUT, "/tickets/{ticket_id}", ticketId).jsonBody(update).build(), Ticket.class);
        });
    }

    /**
     * @param ticketId the ticket's id
     * @return the deletion answer
     */
    public TicketDeleted delete(String ticketId) {
        return transport.execute(ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}", ticketId).build(),
                TicketDeleted.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param ticketId the ticket's id
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketDeleted> deleteAsync(String ticketId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}", ticketId).build(),
                TicketDeleted.class));
    }

    /**
     * Searches tickets; pages follow by putting the cursor into the body's {@code pagination}, even when the request
     * had none, and a repeated cursor stops with a {@link dev.switchboard.core.PaginationException}.
     *
     * @param search the query and page size (at most 150 per page)
     * @return the matching tickets, lazily
     */
    public Paginator<Ticket> search(SearchRequest search) {
        Objects.requireNonNull(search, "search");
        ApiRequest first = ApiRequest.builder(HttpMethod.POST, "/tickets/search").jsonBody(search).retrySafe().build();
        return Paginator.of(transport, first, SEARCH_PAGES, Ticket.class);
    }

    /**
     * @param ticketId the ticket's id
     * @param reply the reply
     * @return the created part
     */
    public TicketPart reply(String ticketId, TicketReply reply) {
        Objects.requireNonNull(reply, "reply");
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/reply", ticketId).jsonBody(reply).build(), TicketPart.class);
    }

    /**
     * As {@link #reply(String,TicketReply)}, without blocking a thread.
     *
     * @param ticketId the ticket's id
     * @param reply the reply
     * @return completes with what {@link #reply(String,TicketReply)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketPart> replyAsync(String ticketId, TicketReply reply) {
        return Futures.start(() -> {
            Objects.requireNonNull(reply, "reply");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/reply", ticketId).jsonBody(reply).build(), TicketPart.class);
        });
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
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/tags", ticketId)
                .jsonBody(Map.of("id", nonBlank(tagId, "tagId"), "admin_id", nonBlank(adminId, "adminId")))
                .retrySafe().build();
        return transport.execute(r, Tag.class);
    }

    /**
     * As {@link #attachTag(String,String,String)}, without blocking a thread.
     *
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin applying it
     * @return completes with what {@link #attachTag(String,String,String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Tag> attachTagAsync(String ticketId, String tagId, String adminId) {
        return Futures.start(() -> {
            ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/tickets/{ticket_id}/tags", ticketId)
                    .jsonBody(Map.of("id", nonBlank(tagId, "tagId"), "admin_id", nonBlank(adminId, "adminId")))
                    .retrySafe().build();
            return transport.executeAsync(r, Tag.class);
        });
    }

    /**
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @return the tag
     */
    public Tag detachTag(String ticketId, String tagId, String adminId) {
        ApiRequest r = ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}/tags/{tag_id}", ticketId, tagId)
                .jsonBody(Map.of("admin_id", nonBlank(adminId, "adminId"))).build();
        return transport.execute(r, Tag.class);
    }

    /**
     * As {@link #detachTag(String,String,String)}, without blocking a thread.
     *
     * @param ticketId the ticket's id
     * @param tagId the tag's id
     * @param adminId the admin removing it
     * @return completes with what {@link #detachTag(String,String,String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Tag> detachTagAsync(String ticketId, String tagId, String adminId) {
        return Futures.start(() -> {
            ApiRequest r = ApiRequest.builder(HttpMethod.DELETE, "/tickets/{ticket_id}/tags/{tag_id}", ticketId, tagId)
                    .jsonBody(Map.of("admin_id", nonBlank(adminId, "adminId"))).build();
            return transport.executeAsync(r, Tag.class);
        });
    }

    static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
