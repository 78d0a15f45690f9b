package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visitors of {@link FakeIntercomWorkspace}: {@code 6762f30c1bb69f9f2193bc5e} (user id
 * {@code 3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3}) and {@code 6762f3101bb69f9f2193bc64} (user id
 * {@code 8a88a590-e1c3-41e2-a502-e0649dbf721c}, email {@code jane.doe@example.com}).
 *
 * <ul>
 *   <li>{@code GET /visitors?user_id=}: the visitor, or {@code 404 not_found} "Visitor Not Found".</li>
 *   <li>{@code PUT /visitors}: by the body's {@code id} or {@code user_id}; sets {@code name} and merges
 *       {@code custom_attributes} (JSON types kept, {@code null} removes one).</li>
 *   <li>{@code POST /visitors/convert}: {@code type} {@code user} or {@code lead}; {@code visitor} by {@code id},
 *       {@code user_id} or {@code email}; {@code user} with at least one of {@code id}, {@code user_id},
 *       {@code email}. Answers the {@code contact} it became (the user's identifiers win) and the visitor is gone.</li>
 * </ul>
 */
final class FakeVisitors {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long EPOCH = 1_777_636_800L;

    private final Map<String, ObjectNode> visitors = new LinkedHashMap<>();

    FakeVisitors() {
        add("6762f30c1bb69f9f2193bc5e", "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3", "", "Violet Suitcase");
        add("6762f3101bb69f9f2193bc64", "8a88a590-e1c3-41e2-a502-e0649dbf721c", "jane.doe@example.com", "Red Duck");
    }

    int count() {
        return visitors.size();
    }

    private void add(String id, String userId, String email, String pseudonym) {
        ObjectNode v = F.objectNode();
        v.put("type", "visitor");
        v.put("id", id);
        v.put("user_id", userId);
        v.put("anonymous", true);
        v.put("email", email);
        v.putNull("phone");
        v.putNull("name");
        v.put("pseudonym", pseudonym);
        ObjectNode avatar = v.putObject("avatar");
        avatar.put("type", "avatar");
        avatar.put("image_url", "https://static.intercomassets.com/app/pseudonym_avatars_2019/"
                + pseudonym.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".png");
        v.put("app_id", "this_is_an_id716_that_should_be_at_least_");
        v.putObject("companies").put("type", "company.list").putArray("companies");
        ObjectNode location = v.putObject("location_data");
        if (!email.isEmpty()) {
            location.put("type", "location_data");
            location.put("city_name", "Dublin");
            location.put("country_code", "IRL");
            location.put("timezone", "Europe/Dublin");
        }
        v.putNull("last_request_at");
        v.put("created_at", EPOCH);
        v.put("remote_created_at", EPOCH);
        v.put("signed_up_at", EPOCH);
        v.put("updated_at", EPOCH);
        v.put("session_count", 0);
        v.putObject("social_profiles").put("type", "social_profile.list").putArray("social_profiles");
        v.putNull("owner_id");
        v.put("unsubscribed_from_emails", false);
        v.put("marked_email_as_spam", false);
        v.put("has_hard_bounced", false);
        v.putObject("tags").put("type", "tag.list").putArray("tags");
        v.putObject("segments").put("type", "segment.list").putArray("segments");
        v.putObject("custom_attributes");
        for (String utm : new String[] {"referrer", "utm_campaign", "utm_content", "utm_medium", "utm_source", "utm_term",
            "do_not_track"}) {
            v.putNull(utm);
        }
        visitors.put(id, v);
    }

    private ObjectNode find(String field, String value) {
        for (ObjectNode v : visitors.values()) {
            if (value != null && !value.isEmpty() && value.equals(v.path(field).asText())) {
                return v;
            }
        }
        throw FakeErrors.notFound("Visitor Not Found");
    }

    FakeResponse get(FakeRequest r) {
        String userId = r.query("user_id");
        if (userId == null || userId.isBlank()) {
            throw FakeErrors.badRequest("parameter_invalid", "user_id is required", "user_id");
        }
        return FakeResponse.json(find("user_id", userId));
    }

    FakeResponse update(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        ObjectNode v;
        if (b.path("id").isTextual()) {
            v = find("id", b.get("id").asText());
        } else if (b.path("user_id").isTextual()) {
            v = find("user_id", b.get("user_id").asText());
        } else {
            throw FakeErrors.badRequest("parameter_invalid", "id or user_id is required", "id");
        }
        if (b.has("name")) {
            v.set("name", b.get("name").deepCopy());
        }
        JsonNode attributes = b.path("custom_attributes");
        if (attributes.isObject()) {
            ObjectNode mine = (ObjectNode) v.get("custom_attributes");
            attributes.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    mine.remove(e.getKey());
                } else {
                    mine.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        } else if (!attributes.isMissingNode()) {
            throw FakeErrors.badRequest("parameter_invalid", "custom_attributes must be an object", "custom_attributes");
        }
        v.put("updated_at", v.path("updated_at").asLong() + 1);
        return FakeResponse.json(v);
    }

    FakeResponse convert(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String role = b.path("type").asText("");
        if (!role.equals("user") && !role.equals("lead")) {
            throw FakeErrors.badRequest("parameter_invalid", "type must be user or lead", "type");
        }
        JsonNode visitor = b.path("visitor");
        JsonNode user = b.path("user");
        if (!user.isObject() || !(user.has("id") || user.has("user_id") || user.has("email"))) {
            throw FakeErrors.badRequest("parameter_invalid", "user needs id, user_id or email", "user");
        }
        ObjectNode v = null;
        for (String f : new String[] {"id", "user_id", "email"}) {
            if (v == null && visitor.path(f).isTextual()) {
                v = find(f, visitor.get(f).asText());
            }
        }
        if (v == null) {
            throw FakeErrors.badRequest("parameter_invalid", "visitor needs id, user_id or email", "visitor");
        }
        visitors.remove(v.path("id").asText());
        ObjectNode c = F.objectNode();
        c.put("type", "contact");
        c.put("id", user.path("id").asText(v.path("id").asText()));
        c.put("workspace_id", v.path("app_id").asText());
        if (user.has("user_id")) {
            c.put("external_id", user.get("user_id").asText());
        } else {
            c.putNull("external_id");
        }
        c.put("role", role);
        c.put("email", user.path("email").asText(v.path("email").asText()));
        c.putNull("phone");
        c.set("name", v.get("name").deepCopy());
        c.put("created_at", v.path("created_at").asLong());
        c.put("updated_at", v.path("updated_at").asLong() + 1);
        c.put("signed_up_at", v.path("signed_up_at").asLong());
        c.set("custom_attributes", v.get("custom_attributes").deepCopy());
        ObjectNode tags = c.putObject("tags");
        tags.put("type", "list");
        tags.putArray("data");
        tags.put("url", "/contacts/" + c.path("id").asText() + "/tags");
        tags.put("total_count", 0);
        tags.put("has_more", false);
        return FakeResponse.json(c);
    }
}
