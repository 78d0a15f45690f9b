package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful fake of Intercom's internal articles, news items and newsfeeds (API 2.14) on a {@link FakeServer}: created
 * items can be fetched, listed (page-number pages of {@link #perPage(int) a few items}, with {@code pages}), updated
 * and deleted; internal articles can be searched by folder ({@code data.internal_articles}); newsfeeds {@code 53}
 * (Visitor Feed) and {@code 54} (Customer Feed) are listed, fetched and list the live news items assigned to them (an
 * empty feed answers {@code total_pages: 0}). Seeded with internal articles {@code 1} and {@code 2} in folder
 * {@code 10} and {@code 3} in folder {@code 11}, and news item {@code 141} (live, in newsfeed {@code 53}). Admins {@code 991266252} and {@code 991267460} exist. A news item publish date
 * after the fake's clock is refused with {@code 400 parameter_invalid} unless the item is a draft. Errors:
 * {@code not_found}, {@code parameter_invalid}, {@code unauthorized}.
 */
public final class FakeIntercomKnowledge extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time seeded items were created at. */
    public static final long EPOCH = 1_777_636_800L;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> ADMINS = List.of("991266252", "991267460");

    private final Clock clock;
    private final Map<String, ObjectNode> articles = new LinkedHashMap<>();
    private final Map<String, String> folders = new LinkedHashMap<>();
    private final Map<String, ObjectNode> news = new LinkedHashMap<>();
    private long nextId = 200;
    private int perPage = 2;

    private final NewsfeedRoutes newsfeeds = new NewsfeedRoutes(news, () -> perPage);

    private FakeIntercomKnowledge(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        seed();
        newsfeeds.register(this::route);
        route("GET", "/internal_articles/search", this::search);
        route("GET", "/internal_articles", r -> FakeResponse.json(page(r, new ArrayList<>(articles.values()), "list", "data")));
        route("POST", "/internal_articles", this::createArticle);
        route("GET", "/internal_articles/{internal_article_id}", r -> FakeResponse.json(article(r)));
        route("PUT", "/internal_articles/{internal_article_id}", this::updateArticle);
        route("DELETE", "/internal_articles/{internal_article_id}", r -> {
            ObjectNode a = article(r);
            articles.remove(a.get("id").asText());
            return FakeResponse.json(deleted(a.get("id").asText(), "internal_article"));
        });
        route("GET", "/news/news_items", r -> FakeResponse.json(page(r, new ArrayList<>(news.values()), "list", "data")));
        route("POST", "/news/news_items", this::createNews);
        route("GET", "/news/news_items/{news_item_id}", r -> FakeResponse.json(newsItem(r)));
        route("PUT", "/news/news_items/{news_item_id}", this::updateNews);
        route("DELETE", "/news/news_items/{news_item_id}", r -> {
            ObjectNode n = newsItem(r);
            news.remove(n.get("id").asText());
            return FakeResponse.json(deleted(n.get("id").asText(), "news-item"));
        });
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, checking publish dates against the system clock */
    public static FakeIntercomKnowledge start() {
        return new FakeIntercomKnowledge(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the internal article and news routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for publish dates
     * @return the fake
     */
    public static FakeIntercomKnowledge on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomKnowledge(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n items per listed page (default 2)
     * @return this fake
     */
    public synchronized FakeIntercomKnowledge perPage(int n) {
        this.perPage = n;
        return this;
    }

    /** @return how many internal articles exist */
    public synchronized int articleCount() {
        return articles.size();
    }

    /** @return how many news items exist */
    public synchronized int newsItemCount() {
        return news.size();
    }

    /** @return how many newsfeeds exist */
    public synchronized int newsfeedCount() {
        return newsfeeds.count();
    }

    private void seed() {
        String[][] seeded = {{"1", "Refunds", "10"}, {"2", "Escalations", "10"}, {"3", "On-call", "11"}};
        for (String[] s : seeded) {
            ObjectNode a = F.objectNode();
            a.put("type", "internal_article");
            a.put("id", s[0]);
            a.put("title", s[1]);
            a.put("body", "<p>" + s[1] + "</p>");
            a.put("owner_id", 991266252L);
            a.put("author_id", 991266252L);
            a.put("created_at", EPOCH);
            a.put("updated_at", EPOCH);
            a.put("locale", "en");
            articles.put(s[0], a);
            folders.put(s[0], s[2]);
        }
        ObjectNode n = F.objectNode();
        n.put("type", "news-item");
        n.put("id", "141");
        n.put("workspace_id", "t74hdn32");
        n.put("title", "New feature: News Items");
        n.put("body", "<p>We are excited</p>");
        n.put("sender_id", 991267460L);
        n.put("state", "live");
        ObjectNode assignment = n.putArray("newsfeed_assignments").addObject();
        assignment.put("newsfeed_id", 53);
        assignment.put("published_at", EPOCH);
        n.putArray("labels").add("Product Update");
        n.putNull("cover_image_url");
        n.putArray("reactions").add("😆").add("😅");
        n.put("deliver_silently", false);
        n.put("published_at", EPOCH);
        n.put("created_at", EPOCH);
        n.put("updated_at", EPOCH);
        news.put("141", n);
    }

    private ObjectNode page(FakeRequest r, List<ObjectNode> all, String type, String key) {
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        ObjectNode out = F.objectNode();
        out.put("type", type);
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        pages.put("page", page);
        pages.put("per_page", perPage);
        pages.put("total_pages", Math.max(1, (all.size() + perPage - 1) / perPage));
        out.put("total_count", all.size());
        ArrayNode items = F.arrayNode();
        all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(items::add);
        if (key.equals("data")) {
            out.set("data", items);
        } else {
            out.putObject("data").set(key, items);
        }
        return out;
    }

    private FakeResponse search(FakeRequest r) {
        String folder = r.query("folder_id");
        List<ObjectNode> matching = new ArrayList<>();
        articles.forEach((id, a) -> {
            if (folder == null || folder.equals(folders.get(id))) {
                matching.add(a);
            }
        });
        return FakeResponse.json(page(r, matching, "list", "internal_articles"));
    }

    private ObjectNode article(FakeRequest r) {
        ObjectNode a = articles.get(r.pathParam("internal_article_id"));
        if (a == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return a;
    }

    private ObjectNode newsItem(FakeRequest r) {
        ObjectNode n = news.get(r.pathParam("news_item_id"));
        if (n == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return n;
    }

    private static ObjectNode deleted(String id, String object) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("object", object);
        o.put("deleted", true);
        return o;
    }

    private FakeResponse createArticle(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("title").isTextual() || b.get("title").asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_invalid", "title is required");
        }
        ObjectNode a = F.objectNode();
        a.put("type", "internal_article");
        a.put("id", Long.toString(nextId++));
        a.put("title", b.get("title").asText());
        a.put("body", b.path("body").asText(""));
        a.put("created_at", clock.instant().getEpochSecond());
        applyArticle(a, b);
        a.put("locale", b.path("locale").asText("en"));
        articles.put(a.get("id").asText(), a);
        return FakeResponse.json(a);
    }

    private FakeResponse updateArticle(FakeRequest r) {
        ObjectNode a = article(r);
        JsonNode b = FakeParams.jsonBody(r);
        for (String f : List.of("title", "body", "locale")) {
            if (b.hasNonNull(f)) {
                a.put(f, b.get(f).asText());
            }
        }
        applyArticle(a, b);
        return FakeResponse.json(a);
    }

    private void applyArticle(ObjectNode a, JsonNode b) {
        for (String f : List.of("author_id", "owner_id")) {
            if (b.has(f)) {
                if (!b.get(f).isIntegralNumber()) {
                    throw IntercomAccess.error(400, "parameter_invalid", f + " must be an integer");
                }
                if (!ADMINS.contains(b.get(f).asText())) {
                    throw IntercomAccess.error(400, "parameter_invalid", f + " must be in the main body or default locale");
                }
                a.put(f, b.get(f).asLong());
            } else if (!a.has(f)) {
                throw IntercomAccess.error(400, "parameter_invalid", f + " must be in the main body or default locale");
            }
        }
        a.put("updated_at", clock.instant().getEpochSecond());
    }

    private FakeResponse createNews(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("title").isTextual() || !b.path("sender_id").isIntegralNumber()) {
            throw IntercomAccess.error(400, "parameter_invalid", "title and sender_id are required");
        }
        ObjectNode n = F.objectNode();
        n.put("type", "news-item");
        n.put("id", Long.toString(nextId++));
        n.put("workspace_id", "t74hdn32");
        n.put("state", "draft");
        n.putArray("newsfeed_assignments");
        n.putArray("labels");
        n.putNull("cover_image_url");
        n.putArray("reactions");
        n.put("deliver_silently", false);
        n.put("created_at", clock.instant().getEpochSecond());
        applyNews(n, b);
        news.put(n.get("id").asText(), n);
        return FakeResponse.json(n);
    }

    private FakeResponse updateNews(FakeRequest r) {
        ObjectNode n = newsItem(r);
        applyNews(n, FakeParams.jsonBody(r));
        return FakeResponse.json(n);
    }

    private void applyNews(ObjectNode n, JsonNode b) {
        String state = b.path("state").asText(n.path("state").asText("draft"));
        long now = clock.instant().getEpochSecond();
        for (String f : List.of("title", "body", "state")) {
            if (b.hasNonNull(f)) {
                n.put(f, b.get(f).asText());
            }
        }
        if (b.has("sender_id")) {
            n.put("sender_id", b.get("sender_id").asLong());
        }
        if (b.has("deliver_silently")) {
            n.put("deliver_silently", b.get("deliver_silently").asBoolean());
        }
        for (String f : List.of("labels", "reactions")) {
            if (b.has(f)) {
                n.set(f, b.get(f).deepCopy());
            }
        }
        if (b.has("newsfeed_assignments")) {
            ArrayNode assignments = F.arrayNode();
            long latest = 0;
            for (JsonNode a : b.get("newsfeed_assignments")) {
                ObjectNode out = assignments.addObject();
                out.put("newsfeed_id", a.path("newsfeed_id").asLong());
                long at = a.path("published_at").asLong(now);
                if (!state.equals("draft") && at > now) {
                    throw IntercomAccess.error(400, "parameter_invalid", "published_at must be in the past");
                }
                if (!state.equals("draft")) {
                    out.put("published_at", at);
                    latest = Math.max(latest, at);
                }
            }
            n.set("newsfeed_assignments", assignments);
            if (latest > 0) {
                n.put("published_at", latest);
            }
        }
        n.put("updated_at", now);
    }
}
