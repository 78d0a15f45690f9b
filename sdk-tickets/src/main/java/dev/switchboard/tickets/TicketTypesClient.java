package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom ticket types and their attributes; the list is not paginated by the API. Like every other client, each
 * method has an overload taking {@link RequestOptions}, for example to override {@code Intercom-Version} for one call
 * with {@link IntercomConnection#version(String)}.
 */
public final class TicketTypesClient implements ResourceClient<TicketTypesClient> {
    private static final ApiRequest LIST = ApiRequest.builder(HttpMethod.GET, "/ticket_types").build();

    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketTypesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private TicketTypesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public TicketTypesClient withOptions(RequestOptions options) {
        return new TicketTypesClient(transport.withOptions(options));
    }

    /** @return every ticket type */
    public List<TicketType> list() {
        return transport.execute(LIST, TicketTypeList.class).items();
    }

    /**
     * As {@link #list()}, without blocking a thread.
     *
     * @return completes with what {@link #list()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<TicketType>> listAsync() {
        return Futures.map(transport.executeAsync(LIST, TicketTypeList.class), TicketTypeList::items);
    }

    /**
     * @param ticketTypeId the type's id
     * @return the type
     */
    public TicketType get(String ticketTypeId) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/ticket_types/{ticket_type_id}", ticketTypeId).build(), TicketType.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param ticketTypeId the type's id
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketType> getAsync(String ticketTypeId) {
        return Futures.start(() -> transport.executeAsync(ApiRequest.builder(HttpMethod.GET, "/ticket_types/{ticket_type_id}", ticketTypeId).build(), TicketType.class));
    }

    /**
     * @param request from {@link TicketTypeRequest#create(String)}
     * @return the new type
     * @throws IllegalArgumentException if the request has no name
     */
    public TicketType create(TicketTypeRequest request) {
        if (Objects.requireNonNull(request, "request").name() == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/ticket_types").jsonBody(request)
                .build(), TicketType.class);
    }

    /**
     * As {@link #create(TicketTypeRequest)}, without blocking a thread.
     *
     * @param request from {@link TicketTypeRequest#create(String)}
     * @return completes with what {@link #create(TicketTypeRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketType> createAsync(TicketTypeRequest request) {
        return Futures.start(() -> {
            if (Objects.requireNonNull(request, "request").name() == null) {
                throw new IllegalArgumentException("name must not be blank");
            }
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/ticket_types").jsonBody(request)
                    .build(), TicketType.class);
        });
    }

    /**
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeRequest#update()}
     * @return the updated type
     */
    public TicketType update(String ticketTypeId, TicketTypeRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}", ticketTypeId).jsonBody(request).build(), TicketType.class);
    }

    /**
     * As {@link #update(String,TicketTypeRequest)}, without blocking a thread.
     *
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeRequest#update()}
     * @return completes with what {@link #update(String,TicketTypeRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketType> updateAsync(String ticketTypeId, TicketTypeRequest request) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            return transport.executeAsync(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}", ticketTypeId).jsonBody(request).build(), TicketType.class);
        });
    }

    /**
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeAttributeRequest#create}
     * @return the new attribute
     * @throws IllegalArgumentException if the request has no data type
     */
    public TicketTypeAttribute createAttribute(String ticketTypeId, TicketTypeAttributeRequest request) {
        if (Objects.requireNonNull(request, "request").dataType() == null) {
            throw new IllegalArgumentException("dataType must be set to create an attribute; use TicketTypeAttributeRequest.create");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/ticket_types/{ticket_type_id}/attributes", ticketTypeId)
                .jsonBody(request).build(), TicketTypeAttribute.class);
    }

    /**
     * As {@link #createAttribute(String,TicketTypeAttributeRequest)}, without blocking a thread.
     *
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeAttributeRequest#create}
     * @return completes with what {@link #createAttribute(String,TicketTypeAttributeRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketTypeAttribute> createAttributeAsync(String ticketTypeId, TicketTypeAttributeRequest request) {
        return Futures.start(() -> {
            if (Objects.requireNonNull(request, "request").dataType() == null) {
                throw new IllegalArgumentException("dataType must be set to create an attribute; use TicketTypeAttributeRequest.create");
            }
            return transport.executeAsync(ApiRequest.builder(HttpMethod.POST, "/ticket_types/{ticket_type_id}/attributes", ticketTypeId)
                    .jsonBody(request).build(), TicketTypeAttribute.class);
        });
    }

    /**
     * @param ticketTypeId the type's id
     * @param attributeId the attribute's id
     * @param request from {@link TicketTypeAttributeRequest#update()}
     * @return the updated attribute
     * @throws IllegalArgumentException if the request sets a data type
     */
    public TicketTypeAttribute updateAttribute(String ticketTypeId, String attributeId, TicketTypeAttributeRequest request) {
        if (Objects.requireNonNull(request, "request").dataType() != null) {
            throw new IllegalArgumentException("dataType cannot be changed; use TicketTypeAttributeRequest.update");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}/attributes/{attribute_id}",
                ticketTypeId, attributeId).jsonBody(request).build(), TicketTypeAttribute.class);
    }

    /**
     * As {@link #updateAttribute(String,String,TicketTypeAttributeRequest)}, without blocking a thread.
     *
     * @param ticketTypeId the type's id
     * @param attributeId the attribute's id
     * @param request from {@link TicketTypeAttributeRequest#update()}
     * @return completes with what {@link #updateAttribute(String,String,TicketTypeAttributeRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<TicketTypeAttribute> updateAttributeAsync(String ticketTypeId, String attributeId, TicketTypeAttributeRequest request) {
        return Futures.start(() -> {
            if (Objects.requireNonNull(request, "request").dataType() != null) {
                throw new IllegalArgumentException("dataType cannot be changed; use TicketTypeAttributeRequest.update");
            }
            return transport.executeAsync(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}/attributes/{attribute_id}",
                    ticketTypeId, attributeId).jsonBody(request).build(), TicketTypeAttribute.class);
        });
    }

}
