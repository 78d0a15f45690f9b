package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The newsfeeds of {@link FakeIntercomKnowledge}: {@code 53} (Visitor Feed) and {@code 54} (Customer Feed), listed,
 * fetched, and their live items ({@code state: live} news items assigned to the feed), in page-number pages. Newsfeeds
 * are read-only, as in the API. State is guarded by the part's lock, as every handler runs under it.
 */
final class NewsfeedRoutes {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> feeds = new LinkedHashMap<>();
    private final Map<String, ObjectNode> news;
    private final IntSupplier perPage;

    /**
     * @param news the part's news items, by id
     * @param perPage items per listed page
     */
    NewsfeedRoutes(Map<String, ObjectNode> news, IntSupplier perPage) {
        this.news = news;
        this.perPage = perPage;
        feed("53", "Visitor Feed");
        feed("54", "Customer Feed");
    }

    void register(FakeIntercom.Router router) {
        router.route("GET", "/news/newsfeeds", r -> FakeResponse.json(
                FakeListPages.page(r, new ArrayList<>(feeds.values()), perPage.getAsInt(), f -> f)));
        router.route("GET", "/news/newsfeeds/{newsfeed_id}", r -> FakeResponse.json(feed(r)));
        router.route("GET", "/news/newsfeeds/{newsfeed_id}/items", r -> {
            String id = feed(r).get("id").asText();
            List<ObjectNode> live = new ArrayList<>();
            for (ObjectNode n : news.values()) {
                if ("live".equals(n.path("state").asText()) && assigned(n, id)) {
                    live.add(n);
                }
            }
            ObjectNode page = FakeListPages.page(r, live, perPage.getAsInt(), n -> n);
            if (live.isEmpty()) {
                // As Intercom answers an empty feed: no pages at all.
                ((ObjectNode) page.get("pages")).put("total_pages", 0);
            }
            return FakeResponse.json(page);
        });
    }

    int count() {
        return feeds.size();
    }

    private static boolean assigned(JsonNode item, String feed) {
        for (JsonNode a : item.path("newsfeed_assignments")) {
            if (feed.equals(a.path("newsfeed_id").asText())) {
                return true;
            }
        }
        return false;
    }

    private void feed(String id, String name) {
        ObjectNode f = F.objectNode();
        f.put("id", id);
        f.put("type", "newsfeed");
        f.put("name", name);
        f.put("created_at", FakeIntercomKnowledge.EPOCH);
        f.put("updated_at", FakeIntercomKnowledge.EPOCH);
        feeds.put(id, f);
    }

    private ObjectNode feed(FakeRequest r) {
        ObjectNode f = feeds.get(r.pathParam("newsfeed_id"));
        if (f == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return f;
    }
}
