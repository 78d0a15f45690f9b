package dev.switchboard.conversations.intercom;

import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.HttpMethod;
import java.util.Map;
import java.util.Objects;

/**
 * The requests of the conversation operations beyond get, update, reply, list and search: create, delete, manage,
 * attach and detach a contact, redact, convert to a ticket. Each checks its arguments (naming the one at fault) before
 * anything is sent; path parameters go in the path only, never in a body.
 */
final class ConversationRequests {
    private ConversationRequests() {
    }

    static ApiRequest create(CreateConversation request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/conversations").jsonBody(request.toJson()).build();
    }

    /** The spec types this path parameter as an integer; a delete cannot be undone, so anything else is refused. */
    static ApiRequest delete(String conversationId) {
        return ApiRequest.builder(HttpMethod.DELETE, "/conversations/{conversation_id}",
                Checks.integerId(conversationId, "conversationId")).build();
    }

    static ApiRequest manage(String conversationId, ManageConversationRequest request) {
        String id = Checks.id(conversationId, "conversationId");
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/parts", id)
                .jsonBody(request.toJson()).build();
    }

    static ApiRequest attachContact(String conversationId, AttachContactRequest request) {
        String id = Checks.id(conversationId, "conversationId");
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/customers", id)
                .jsonBody(request.toJson()).build();
    }

    static ApiRequest detachContact(String conversationId, String contactId, String adminId) {
        String id = Checks.id(conversationId, "conversationId");
        String contact = Checks.id(contactId, "contactId");
        Map<String, Object> body = Map.of("admin_id", Checks.notBlank(adminId, "adminId"));
        return ApiRequest.builder(HttpMethod.DELETE, "/conversations/{conversation_id}/customers/{contact_id}", id, contact)
                .jsonBody(body).build();
    }

    static ApiRequest redact(RedactConversationRequest request) {
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/conversations/redact").jsonBody(request.toJson()).build();
    }

    static ApiRequest convertToTicket(String conversationId, ConvertToTicketRequest request) {
        String id = Checks.integerId(conversationId, "conversationId");
        Objects.requireNonNull(request, "request");
        return ApiRequest.builder(HttpMethod.POST, "/conversations/{conversation_id}/convert", id)
                .jsonBody(request.toJson()).build();
    }
}
