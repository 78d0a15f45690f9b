package dev.switchboard.tickets;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import java.util.List;
import java.util.Objects;

/** Intercom ticket types and their attributes; the list is not paginated by the API. */
public final class TicketTypesClient {
    private final Transport transport;

    /** @param connection the Intercom connection */
    public TicketTypesClient(IntercomConnection connection) {
        this.transport = Objects.requireNonNull(connection, "connection").transport();
    }

    /** @return every ticket type */
    public List<TicketType> list() {
        return list(RequestOptions.none());
    }

    /**
     * @param options per-request options
     * @return every ticket type
     */
    public List<TicketType> list(RequestOptions options) {
        TicketTypeList list = transport.execute(ApiRequest.builder(HttpMethod.GET, "/ticket_types").options(options).build(), TicketTypeList.class);
        return list.items();
    }

    /**
     * @param ticketTypeId the type's id
     * @return the type
     */
    public TicketType get(String ticketTypeId) {
        return transport.execute(ApiRequest.builder(HttpMethod.GET, "/ticket_types/{ticket_type_id}", ticketTypeId).build(),
                TicketType.class);
    }

    /**
     * @param request from {@link TicketTypeRequest#create(String)}
     * @return the new type
     */
    public TicketType create(TicketTypeRequest request) {
        if (Objects.requireNonNull(request, "request").name() == null) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/ticket_types").jsonBody(request).build(), TicketType.class);
    }

    /**
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeRequest#update()}
     * @return the updated type
     */
    public TicketType update(String ticketTypeId, TicketTypeRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}", ticketTypeId).jsonBody(request)
                .build(), TicketType.class);
    }

    /**
     * @param ticketTypeId the type's id
     * @param request from {@link TicketTypeAttributeRequest#create}
     * @return the new attribute
     */
    public TicketTypeAttribute createAttribute(String ticketTypeId, TicketTypeAttributeRequest request) {
        if (Objects.requireNonNull(request, "request").dataType() == null) {
            throw new IllegalArgumentException("dataType must be set to create an attribute; use TicketTypeAttributeRequest.create");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.POST, "/ticket_types/{ticket_type_id}/attributes", ticketTypeId)
                .jsonBody(request).build(), TicketTypeAttribute.class);
    }

    /**
     * @param ticketTypeId the type's id
     * @param attributeId the attribute's id
     * @param request from {@link TicketTypeAttributeRequest#update()}
     * @return the updated attribute
     */
    public TicketTypeAttribute updateAttribute(String ticketTypeId, String attributeId, TicketTypeAttributeRequest request) {
        if (Objects.requireNonNull(request, "request").dataType() != null) {
            throw new IllegalArgumentException("dataType cannot be changed; use TicketTypeAttributeRequest.update");
        }
        return transport.execute(ApiRequest.builder(HttpMethod.PUT, "/ticket_types/{ticket_type_id}/attributes/{attribute_id}",
                ticketTypeId, attributeId).jsonBody(request).build(), TicketTypeAttribute.class);
    }
}
