package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful fake of Intercom's AI Content (API 2.14) on a {@link FakeServer}: the content import sources of Fin's
 * content library and their external pages.
 *
 * <ul>
 *   <li><b>Sources</b>: list, create (only {@code sync_behavior: api}, with a {@code url}), get, update (both fields
 *       required; the behaviour cannot change to or from {@code api}, and only an {@code api} source's URL may change),
 *       delete ({@code 204}, and every page of the source goes with it, as the spec says).</li>
 *   <li><b>Pages</b>: list (highest id first), create ({@code title}, {@code html}, {@code locale: en},
 *       {@code source_id} of an {@code api} source and {@code external_id} required; a page with the same source and
 *       external id is updated instead, keeping its id), get, update (only pages of {@code api} sources: pages
 *       "created via the API"), delete (answered with the page, its {@code html} emptied as in the spec's example).</li>
 *   <li>Lists come in pages of {@link #perPage(int) a few items} whose {@code pages.next} is the absolute URL of the
 *       next page, absent on the last one. Refusals are {@code 400 parameter_not_found} (a required field missing)
 *       or {@code parameter_invalid}; unknown ids {@code 404 not_found}.</li>
 * </ul>
 *
 * <p>Seeded: source {@code 33} ({@code automatic}, https://support.example.com/us) with imported page {@code 17};
 * source {@code 34} ({@code api}, https://www.example.com) with pages {@code 18} and {@code 19}.
 */
public final class FakeIntercomAiContent extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time seeded items were created at. */
    public static final long EPOCH = 1_777_636_800L;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Clock clock;
    private final Map<String, ObjectNode> sources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> pages = new LinkedHashMap<>();
    private long nextId = 60;
    private int perPage = 2;

    private FakeIntercomAiContent(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        seed();
        route("GET", "/ai/content_import_sources", r -> list(r, new ArrayList<>(sources.values())));
        route("POST", "/ai/content_import_sources", this::createSource);
        route("GET", "/ai/content_import_sources/{source_id}", r -> FakeResponse.json(source(r)));
        route("PUT", "/ai/content_import_sources/{source_id}", this::updateSource);
        route("DELETE", "/ai/content_import_sources/{source_id}", r -> {
            String id = source(r).get("id").asText();
            sources.remove(id);
            pages.values().removeIf(p -> p.get("source_id").asText().equals(id));
            return FakeResponse.status(204);
        });
        route("GET", "/ai/external_pages", r -> {
            List<ObjectNode> all = new ArrayList<>(pages.values());
            Collections.reverse(all);
            return list(r, all);
        });
        route("POST", "/ai/external_pages", this::createPage);
        route("GET", "/ai/external_pages/{page_id}", r -> FakeResponse.json(page(r)));
        route("PUT", "/ai/external_pages/{page_id}", this::updatePage);
        route("DELETE", "/ai/external_pages/{page_id}", r -> {
            ObjectNode p = page(r);
            pages.remove(p.get("id").asText());
            return FakeResponse.json(p.deepCopy().put("html", ""));
        });
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, dating changes with the system clock */
    public static FakeIntercomAiContent start() {
        return new FakeIntercomAiContent(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the content import source and external page routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for the dates of created, updated and synced items
     * @return the fake
     */
    public static FakeIntercomAiContent on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomAiContent(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n items per listed page (default 2), at least 1
     * @return this fake
     */
    public synchronized FakeIntercomAiContent perPage(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("perPage must be at least 1: " + n);
        }
        this.perPage = n;
        return this;
    }

    /** @return how many content import sources exist */
    public synchronized int sourceCount() {
        return sources.size();
    }

    /** @return how many external pages exist */
    public synchronized int pageCount() {
        return pages.size();
    }

    private void seed() {
        source("33", "automatic", "https://support.example.com/us", EPOCH);
        source("34", "api", "https://www.example.com", EPOCH);
        page("17", "33", "1", "Imported help", "<h1>Hello world</h1><p>This is external content</p>",
                "https://support.example.com/us/1", EPOCH);
        page("18", "34", "abc1234", "Refunds", "<h1>Refunds</h1><p>Within 30 days</p>", "https://www.example.com/refunds",
                EPOCH);
        page("19", "34", "5678", "Shipping", "<h1>Shipping</h1>", null, EPOCH);
    }

    private ObjectNode source(String id, String behavior, String url, long at) {
        ObjectNode s = F.objectNode();
        s.put("id", Long.parseLong(id));
        s.put("type", "content_import_source");
        s.put("last_synced_at", at);
        s.put("status", "active");
        s.put("url", url);
        s.put("sync_behavior", behavior);
        s.put("created_at", at);
        s.put("updated_at", at);
        sources.put(id, s);
        return s;
    }

    private ObjectNode page(String id, String source, String externalId, String title, String html, String url, long at) {
        ObjectNode p = F.objectNode();
        p.put("id", id);
        p.put("type", "external_page");
        p.put("title", title);
        p.put("html", html);
        p.put("url", url);
        for (String f : List.of("ai_agent_availability", "ai_copilot_availability", "ai_sales_agent_availability",
                "fin_availability")) {
            p.put(f, true);
        }
        p.put("locale", "en");
        p.put("source_id", Long.parseLong(source));
        p.put("external_id", externalId);
        p.put("created_at", at);
        p.put("updated_at", at);
        p.put("last_ingested_at", at);
        pages.put(id, p);
        return p;
    }

    private FakeResponse list(FakeRequest r, List<ObjectNode> all) {
        ObjectNode out = FakeListPages.page(r, all, perPage, n -> n);
        ObjectNode p = (ObjectNode) out.get("pages");
        if (p.get("page").asInt() < p.get("total_pages").asInt()) {
            p.put("next", baseUrl() + r.path() + "?page=" + (p.get("page").asInt() + 1));
        }
        return FakeResponse.json(out);
    }

    private ObjectNode source(FakeRequest r) {
        ObjectNode s = sources.get(r.pathParam("source_id"));
        if (s == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return s;
    }

    private ObjectNode page(FakeRequest r) {
        ObjectNode p = pages.get(r.pathParam("page_id"));
        if (p == null) {
            throw IntercomAccess.error(404, "not_found", "Resource Not Found");
        }
        return p;
    }

    private static String required(JsonNode b, String field) {
        JsonNode v = b.path(field);
        if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            throw IntercomAccess.error(400, "parameter_not_found", field + " is a required parameter");
        }
        if (!v.isTextual()) {
            throw IntercomAccess.error(400, "parameter_invalid", field + " must be a string");
        }
        return v.asText();
    }

    private FakeResponse createSource(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String behavior = required(b, "sync_behavior");
        String url = required(b, "url");
        if (!behavior.equals("api")) {
            throw IntercomAccess.error(400, "parameter_invalid", "sync_behavior must be api");
        }
        status(F.objectNode(), b);
        long now = clock.instant().getEpochSecond();
        ObjectNode s = source(Long.toString(nextId++), behavior, url, now);
        status(s, b);
        return FakeResponse.json(s);
    }

    private FakeResponse updateSource(FakeRequest r) {
        ObjectNode s = source(r);
        JsonNode b = FakeParams.jsonBody(r);
        String behavior = required(b, "sync_behavior");
        String url = required(b, "url");
        String was = s.get("sync_behavior").asText();
        if (!behavior.equals(was) && (behavior.equals("api") || was.equals("api"))) {
            throw IntercomAccess.error(400, "parameter_invalid", "sync_behavior cannot be changed to or from api");
        }
        if (!url.equals(s.get("url").asText()) && !was.equals("api")) {
            throw IntercomAccess.error(400, "parameter_invalid", "url can only be changed for a source synced by api");
        }
        status(s, b);
        s.put("sync_behavior", behavior);
        s.put("url", url);
        s.put("updated_at", clock.instant().getEpochSecond());
        return FakeResponse.json(s);
    }

    private static void status(ObjectNode s, JsonNode b) {
        if (b.has("status")) {
            String status = b.get("status").asText();
            if (!status.equals("active") && !status.equals("deactivated")) {
                throw IntercomAccess.error(400, "parameter_invalid", "status must be active or deactivated");
            }
            s.put("status", status);
        }
    }

    /** @return the id of the api source the body names */
    private String apiSource(JsonNode b) {
        JsonNode id = b.path("source_id");
        if (id.isMissingNode() || id.isNull()) {
            throw IntercomAccess.error(400, "parameter_not_found", "source_id is a required parameter");
        }
        ObjectNode s = id.isIntegralNumber() ? sources.get(id.asText()) : null;
        if (s == null) {
            throw IntercomAccess.error(400, "parameter_invalid", "source_id must be the id of a content import source");
        }
        if (!s.get("sync_behavior").asText().equals("api")) {
            throw IntercomAccess.error(400, "parameter_invalid", "pages can only be managed for a source synced by api");
        }
        return id.asText();
    }

    private FakeResponse createPage(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String title = required(b, "title");
        String html = required(b, "html");
        check(b);
        String source = apiSource(b);
        String externalId = required(b, "external_id");
        long now = clock.instant().getEpochSecond();
        ObjectNode p = pages.values().stream().filter(e -> e.get("source_id").asText().equals(source)
                && e.get("external_id").asText().equals(externalId)).findFirst().orElse(null);
        if (p == null) {
            p = page(Long.toString(nextId++), source, externalId, title, html, null, now);
            for (String f : List.of("ai_agent_availability", "ai_copilot_availability", "ai_sales_agent_availability",
                    "fin_availability")) {
                p.put(f, false);
            }
        }
        apply(p, b, now);
        return FakeResponse.json(p);
    }

    private FakeResponse updatePage(FakeRequest r) {
        ObjectNode p = page(r);
        if (!sources.get(p.get("source_id").asText()).get("sync_behavior").asText().equals("api")) {
            throw IntercomAccess.error(400, "parameter_invalid", "only pages created via the API can be updated");
        }
        JsonNode b = FakeParams.jsonBody(r);
        for (String f : List.of("title", "html", "url")) {
            required(b, f);
        }
        check(b);
        String source = apiSource(b);
        if (b.has("external_id")) {
            required(b, "external_id");
        }
        p.put("source_id", Long.parseLong(source));
        apply(p, b, clock.instant().getEpochSecond());
        return FakeResponse.json(p);
    }

    /** Checks what every page request must have right before anything changes. */
    private static void check(JsonNode b) {
        if (!"en".equals(required(b, "locale"))) {
            throw IntercomAccess.error(400, "parameter_invalid", "locale must be en");
        }
        for (String f : List.of("ai_agent_availability", "ai_copilot_availability", "fin_availability")) {
            if (b.has(f) && !b.get(f).isBoolean()) {
                throw IntercomAccess.error(400, "parameter_invalid", f + " must be a boolean");
            }
        }
    }

    private static void apply(ObjectNode p, JsonNode b, long now) {
        for (String f : List.of("title", "html", "url", "external_id")) {
            if (b.has(f)) {
                p.put(f, b.get(f).asText());
            }
        }
        for (String f : List.of("ai_agent_availability", "ai_copilot_availability", "fin_availability")) {
            if (b.has(f)) {
                p.put(f, b.get(f).asBoolean());
            }
        }
        if (b.has("ai_agent_availability") || b.has("ai_copilot_availability")) {
            p.put("fin_availability", p.get("ai_agent_availability").asBoolean()
                    || p.get("ai_copilot_availability").asBoolean());
        }
        p.put("updated_at", now);
        p.put("last_ingested_at", now);
    }
}
