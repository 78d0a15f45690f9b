package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.HttpMethod;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The requests of {@link ContactsClient}, each built once for its blocking and its async form: arguments checked
 * (an {@link IllegalArgumentException} or {@link NullPointerException} naming the argument, before anything is
 * sent), path parameters encoded, bodies holding only the fields of their schema.
 */
final class ContactCalls {
    private ContactCalls() {
    }

    static ApiRequest create(ContactRequest request) {
        Objects.requireNonNull(request, "request");
        if (!request.identifies()) {
            throw new IllegalArgumentException("a contact create needs an email, an externalId or a role "
                    + "(create_contact_request's anyOf); the request sets " + request.toJson().keySet());
        }
        return ApiRequest.builder(HttpMethod.POST, "/contacts").jsonBody(request).build();
    }

    static ApiRequest get(String contactId) {
        return ApiRequest.builder(HttpMethod.GET, "/contacts/{contact_id}", contact(contactId)).build();
    }

    static ApiRequest update(String contactId, ContactRequest update) {
        String id = contact(contactId);
        Objects.requireNonNull(update, "update");
        return ApiRequest.builder(HttpMethod.PUT, "/contacts/{contact_id}", id).jsonBody(update).build();
    }

    static ApiRequest delete(String contactId) {
        return ApiRequest.builder(HttpMethod.DELETE, "/contacts/{contact_id}", contact(contactId)).build();
    }

    static ApiRequest merge(String leadId, String userId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("from", Checks.notBlank(leadId, "leadId"));
        body.put("into", Checks.notBlank(userId, "userId"));
        return ApiRequest.builder(HttpMethod.POST, "/contacts/merge").jsonBody(body).build();
    }

    static ApiRequest search(SearchRequest search) {
        Objects.requireNonNull(search, "search");
        return ApiRequest.builder(HttpMethod.POST, "/contacts/search").jsonBody(search).retrySafe().build();
    }

    static ApiRequest findByExternalId(String externalId) {
        return ApiRequest.builder(HttpMethod.GET, "/contacts/find_by_external_id/{external_id}",
                Checks.id(externalId, "externalId")).build();
    }

    /** Archive, unarchive and block change a flag to a fixed value: repeating one is harmless. */
    static ApiRequest action(String contactId, String action) {
        return ApiRequest.builder(HttpMethod.POST, "/contacts/{contact_id}/" + action, contact(contactId))
                .retrySafe().build();
    }

    static ApiRequest attached(String contactId, String list) {
        return ApiRequest.builder(HttpMethod.GET, "/contacts/{contact_id}/" + list, contact(contactId)).build();
    }

    static ApiRequest attachTag(String contactId, String tagId) {
        String id = contact(contactId);
        return ApiRequest.builder(HttpMethod.POST, "/contacts/{contact_id}/tags", id)
                .jsonBody(Map.of("id", Checks.notBlank(tagId, "tagId"))).retrySafe().build();
    }

    static ApiRequest detachTag(String contactId, String tagId) {
        return ApiRequest.builder(HttpMethod.DELETE, "/contacts/{contact_id}/tags/{tag_id}", contact(contactId),
                Checks.id(tagId, "tagId")).build();
    }

    static ApiRequest attachSubscription(String contactId, String subscriptionId, ConsentType consentType) {
        String id = contact(contactId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", Checks.notBlank(subscriptionId, "subscriptionId"));
        Objects.requireNonNull(consentType, "consentType");
        body.put("consent_type", Checks.notBlank(consentType.value(), "consentType"));
        return ApiRequest.builder(HttpMethod.POST, "/contacts/{contact_id}/subscriptions", id).jsonBody(body)
                .retrySafe().build();
    }

    static ApiRequest detachSubscription(String contactId, String subscriptionId) {
        return ApiRequest.builder(HttpMethod.DELETE, "/contacts/{contact_id}/subscriptions/{subscription_id}",
                contact(contactId), Checks.id(subscriptionId, "subscriptionId")).build();
    }

    static String contact(String contactId) {
        return Checks.id(contactId, "contactId");
    }
}
