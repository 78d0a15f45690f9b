package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is attached to a contact, for {@link FakeIntercomContacts}: its companies and notes (page-number pages), its
 * segments, subscription types and tags (one list each); attaching and detaching tags and subscription types; adding
 * a note and reading one ({@code GET /notes/{note_id}}).
 */
final class FakeContactLinks {
    private final FakeContactStore store;
    private final String baseUrl;

    FakeContactLinks(FakeContactStore store, String baseUrl) {
        this.store = store;
        this.baseUrl = baseUrl;
    }

    void register(FakeIntercom.Router router) {
        router.route("GET", "/contacts/{contact_id}/companies", this::companies);
        router.route("GET", "/contacts/{contact_id}/segments", r -> FakeResponse.json(FakeContactPages.all(List.of(
                FakeContactData.segment(store.find(r.pathParam("contact_id")).path("role").asText(), store.epoch)))));
        router.route("GET", "/contacts/{contact_id}/subscriptions", this::subscriptions);
        router.route("POST", "/contacts/{contact_id}/subscriptions", this::attachSubscription);
        router.route("DELETE", "/contacts/{contact_id}/subscriptions/{subscription_id}", this::detachSubscription);
        router.route("GET", "/contacts/{contact_id}/tags", this::tags);
        router.route("POST", "/contacts/{contact_id}/tags", this::attachTag);
        router.route("DELETE", "/contacts/{contact_id}/tags/{tag_id}", this::detachTag);
        router.route("GET", "/contacts/{contact_id}/notes", this::notes);
        router.route("POST", "/contacts/{contact_id}/notes", this::createNote);
        router.route("GET", "/notes/{note_id}", this::note);
    }

    private String contact(FakeRequest r) {
        return store.find(r.pathParam("contact_id")).path("id").asText();
    }

    private FakeResponse companies(FakeRequest r) {
        String id = contact(r);
        List<ObjectNode> companies = new ArrayList<>();
        store.companiesOf.get(id).forEach(c -> companies.add(store.companies.get(c)));
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        return FakeResponse.json(FakeContactPages.numberedPage(companies, page, store.attachedPerPage,
                baseUrl + "/contacts/" + id + "/companies"));
    }

    private FakeResponse notes(FakeRequest r) {
        String id = contact(r);
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        return FakeResponse.json(FakeContactPages.numberedPage(store.notesOf.get(id), page, store.attachedPerPage,
                baseUrl + "/contacts/" + id + "/notes"));
    }

    private FakeResponse createNote(FakeRequest r) {
        String id = contact(r);
        JsonNode body = FakeParams.jsonBody(r);
        if (!body.path("body").isTextual() || body.get("body").asText().isBlank()) {
            throw FakeErrors.badRequest("parameter_not_found", "body is required", "body");
        }
        String admin = FakeContactData.DEFAULT_ADMIN;
        if (body.has("admin_id")) {
            admin = body.get("admin_id").asText();
            if (!store.admins.containsKey(admin)) {
                throw FakeErrors.notFound("Resource Not Found");
            }
        }
        if (body.has("contact_id") && !body.get("contact_id").asText().equals(id)) {
            throw FakeErrors.badRequest("parameter_mismatch", "contact_id differs from the path's", "contact_id");
        }
        return FakeResponse.json(store.note(id, body.get("body").asText(), admin, store.now()));
    }

    private FakeResponse note(FakeRequest r) {
        ObjectNode n = store.notes.get(r.pathParam("note_id"));
        if (n == null) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return FakeResponse.json(n);
    }

    private FakeResponse tags(FakeRequest r) {
        String id = contact(r);
        List<ObjectNode> out = new ArrayList<>();
        store.tagsOf.get(id).forEach((tag, at) -> out.add(applied(tag, at)));
        return FakeResponse.json(FakeContactPages.all(out));
    }

    private ObjectNode applied(String tagId, long at) {
        ObjectNode tag = store.tags.get(tagId).deepCopy();
        tag.put("applied_at", at);
        ObjectNode by = tag.putObject("applied_by");
        by.put("type", "admin");
        by.put("id", FakeContactData.DEFAULT_ADMIN);
        return tag;
    }

    private String tag(String tagId) {
        if (tagId == null || !store.tags.containsKey(tagId)) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return tagId;
    }

    private FakeResponse attachTag(FakeRequest r) {
        String id = contact(r);
        JsonNode tagId = FakeParams.jsonBody(r).path("id");
        if (!tagId.isTextual()) {
            throw FakeErrors.badRequest("parameter_invalid", "id must be the tag's id, a string", "id");
        }
        Map<String, Long> tags = store.tagsOf.get(id);
        tags.putIfAbsent(tag(tagId.asText()), store.now());
        return FakeResponse.json(applied(tagId.asText(), tags.get(tagId.asText())));
    }

    private FakeResponse detachTag(FakeRequest r) {
        String id = contact(r);
        String tagId = tag(r.pathParam("tag_id"));
        Long at = store.tagsOf.get(id).remove(tagId);
        return FakeResponse.json(applied(tagId, at == null ? store.now() : at));
    }

    private FakeResponse subscriptions(FakeRequest r) {
        String id = contact(r);
        List<ObjectNode> out = new ArrayList<>();
        store.subscriptionsOf.get(id).keySet().forEach(s -> out.add(store.subscriptionTypes.get(s).deepCopy()));
        return FakeResponse.json(FakeContactPages.all(out));
    }

    private ObjectNode subscriptionType(String subscriptionId) {
        ObjectNode t = subscriptionId == null ? null : store.subscriptionTypes.get(subscriptionId);
        if (t == null) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return t;
    }

    private FakeResponse attachSubscription(FakeRequest r) {
        String id = contact(r);
        JsonNode body = FakeParams.jsonBody(r);
        if (!body.path("id").isTextual()) {
            throw FakeErrors.badRequest("parameter_invalid", "id must be the subscription type's id, a string", "id");
        }
        String consent = body.path("consent_type").asText("");
        if (!consent.equals("opt_in") && !consent.equals("opt_out")) {
            throw FakeErrors.badRequest("parameter_invalid", "consent_type must be opt_in or opt_out", "consent_type");
        }
        ObjectNode type = subscriptionType(body.get("id").asText());
        store.subscriptionsOf.get(id).put(type.path("id").asText(), consent);
        return FakeResponse.json(type);
    }

    private FakeResponse detachSubscription(FakeRequest r) {
        String id = contact(r);
        ObjectNode type = subscriptionType(r.pathParam("subscription_id"));
        store.subscriptionsOf.get(id).remove(type.path("id").asText());
        return FakeResponse.json(type);
    }
}
