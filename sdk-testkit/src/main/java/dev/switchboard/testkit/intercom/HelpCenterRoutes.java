package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Help Center half of {@link FakeIntercomArticles}: collections (and their sections, collections with a parent)
 * and Help Centers. Its state is guarded by the part's lock, as every handler runs under it.
 */
final class HelpCenterRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Clock clock;
    private final Map<String, ObjectNode> helpCenters = new LinkedHashMap<>();
    private final Map<String, ObjectNode> collections = new LinkedHashMap<>();
    private long nextId = 500;
    private int order = 10;

    HelpCenterRoutes(Clock clock) {
        this.clock = clock;
        seed();
    }

    void register(FakeIntercom.Router router, java.util.function.IntSupplier perPage, Consumer<String> onDeleted) {
        router.route("GET", "/help_center/collections", r -> FakeResponse.json(
                FakeListPages.page(r, byUpdatedAt(collections), perPage.getAsInt(), c -> c)));
        router.route("POST", "/help_center/collections", this::create);
        router.route("GET", "/help_center/collections/{collection_id}", r -> FakeResponse.json(collection(r)));
        router.route("PUT", "/help_center/collections/{collection_id}", this::update);
        router.route("DELETE", "/help_center/collections/{collection_id}", r -> {
            ObjectNode c = collection(r);
            String id = c.get("id").asText();
            // Its sections move up to the top level of its Help Center; its articles (told through onDeleted) stand
            // alone.
            String helpCenter = helpCenterOf(id);
            collections.values().stream().filter(s -> id.equals(s.path("parent_id").asText(null))).forEach(s -> {
                s.putNull("parent_id");
                s.put("help_center_id", helpCenter == null ? null : Long.valueOf(helpCenter));
            });
            collections.remove(id);
            onDeleted.accept(id);
            ObjectNode out = F.objectNode();
            out.put("id", id);
            out.put("object", "collection");
            out.put("deleted", true);
            return FakeResponse.json(out);
        });
        router.route("GET", "/help_center/help_centers", r -> {
            ObjectNode out = F.objectNode();
            out.put("type", "list");
            com.fasterxml.jackson.databind.node.ArrayNode data = out.putArray("data");
            helpCenters.values().forEach(h -> data.add(h.deepCopy()));
            return FakeResponse.json(out);
        });
        router.route("GET", "/help_center/help_centers/{help_center_id}", r -> {
            ObjectNode h = helpCenters.get(r.pathParam("help_center_id"));
            if (h == null) {
                throw IntercomAccess.error(404, "not_found", "Resource Not Found");
            }
            return FakeResponse.json(h);
        });
    }

    int collectionCount() {
        return collections.size();
    }

    /** @return the collection or section, or {@code null} */
    ObjectNode find(String id) {
        return id == null ? null : collections.get(id);
    }

    /** @return the Help Center a collection or section is in (a section's is its parent's), or {@code null} */
    String helpCenterOf(String collectionId) {
        ObjectNode c = find(collectionId);
        for (int depth = 0; c != null && depth < 10; depth++) {
            if (c.hasNonNull("help_center_id")) {
                return c.get("help_center_id").asText();
            }
            c = find(c.path("parent_id").asText(null));
        }
        return null;
    }

    /** @return the ids from the top collection down to this one, as integers */
    List<Long> chain(String collectionId) {
        List<Long> ids = new ArrayList<>();
        ObjectNode c = find(collectionId);
        for (int depth = 0; c != null && depth < 10; depth++) {
            ids.add(0, c.get("id").asLong());
            c = find(c.path("parent_id").asText(null));
        }
        return ids;
    }

    static List<ObjectNode> byUpdatedAt(Map<String, ObjectNode> all) {
        List<ObjectNode> list = new ArrayList<>(all.values());
        list.sort(Comparator.comparingLong((ObjectNode n) -> n.path("updated_at").asLong())
                .thenComparingLong(n -> n.path("id").asLong()).reversed());
        return list;
    }

    private void seed() {
        long t = FakeIntercomArticles.EPOCH;
        helpCenters.put("1", helpCenter("1", "help-center-1", true, "Help Center", "https://help.example.com",
                "help.example.com"));
        helpCenters.put("2", helpCenter("2", "developer-hub", false, "Developer Hub",
                "http://help-center.test/developer-hub", null));
        ObjectNode started = collection("101", "Getting started", "Install and first steps", "1", null, 1, t);
        ObjectNode fr = started.putObject("translated_content");
        fr.put("type", "group_translated_content");
        ObjectNode content = fr.putObject("fr");
        content.put("type", "group_content");
        content.put("name", "Premiers pas");
        content.put("description", "Installation et premiers pas");
        started.put("default_locale", "en");
        collection("102", "Installing", null, null, "101", 1, t + 60);
        collection("103", "API reference", "Every endpoint", "2", null, 2, t + 120);
    }

    private ObjectNode helpCenter(String id, String identifier, boolean on, String name, String url, String domain) {
        ObjectNode h = F.objectNode();
        h.put("id", id);
        h.put("workspace_id", FakeIntercomArticles.WORKSPACE);
        h.put("created_at", FakeIntercomArticles.EPOCH);
        h.put("updated_at", FakeIntercomArticles.EPOCH);
        h.put("identifier", identifier);
        h.put("website_turned_on", on);
        h.put("display_name", name);
        h.put("url", url);
        h.put("custom_domain", domain);
        return h;
    }

    private ObjectNode collection(String id, String name, String description, String helpCenter, String parent, int n,
            long at) {
        ObjectNode c = F.objectNode();
        c.put("id", id);
        c.put("workspace_id", FakeIntercomArticles.WORKSPACE);
        c.put("name", name);
        c.put("url", "http://help-center.test/" + FakeIntercomArticles.WORKSPACE + "/collections/" + id);
        c.put("order", n);
        c.put("created_at", at);
        c.put("updated_at", at);
        c.put("description", description);
        c.put("icon", "bookmark");
        c.put("parent_id", parent);
        if (helpCenter == null) {
            c.putNull("help_center_id");
        } else {
            c.put("help_center_id", Long.parseLong(helpCenter));
        }
        collections.put(id, c);
        return c;
    }

    private ObjectNode collection(FakeRequest r) {
        ObjectNode c = collections.get(r.pathParam("collection_id"));
        if (c == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return c;
    }

    private FakeResponse create(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("name").isTextual() || b.get("name").asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_not_found", "Name is a required parameter.");
        }
        String helpCenter = "1";
        if (b.hasNonNull("help_center_id")) {
            helpCenter = b.get("help_center_id").isIntegralNumber() ? b.get("help_center_id").asText() : null;
            if (helpCenter == null || !helpCenters.containsKey(helpCenter)) {
                throw IntercomAccess.error(400, "parameter_invalid", "help_center_id must be the id of a Help Center");
            }
        }
        long now = clock.instant().getEpochSecond();
        String id = Long.toString(nextId++);
        ObjectNode c = collection(id, b.get("name").asText(), b.path("description").asText(""), helpCenter, null,
                order++, now);
        c.put("icon", "book-bookmark");
        apply(c, b);
        return FakeResponse.json(c);
    }

    private FakeResponse update(FakeRequest r) {
        ObjectNode c = collection(r);
        JsonNode b = FakeParams.jsonBody(r);
        if (b.has("name") && (!b.get("name").isTextual() || b.get("name").asText().isBlank())) {
            throw IntercomAccess.error(400, "parameter_invalid", "name must not be blank");
        }
        if (b.has("name")) {
            c.put("name", b.get("name").asText());
        }
        apply(c, b);
        c.put("updated_at", clock.instant().getEpochSecond());
        return FakeResponse.json(c);
    }

    private void apply(ObjectNode c, JsonNode b) {
        if (b.has("description")) {
            c.set("description", b.get("description").deepCopy());
        }
        if (b.has("parent_id")) {
            JsonNode p = b.get("parent_id");
            String parent = p.isNull() ? null : p.asText();
            if (parent != null && (!collections.containsKey(parent) || parent.equals(c.get("id").asText()))) {
                throw IntercomAccess.error(400, "parameter_invalid", "parent_id must be the id of another collection");
            }
            String helpCenter = helpCenterOf(c.get("id").asText());
            c.put("parent_id", parent);
            // A section's Help Center is its parent's; one moved to the top level stays in the Help Center it was in.
            c.put("help_center_id", parent != null || helpCenter == null ? null : Long.valueOf(helpCenter));
        }
        if (b.has("translated_content")) {
            FakeIntercomArticles.mergeTranslations(c, b.get("translated_content"), "group_translated_content");
            c.put("default_locale", "en");
        }
    }
}
