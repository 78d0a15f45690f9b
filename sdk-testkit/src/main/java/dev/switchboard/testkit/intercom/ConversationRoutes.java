package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /conversations}: list (query cursor), search (body cursor), get, update, reply; the other operations are in
 * {@link ConversationManageRoutes}.
 */
final class ConversationRoutes {
    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 150;
    static final int MAX_ATTACHMENTS = 10;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private final FakeIntercomState state;

    ConversationRoutes(FakeIntercomState state) {
        this.state = state;
    }

    void register(FakeIntercom.Router router) {
        router.route("POST", "/conversations/search", this::search);
        router.route("GET", "/conversations", this::list);
        router.route("GET", "/conversations/{conversation_id}", this::get);
        router.route("PUT", "/conversations/{conversation_id}", this::update);
        router.route("POST", "/conversations/{conversation_id}/reply", new ReplyHandler(state)::reply);
        new ConversationManageRoutes(state).register(router);
    }

    private FakeResponse list(FakeRequest req) {
        int perPage = FakeParams.intParam(req, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        int offset = FakeIntercomState.offset("list", req.query("starting_after"));
        synchronized (state.lock) {
            return FakeResponse.json(page(new ArrayList<>(state.conversations.values()), offset, perPage, "list"));
        }
    }

    private FakeResponse search(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        JsonNode query = body.get("query");
        SearchFilter.validate(query);
        JsonNode pagination = body.path("pagination");
        int perPage = DEFAULT_PER_PAGE;
        if (pagination.has("per_page")) {
            JsonNode p = pagination.get("per_page");
            if (!p.canConvertToInt() || p.asInt() < 1 || p.asInt() > MAX_PER_PAGE) {
                throw FakeErrors.badRequest("parameter_invalid", "per_page must be between 1 and " + MAX_PER_PAGE,
                        "pagination.per_page");
            }
            perPage = p.asInt();
        }
        JsonNode after = pagination.path("starting_after");
        int offset = FakeIntercomState.offset("search", after.isTextual() ? after.asText() : null);
        synchronized (state.lock) {
            List<ObjectNode> matching = new ArrayList<>();
            for (ObjectNode c : state.conversations.values()) {
                if (SearchFilter.matches(query, c)) {
                    matching.add(c);
                }
            }
            return FakeResponse.json(page(matching, offset, perPage, "search"));
        }
    }

    private static ObjectNode page(List<ObjectNode> all, int offset, int perPage, String kind) {
        ArrayNode items = NODES.arrayNode();
        for (int k = offset; k < Math.min(all.size(), offset + perPage); k++) {
            items.add(FakeIntercomState.listItem(all.get(k)));
        }
        ObjectNode pages = NODES.objectNode();
        pages.put("type", "pages");
        int next = offset + perPage;
        if (next < all.size()) {
            ObjectNode n = NODES.objectNode();
            n.put("per_page", perPage);
            n.put("starting_after", FakeIntercomState.cursor(kind, next));
            pages.set("next", n);
        }
        pages.put("page", offset / perPage + 1);
        pages.put("per_page", perPage);
        pages.put("total_pages", Math.max(1, (all.size() + perPage - 1) / perPage));
        ObjectNode body = NODES.objectNode();
        body.put("type", "conversation.list");
        body.set("pages", pages);
        body.put("total_count", all.size());
        body.set("conversations", items);
        return body;
    }

    private ObjectNode find(String id) {
        ObjectNode c = state.conversations.get(id);
        if (c == null) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return c;
    }

    private FakeResponse get(FakeRequest req) {
        synchronized (state.lock) {
            return FakeResponse.json(view(find(req.pathParam("conversation_id")), req));
        }
    }

    /** The conversation as answered: bodies stripped of HTML when {@code display_as=plaintext}. */
    static ObjectNode view(ObjectNode conversation, FakeRequest req) {
        ObjectNode copy = conversation.deepCopy();
        if ("plaintext".equals(req.query("display_as"))) {
            strip((ObjectNode) copy.path("source"));
            copy.path("conversation_parts").path("conversation_parts").forEach(p -> strip((ObjectNode) p));
        }
        return copy;
    }

    private static void strip(ObjectNode node) {
        JsonNode body = node.get("body");
        if (body != null && body.isTextual()) {
            node.put("body", TAGS.matcher(body.asText()).replaceAll(""));
        }
    }

    private FakeResponse update(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        synchronized (state.lock) {
            String id = req.pathParam("conversation_id");
            ObjectNode c = find(id);
            if (body.has("read")) {
                if (!body.get("read").isBoolean()) {
                    throw FakeErrors.badRequest("parameter_invalid", "read must be a boolean", "read");
                }
                c.put("read", body.get("read").asBoolean());
            }
            if (body.has("title")) {
                c.set("title", body.get("title").deepCopy());
            }
            if (body.has("custom_attributes")) {
                JsonNode attrs = body.get("custom_attributes");
                if (!attrs.isObject()) {
                    throw FakeErrors.badRequest("parameter_invalid", "custom_attributes must be an object", "custom_attributes");
                }
                ObjectNode existing = c.path("custom_attributes") instanceof ObjectNode o ? o : c.putObject("custom_attributes");
                for (Map.Entry<String, JsonNode> e : attrs.properties()) {
                    existing.set(e.getKey(), e.getValue().deepCopy());
                }
            }
            if (body.has("company_id")) {
                JsonNode company = body.get("company_id");
                if (!company.isNull() && !company.isTextual()) {
                    throw FakeErrors.badRequest("parameter_invalid", "company_id must be a string or null", "company_id");
                }
                state.companies.put(id, company.isNull() ? null : company.asText());
            }
            state.lastUpdates.put(id, body.deepCopy());
            c.put("updated_at", state.now());
            return FakeResponse.json(view(c, req));
        }
    }
}
