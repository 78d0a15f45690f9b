package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The fields of a contact create or update body ({@code create_contact_request}, {@code update_contact_request}) as
 * the fake checks and stores them: each of its JSON type (or {@code null} where the spec allows it to be cleared),
 * else {@code 400 parameter_invalid} naming the field; a duplicate email (among users) or external id is
 * {@code 409 conflict}; a user cannot become a lead. Custom attributes are merged, their JSON types kept.
 */
final class FakeContactFields {
    private static final List<String> STRINGS = List.of("external_id", "email");
    private static final List<String> NULLABLE_STRINGS = List.of("phone", "name");
    private static final List<String> TIMES = List.of("signed_up_at", "last_seen_at");

    private FakeContactFields() {
    }

    /** @throws FakeErrors.Failure (400) unless the body has one of {@code email}, {@code external_id}, {@code role} */
    static void checkCreate(JsonNode body) {
        if (!body.has("email") && !body.has("external_id") && !body.has("role")) {
            throw FakeErrors.badRequest("parameter_invalid", "a contact needs an email, an external_id or a role", null);
        }
    }

    /**
     * Checks every field of the body, then writes them all (nothing is written when one is refused).
     *
     * @param update whether the contact existed before (a create may make a lead; an update cannot turn a user into one)
     */
    static void apply(ObjectNode contact, JsonNode body, FakeContactStore store, boolean update) {
        String id = contact.path("id").asText();
        if (body.has("role")) {
            String role = body.get("role").asText("");
            if (!body.get("role").isTextual() || !(role.equals("user") || role.equals("lead"))) {
                throw invalid("role", "role must be user or lead");
            }
            if (update && role.equals("lead") && contact.path("role").asText().equals("user")) {
                throw invalid("role", "a user cannot be converted to a lead");
            }
        }
        for (String f : STRINGS) {
            if (body.has(f) && !body.get(f).isTextual()) {
                throw invalid(f, f + " must be a string");
            }
        }
        for (String f : NULLABLE_STRINGS) {
            if (body.has(f) && !body.get(f).isTextual() && !body.get(f).isNull()) {
                throw invalid(f, f + " must be a string or null");
            }
        }
        if (body.has("avatar") && !body.get("avatar").isTextual() && !body.get("avatar").isNull()) {
            throw invalid("avatar", "avatar must be an image URL or null");
        }
        for (String f : TIMES) {
            if (body.has(f) && !body.get(f).isIntegralNumber() && !body.get(f).isNull()) {
                throw invalid(f, f + " must be a Unix timestamp in seconds or null");
            }
        }
        if (body.has("owner_id") && !body.get("owner_id").isIntegralNumber() && !body.get("owner_id").isNull()) {
            throw invalid("owner_id", "owner_id must be an integer or null");
        }
        JsonNode unsubscribed = body.path("unsubscribed_from_emails");
        if (body.has("unsubscribed_from_emails") && !unsubscribed.isBoolean() && !unsubscribed.isNull()) {
            throw invalid("unsubscribed_from_emails", "unsubscribed_from_emails must be a boolean or null");
        }
        JsonNode attrs = body.path("custom_attributes");
        if (body.has("custom_attributes") && !attrs.isObject() && !attrs.isNull()) {
            throw invalid("custom_attributes", "custom_attributes must be an object or null");
        }
        String role = body.has("role") ? body.get("role").asText() : contact.path("role").asText();
        if (body.has("email") && role.equals("user")) {
            store.checkUnique("email", body.get("email").asText(), id);
        }
        if (body.has("external_id")) {
            store.checkUnique("external_id", body.get("external_id").asText(), id);
        }
        write(contact, body);
        contact.put("updated_at", store.now());
    }

    private static void write(ObjectNode contact, JsonNode body) {
        for (String f : List.of("role", "external_id", "email", "phone", "name", "signed_up_at", "last_seen_at",
                "owner_id", "unsubscribed_from_emails")) {
            if (body.has(f)) {
                contact.set(f, body.get(f).deepCopy());
            }
        }
        if (body.has("avatar")) {
            if (body.get("avatar").isNull()) {
                contact.putNull("avatar");
            } else {
                contact.putObject("avatar").put("type", "avatar").put("image_url", body.get("avatar").asText());
            }
        }
        if (body.has("custom_attributes")) {
            JsonNode attrs = body.get("custom_attributes");
            ObjectNode stored = contact.path("custom_attributes") instanceof ObjectNode o ? o
                    : contact.putObject("custom_attributes");
            if (attrs.isNull()) {
                stored.removeAll();
            } else {
                for (Map.Entry<String, JsonNode> e : attrs.properties()) {
                    stored.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
    }

    private static FakeErrors.Failure invalid(String field, String message) {
        return FakeErrors.badRequest("parameter_invalid", message, field);
    }
}
