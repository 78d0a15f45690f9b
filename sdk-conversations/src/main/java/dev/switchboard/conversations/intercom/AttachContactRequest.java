package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/customers}: adds a contact to a conversation as a participant, on behalf
 * of an admin ({@code admin_id}) or of another contact. The contact is named by exactly one of the spec's three
 * identifiers ({@code intercom_user_id}, {@code user_id} or {@code email}, a {@link ContactIdentifier}); the contact
 * acting, when it is not an admin, is nested inside it as the schema's {@code customer.customer}. A contact added by an
 * email Intercom does not know is created as a lead.
 *
 * <pre>{@code
 * AttachContactRequest byAdmin = AttachContactRequest.byAdmin("991267731",
 *         ContactIdentifier.intercomUserId("6762f19b1bb69f9f2193bbd4"));
 * // {"admin_id": "991267731", "customer": {"intercom_user_id": "6762f19b1bb69f9f2193bbd4"}}
 * AttachContactRequest byContact = AttachContactRequest.byContact(ContactIdentifier.userId("user-7"),
 *         ContactIdentifier.email("winston@example.com"));
 * // {"customer": {"email": "winston@example.com", "customer": {"user_id": "user-7"}}}
 * }</pre>
 */
public final class AttachContactRequest {
    private final Map<String, Object> json;

    private AttachContactRequest(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param adminId the admin adding the participant
     * @param contact the contact to add
     * @return the request
     * @throws IllegalArgumentException if {@code adminId} is blank
     */
    public static AttachContactRequest byAdmin(String adminId, ContactIdentifier contact) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("admin_id", Checks.notBlank(adminId, "adminId"));
        json.put("customer", Map.of(Objects.requireNonNull(contact, "contact").field(), contact.value()));
        return new AttachContactRequest(Collections.unmodifiableMap(json));
    }

    /**
     * @param actingContact the contact adding the participant
     * @param contact the contact to add
     * @return the request
     */
    public static AttachContactRequest byContact(ContactIdentifier actingContact, ContactIdentifier contact) {
        Objects.requireNonNull(actingContact, "actingContact");
        Objects.requireNonNull(contact, "contact");
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put(contact.field(), contact.value());
        customer.put("customer", Map.of(actingContact.field(), actingContact.value()));
        return new AttachContactRequest(Map.of("customer", Collections.unmodifiableMap(customer)));
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "AttachContactRequest{" + (json.containsKey("admin_id") ? "by admin " + json.get("admin_id") : "by a contact")
                + "}";
    }
}
