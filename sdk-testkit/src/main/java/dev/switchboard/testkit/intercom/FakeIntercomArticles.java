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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful fake of Intercom's Help Center (API 2.14) on a {@link FakeServer}: articles, collections (sections are
 * collections with a parent) and Help Centers.
 *
 * <ul>
 *   <li><b>Articles</b>: list (page-number pages of {@link #perPage(int) a few items}, most recently updated first,
 *       without {@code statistics}), create, get (with {@code statistics}), update, delete, and search by
 *       {@code phrase} (case-insensitive, in the title, description and body of every locale), {@code state}
 *       ({@code published}, {@code draft} or {@code all}; all when absent) and {@code help_center_id}, with
 *       {@code highlights} when {@code highlight=true}. A create needs a title and an {@code author_id} (in the body
 *       or the {@code en} translation) of a known admin ({@code 991267497}, {@code 991267460}), else
 *       {@code 400 parameter_not_found} / {@code parameter_invalid}; new articles are drafts. {@code translated_content}
 *       is stored as sent, locale by locale (an update replaces the locales it sends and keeps the others), and
 *       served back exactly. A published article has a URL, a draft none.</li>
 *   <li><b>Collections</b>: list, create ({@code name} required, else {@code 400 parameter_not_found}; in Help
 *       Center {@code 1} unless {@code help_center_id} says another), get, update ({@code parent_id: null} moves a
 *       section to the top level), delete (its sections move to the top level, its articles stand alone).</li>
 *   <li><b>Help Centers</b>: {@code 1} (with a custom domain) and {@code 2}; list (one unpaged {@code list}) and get.</li>
 * </ul>
 *
 * <p>Seeded: Help Centers {@code 1} and {@code 2}; collection {@code 101} (Help Center 1, with a French translation),
 * its section {@code 102}, collection {@code 103} (Help Center 2); articles {@code 1} (published in 101, with a French
 * translation), {@code 2} (published in section 102) and {@code 3} (a standalone draft). Unknown ids answer
 * {@code 404 not_found}.
 */
public final class FakeIntercomArticles extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time seeded items were created at. */
    public static final long EPOCH = 1_777_636_800L;
    /** The workspace id of every item. */
    static final String WORKSPACE = "t74hdn32";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<Long> ADMINS = List.of(991267497L, 991267460L);

    private final Clock clock;
    private final HelpCenterRoutes helpCenter;
    private final Map<String, ObjectNode> articles = new LinkedHashMap<>();
    private long nextId = 300;
    private int perPage = 2;

    private FakeIntercomArticles(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        this.helpCenter = new HelpCenterRoutes(clock);
        seed();
        FakeIntercom.Router router = this::route;
        route("GET", "/articles/search", this::search);
        route("GET", "/articles", r -> FakeResponse.json(FakeListPages.page(r, HelpCenterRoutes.byUpdatedAt(articles),
                perPage, FakeIntercomArticles::listItem)));
        route("POST", "/articles", this::create);
        route("GET", "/articles/{article_id}", r -> FakeResponse.json(article(r)));
        route("PUT", "/articles/{article_id}", this::update);
        route("DELETE", "/articles/{article_id}", r -> {
            String id = article(r).get("id").asText();
            articles.remove(id);
            ObjectNode out = F.objectNode();
            out.put("id", id);
            out.put("object", "article");
            out.put("deleted", true);
            return FakeResponse.json(out);
        });
        helpCenter.register(router, () -> perPage, collection -> articles.values().stream()
                .filter(a -> collection.equals(a.path("parent_id").asText(null))).forEach(a -> {
                    a.putNull("parent_id");
                    a.putNull("parent_type");
                    a.putArray("parent_ids");
                }));
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, dating changes with the system clock */
    public static FakeIntercomArticles start() {
        return new FakeIntercomArticles(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the article, collection and Help Center routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for the dates of created and updated items
     * @return the fake
     */
    public static FakeIntercomArticles on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomArticles(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n items per listed or searched page (default 2), at least 1
     * @return this fake
     */
    public synchronized FakeIntercomArticles perPage(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("perPage must be at least 1: " + n);
        }
        this.perPage = n;
        return this;
    }

    /** @return how many articles exist */
    public synchronized int articleCount() {
        return articles.size();
    }

    /** @return how many collections and sections exist */
    public synchronized int collectionCount() {
        return helpCenter.collectionCount();
    }

    /**
     * @param articleId an article's id
     * @return a copy of the article as the API serves it, or {@code null} when there is none
     */
    public synchronized JsonNode article(String articleId) {
        ObjectNode a = articles.get(articleId);
        return a == null ? null : a.deepCopy();
    }

    private void seed() {
        ObjectNode one = article("1", "Getting started with Switchboard", "Install the SDK, then send a first call",
                "<p>Add the dependency, then build the root.</p>", "published", "101", EPOCH);
        one.put("default_locale", "en");
        ObjectNode t = one.putObject("translated_content");
        t.put("type", "article_translated_content");
        ObjectNode fr = t.putObject("fr");
        fr.put("type", "article_content");
        fr.put("title", "Bien démarrer avec Switchboard");
        fr.put("description", "Installer le SDK");
        fr.put("body", "<p>Ajoutez la dépendance.</p>");
        fr.put("author_id", 991267497L);
        fr.put("state", "published");
        fr.put("created_at", EPOCH);
        fr.put("updated_at", EPOCH);
        fr.put("url", "http://help-center.test/" + WORKSPACE + "/fr/articles/1");
        ObjectNode stats = (ObjectNode) one.get("statistics");
        stats.put("views", 12);
        stats.put("reactions", 5);
        stats.put("happy_reaction_percentage", 40.0);
        stats.put("neutral_reaction_percentage", 40.0);
        stats.put("sad_reaction_percentage", 20.0);
        article("2", "Installing the SDK", "", "<p>Maven or Gradle.</p>", "published", "102", EPOCH + 60);
        article("3", "Release notes (draft)", null, "", "draft", null, EPOCH + 120);
    }

    private ObjectNode article(String id, String title, String description, String body, String state, String parent,
            long at) {
        ObjectNode a = F.objectNode();
        a.put("id", id);
        a.put("type", "article");
        a.put("workspace_id", WORKSPACE);
        a.putNull("parent_id");
        a.putNull("parent_type");
        a.putArray("parent_ids");
        ObjectNode stats = a.putObject("statistics");
        stats.put("type", "article_statistics");
        for (String f : List.of("views", "conversations", "reactions", "happy_reaction_percentage",
                "neutral_reaction_percentage", "sad_reaction_percentage")) {
            stats.put(f, 0);
        }
        ObjectNode tags = a.putObject("tags");
        tags.put("type", "tag.list");
        tags.putArray("tags");
        a.put("title", title);
        a.put("description", description);
        a.put("body", body);
        a.put("author_id", ADMINS.get(0));
        a.put("state", state);
        a.put("created_at", at);
        a.put("updated_at", at);
        a.putNull("url");
        place(a, parent, null);
        articles.put(id, a);
        url(a);
        return a;
    }

    private void place(ObjectNode a, String parent, String type) {
        ObjectNode c = helpCenter.find(parent);
        if (parent != null && c == null) {
            throw IntercomAccess.error(400, "parameter_invalid", "parent_id must be the id of a collection or section");
        }
        a.put("parent_id", parent == null ? null : Long.valueOf(parent));
        a.put("parent_type", parent == null ? null : type != null ? type
                : c.hasNonNull("parent_id") ? "section" : "collection");
        ArrayNode ids = a.putArray("parent_ids");
        helpCenter.chain(parent).forEach(ids::add);
    }

    private static void url(ObjectNode a) {
        String slug = a.path("title").asText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        a.put("url", "published".equals(a.path("state").asText())
                ? "http://help-center.test/" + WORKSPACE + "/en/articles/" + a.path("id").asText() + "-" + slug : null);
    }

    private static ObjectNode listItem(ObjectNode a) {
        a.remove("statistics");
        return a;
    }

    private ObjectNode article(FakeRequest r) {
        ObjectNode a = articles.get(r.pathParam("article_id"));
        if (a == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return a;
    }

    private FakeResponse create(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        JsonNode en = b.path("translated_content").path("en");
        JsonNode title = b.has("title") ? b.get("title") : en.path("title");
        if (!title.isTextual() || title.asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_not_found",
                    "title must be in the main body or default locale translated_content object");
        }
        if (!b.has("author_id") && !en.has("author_id")) {
            throw IntercomAccess.error(400, "parameter_not_found",
                    "author_id must be in the main body or default locale translated_content object");
        }
        long now = clock.instant().getEpochSecond();
        ObjectNode a = article(Long.toString(nextId++), title.asText(), "", "", "draft", null, now);
        try {
            apply(a, b, en.has("author_id") && !b.has("author_id") ? en.get("author_id") : null);
        } catch (FakeErrors.Failure f) {
            articles.remove(a.get("id").asText());
            throw f;
        }
        return FakeResponse.json(a);
    }

    private FakeResponse update(FakeRequest r) {
        ObjectNode a = article(r);
        ObjectNode before = a.deepCopy();
        try {
            apply(a, FakeParams.jsonBody(r), null);
        } catch (FakeErrors.Failure f) {
            articles.put(before.get("id").asText(), before);
            throw f;
        }
        a.put("updated_at", clock.instant().getEpochSecond());
        return FakeResponse.json(a);
    }

    private void apply(ObjectNode a, JsonNode b, JsonNode defaultAuthor) {
        for (String f : List.of("title", "description", "body")) {
            if (b.has(f)) {
                a.set(f, b.get(f).deepCopy());
            }
        }
        JsonNode author = b.has("author_id") ? b.get("author_id") : defaultAuthor;
        if (author != null) {
            if (!author.isIntegralNumber() || !ADMINS.contains(author.asLong())) {
                throw IntercomAccess.error(400, "parameter_invalid", "author_id must be the id of a teammate");
            }
            a.put("author_id", author.asLong());
        }
        if (b.has("state")) {
            String s = b.get("state").asText();
            if (!s.equals("published") && !s.equals("draft")) {
                throw IntercomAccess.error(400, "parameter_invalid", "state must be published or draft");
            }
            a.put("state", s);
        }
        if (b.has("parent_id")) {
            JsonNode p = b.get("parent_id");
            place(a, p.isNull() ? null : p.asText(), b.path("parent_type").asText(null));
        } else if (b.has("parent_type") && a.hasNonNull("parent_id")) {
            a.put("parent_type", b.get("parent_type").asText());
        }
        if (b.has("translated_content")) {
            mergeTranslations(a, b.get("translated_content"), "article_translated_content");
            a.put("default_locale", "en");
        }
        url(a);
    }

    /**
     * Stores a {@code translated_content} locale by locale: each locale sent replaces the stored one, the others
     * stay; a {@code type} is added when neither had one.
     */
    static void mergeTranslations(ObjectNode target, JsonNode sent, String type) {
        if (!sent.isObject()) {
            throw IntercomAccess.error(400, "parameter_invalid", "translated_content must be an object");
        }
        ObjectNode stored = target.has("translated_content") && target.get("translated_content").isObject()
                ? (ObjectNode) target.get("translated_content") : F.objectNode();
        if (!stored.has("type") && !sent.has("type")) {
            stored.put("type", type);
        }
        sent.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("type") && !e.getValue().isObject() && !e.getValue().isNull()) {
                throw IntercomAccess.error(400, "parameter_invalid", "translated_content." + e.getKey()
                        + " must be an object");
            }
            stored.set(e.getKey(), e.getValue().deepCopy());
        });
        target.set("translated_content", stored);
    }

    private FakeResponse search(FakeRequest r) {
        String phrase = r.query("phrase");
        String state = r.query("state") == null ? "all" : r.query("state");
        if (!List.of("published", "draft", "all").contains(state)) {
            throw IntercomAccess.error(400, "parameter_invalid", "state must be one of published, draft or all");
        }
        String helpCenterId = r.query("help_center_id");
        if (helpCenterId != null && !helpCenterId.matches("[0-9]+")) {
            throw IntercomAccess.error(400, "parameter_invalid", "help_center_id must be an integer");
        }
        boolean highlight = "true".equals(r.query("highlight"));
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode a : HelpCenterRoutes.byUpdatedAt(articles)) {
            if ((state.equals("all") || state.equals(a.path("state").asText()))
                    && (helpCenterId == null || helpCenterId.equals(helpCenter.helpCenterOf(a.path("parent_id").asText(null))))
                    && FakeArticleSearch.matches(a, phrase)) {
                matching.add(a);
            }
        }
        ObjectNode page = FakeListPages.page(r, matching, perPage, FakeIntercomArticles::listItem);
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        out.put("total_count", matching.size());
        ObjectNode data = out.putObject("data");
        data.set("articles", page.get("data"));
        ArrayNode highlights = data.putArray("highlights");
        if (highlight && phrase != null && !phrase.isBlank()) {
            page.get("data").forEach(a -> highlights.add(FakeArticleSearch.highlights(a, phrase)));
        }
        out.set("pages", page.get("pages"));
        return FakeResponse.json(out);
    }
}
