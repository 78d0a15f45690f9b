package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A stateful fake of the workspace's tags (API 2.14) on a {@link FakeServer}: list, get, delete, and the four bodies
 * of {@code POST /tags} (create or find a tag by name, case-insensitively; rename tag {@code id}; tag or untag
 * companies; tag users), and tags on conversations. Seeded with tags {@code 7522907} (Urgent), {@code 7522908}
 * (Billing) and {@code 7522909} (VIP), which the segment "VIP customers" uses: deleting it answers {@code 400}
 * {@code tag_has_dependent_objects}. On its own it knows no companies and no contacts, and conversations
 * {@code 100001} to {@code 100003}; inside {@link FakeIntercom} it tags the companies and contacts of
 * {@link FakeIntercom#companies()} and the sandbox's conversations, whose {@code tags} show the change. Errors:
 * {@code parameter_invalid}, {@code not_found} (tag, conversation, user), {@code tag_not_found},
 * {@code company_not_found}, {@code tag_has_dependent_objects}, {@code unauthorized}.
 */
public final class FakeIntercomTags extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";

    private final Clock clock;
    private final Map<String, String> tags = new LinkedHashMap<>(FakeDirectoryData.TAGS);
    /** Tag id to the contacts it was applied to. */
    private final Map<String, Set<String>> taggedContacts = new LinkedHashMap<>();
    private long nextTag = 7_522_910;
    private FakeIntercomCompanies companies;
    private Object conversationLock = new Object();
    private Function<String, ObjectNode> conversations;

    private FakeIntercomTags(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        Map<String, ObjectNode> own = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            ObjectNode c = FakeDirectoryData.F.objectNode();
            c.put("type", "conversation");
            c.put("id", FakeIntercomData.conversationId(i));
            c.putObject("tags").put("type", "tag.list").putArray("tags");
            own.put(c.get("id").asText(), c);
        }
        this.conversations = own::get;
        route("GET", "/tags", r -> {
            ObjectNode out = FakeDirectoryData.F.objectNode();
            out.put("type", "list");
            ArrayNode data = out.putArray("data");
            tags.forEach((id, name) -> data.add(FakeDirectoryData.tag(id, name)));
            return FakeResponse.json(out);
        });
        route("POST", "/tags", this::post);
        route("GET", "/tags/{tag_id}", r -> FakeResponse.json(FakeDirectoryData.tag(r.pathParam("tag_id"), known(r.pathParam("tag_id")))));
        route("DELETE", "/tags/{tag_id}", this::delete);
        route("POST", "/conversations/{conversation_id}/tags", this::attach);
        route("DELETE", "/conversations/{conversation_id}/tags/{tag_id}", this::detach);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomTags start() {
        return new FakeIntercomTags(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the tag routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for {@code applied_at}
     * @return the fake
     */
    public static FakeIntercomTags on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomTags(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Tags the companies and contacts of {@code companyPart} and the conversations {@code lookup} finds (under
     * {@code lock}) instead of this fake's own.
     */
    synchronized FakeIntercomTags linked(FakeIntercomCompanies companyPart, Object lock, Function<String, ObjectNode> lookup) {
        this.companies = companyPart;
        this.conversationLock = lock;
        this.conversations = lookup;
        return this;
    }

    /** @return the workspace's tags, id to name, in creation order */
    public synchronized Map<String, String> tags() {
        return Map.copyOf(tags);
    }

    /**
     * @param tagId a tag's id
     * @return the contacts it was applied to with {@code POST /tags} ({@code users}), in order
     */
    public synchronized List<String> taggedContacts(String tagId) {
        return List.copyOf(taggedContacts.getOrDefault(tagId, Set.of()));
    }

    private String known(String tagId) {
        String name = tags.get(tagId);
        if (name == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return name;
    }

    private Optional<String> byName(String name) {
        return tags.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst();
    }

    private String findOrCreate(String name) {
        return byName(name).orElseGet(() -> {
            String id = Long.toString(nextTag++);
            tags.put(id, name);
            return id;
        });
    }

    private FakeResponse post(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String name = b.path("name").isTextual() ? b.get("name").asText().strip() : "";
        boolean shapeOk = !name.isEmpty();
        for (var it = b.fieldNames(); it.hasNext(); ) {
            shapeOk &= List.of("name", "id", "companies", "users").contains(it.next());
        }
        if (!shapeOk || b.has("companies") && (!b.get("companies").isArray() || b.has("users") || b.has("id"))
                || b.has("users") && (!b.get("users").isArray() || b.has("id"))) {
            throw IntercomAccess.error(400, "parameter_invalid", "invalid tag parameters");
        }
        if (b.has("companies")) {
            return companies(b.get("companies"), name);
        }
        if (b.has("users")) {
            for (JsonNode u : b.get("users")) {
                if (companies == null || !companies.hasContact(u.path("id").asText())) {
                    throw IntercomAccess.error(404, "not_found", "User Not Found");
                }
            }
            String id = findOrCreate(name);
            b.get("users").forEach(u -> taggedContacts.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(u.get("id").asText()));
            return FakeResponse.json(FakeDirectoryData.tag(id, tags.get(id)));
        }
        if (b.hasNonNull("id")) {
            String id = b.get("id").asText();
            known(id);
            Optional<String> other = byName(name).filter(o -> !o.equals(id));
            if (other.isPresent()) {
                throw IntercomAccess.error(400, "parameter_invalid", "a tag named '" + name + "' already exists");
            }
            tags.put(id, name);
            if (companies != null) {
                companies.renameTag(id, name);
            }
            return FakeResponse.json(FakeDirectoryData.tag(id, name));
        }
        String id = findOrCreate(name);
        return FakeResponse.json(FakeDirectoryData.tag(id, tags.get(id)));
    }

    private FakeResponse companies(JsonNode entries, String name) {
        boolean untagOnly = entries.size() > 0;
        for (JsonNode e : entries) {
            if (!e.isObject() || !e.hasNonNull("id") && !e.hasNonNull("company_id")) {
                throw IntercomAccess.error(400, "parameter_invalid", "each company needs an id or a company_id");
            }
            untagOnly &= e.path("untag").asBoolean(false);
        }
        Optional<String> existing = byName(name);
        if (untagOnly && existing.isEmpty()) {
            throw IntercomAccess.error(404, "tag_not_found", "Tag not found");
        }
        String id = existing.orElse(null);
        // A new tag gets the next id only once every company is found.
        ObjectNode tag = FakeDirectoryData.tag(id == null ? Long.toString(nextTag) : id, id == null ? name : tags.get(id));
        if (companies == null || !companies.tagCompanies(entries, tag)) {
            throw IntercomAccess.error(404, "company_not_found", "Company Not Found");
        }
        if (id == null) {
            findOrCreate(name);
        }
        return FakeResponse.json(FakeDirectoryData.tag(tag.get("id").asText(), tags.get(tag.get("id").asText())));
    }

    private FakeResponse delete(FakeRequest r) {
        String id = r.pathParam("tag_id");
        known(id);
        List<String> dependents = FakeDirectoryData.TAG_DEPENDENTS.get(id);
        if (dependents != null) {
            throw IntercomAccess.error(400, "tag_has_dependent_objects",
                    "Unable to delete Tag with dependent objects. Segments: " + String.join(", ", dependents) + ".");
        }
        tags.remove(id);
        taggedContacts.remove(id);
        if (companies != null) {
            companies.dropTag(id);
        }
        return FakeResponse.status(200);
    }

    private ArrayNode tagsOf(String conversationId) {
        ObjectNode c = conversations.apply(conversationId);
        if (c == null) {
            throw IntercomAccess.error(404, "not_found", "Conversation not found");
        }
        if (!c.path("tags").path("tags").isArray()) {
            c.putObject("tags").put("type", "tag.list").putArray("tags");
        }
        return (ArrayNode) c.get("tags").get("tags");
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.path(field);
        if (!(v.isTextual() || v.isIntegralNumber()) || v.asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_invalid", field + " is required");
        }
        return v.asText();
    }

    private FakeResponse attach(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String tagId = text(b, "id");
        String adminId = text(b, "admin_id");
        synchronized (conversationLock) {
            ArrayNode applied = tagsOf(r.pathParam("conversation_id"));
            if (!tags.containsKey(tagId)) {
                throw IntercomAccess.error(404, "tag_not_found", "Tag not found");
            }
            ObjectNode tag = FakeDirectoryData.tag(tagId, tags.get(tagId));
            tag.put("applied_at", clock.instant().getEpochSecond());
            tag.set("applied_by", FakeIntercomData.reference("admin", adminId));
            for (int i = applied.size() - 1; i >= 0; i--) {
                if (applied.get(i).path("id").asText().equals(tagId)) {
                    applied.remove(i);
                }
            }
            applied.add(tag);
            return FakeResponse.json(tag);
        }
    }

    private FakeResponse detach(FakeRequest r) {
        text(FakeParams.jsonBody(r), "admin_id");
        synchronized (conversationLock) {
            ArrayNode applied = tagsOf(r.pathParam("conversation_id"));
            for (int i = 0; i < applied.size(); i++) {
                if (applied.get(i).path("id").asText().equals(r.pathParam("tag_id"))) {
                    return FakeResponse.json(applied.remove(i));
                }
            }
            throw IntercomAccess.error(404, "tag_not_found", "Tag not found");
        }
    }
}
