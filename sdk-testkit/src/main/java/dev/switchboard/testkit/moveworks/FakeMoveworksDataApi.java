package dev.switchboard.testkit.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful fake of the Moveworks Data API on a {@link FakeServer}: generated, deterministic records of the five
 * entities (with April 2026 SysEvents: DM and SysEvent conversations of every type, bot-actor interactions, plugin
 * calls mapped to bot interactions, plugin resources without interaction), OData paging with absolute
 * {@code @odata.nextLink}s, a small {@code $filter} evaluator, {@code $count}, both kinds of credentials, and faults
 * on demand.
 *
 * <pre>{@code
 * try (FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder().conversations(60).pageSize(10).start()) {
 *     // point a client at fake.baseUrl() with apiKey(FakeMoveworksDataApi.DEFAULT_API_KEY), or with
 *     // clientCredentials(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
 *     fake.rateLimitNext();                  // the next listing request gets a 429 without Retry-After
 *     fake.records("conversations");         // what the fake serves, to compute expectations
 * }
 * }</pre>
 *
 * <p>Served:
 * <ul>
 *   <li>{@code GET /export/{v1|v1beta2}/records/{entity}}: pages of {@link Builder#pageSize} records,
 *       {@code {"@odata.context", "value", "@odata.nextLink"}}; the next link is absolute, on this server, and carries
 *       the listing's state in {@code $skiptoken}. Supported options: {@code $filter} (comparisons of a field with a
 *       string, {@code null}, boolean or number literal, joined by {@code and}/{@code or}, with parentheses; fields
 *       ending in {@code _time} compare as instants), {@code $orderby}, {@code $top}, {@code $skip}, {@code $select}.
 *       Anything else is a 400 with an OData error body {@code {"error":{"code":"BadRequest","message":...}}}.</li>
 *   <li>{@code GET /export/{version}/records/{entity}/$count}: the matching count as a bare integer
 *       ({@code text/plain}).</li>
 *   <li>{@code POST /oauth/v1/token} with a JSON body {@code grant_type=client_credentials}, {@code client_id},
 *       {@code client_secret}: a token valid {@code expires_in: 3600} s; a wrong id or secret is a 401
 *       {@code invalid_client}. Every call counts in {@link #tokenRequests()}.</li>
 *   <li>Data requests need {@code Authorization: Bearer <key or issued token>}; without it, 401.</li>
 * </ul>
 *
 * <p>Thread-safe; the records never change after start.
 */
public final class FakeMoveworksDataApi extends FakeApi<Faults> {
    /** The API key accepted unless {@link Builder#apiKey(String)} sets another. */
    public static final String DEFAULT_API_KEY = "fake-moveworks-api-key";
    /** The client id accepted unless {@link Builder#clientCredentials(String, String)} sets another. */
    public static final String DEFAULT_CLIENT_ID = "fake-moveworks-client";
    /** The client secret accepted unless {@link Builder#clientCredentials(String, String)} sets another. */
    public static final String DEFAULT_CLIENT_SECRET = "fake-moveworks-secret";
    /** The lifetime of issued tokens, in seconds, as Moveworks documents. */
    public static final int TOKEN_LIFETIME_SECONDS = 3600;

    private static final String LIST = "/export/{version}/records/{entity}";
    private static final Set<String> VERSIONS = Set.of("v1", "v1beta2");

    private final Map<String, List<ObjectNode>> records;
    private final int pageSize;
    private final String apiKey;
    private final String clientId;
    private final String clientSecret;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private FakeMoveworksDataApi(Builder b, FakeServer server, boolean ownsServer) {
        super(server, ownsServer);
        this.records = MoveworksDataset.generate(b.conversations, b.users, b.start);
        this.pageSize = b.pageSize;
        this.apiKey = b.apiKey;
        this.clientId = b.clientId;
        this.clientSecret = b.clientSecret;
        server.route("POST", "/oauth/v1/token", this::token); // the client-credentials exchange needs no bearer token
        route("GET", LIST, this::list);
        route("GET", LIST + "/{operation}", this::count);
    }

    /** @return a running fake with the defaults: 40 conversations, 12 users, pages of 25 */
    public static FakeMoveworksDataApi start() {
        return builder().start();
    }

    /**
     * Adds the Data API's routes, with the default data, to a running server.
     *
     * @param server the server; closing the fake leaves it running
     * @param apiKey the API key to accept as a bearer token (OAuth tokens are issued too, for the default client)
     * @return the fake
     */
    public static FakeMoveworksDataApi on(FakeServer server, String apiKey) {
        return builder().apiKey(apiKey).on(server);
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected FakeResponse answer(FakeRequest r, Handler handler) throws Exception {
        String auth = r.header("Authorization");
        String presented = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        if (presented == null || !(presented.equals(apiKey) || issued.contains(presented))) {
            return FakeResponse.json(401, error("Unauthorized", auth == null
                    ? "Authorization header missing" : "The credentials are not valid for this tenant"));
        }
        return handler.handle(r);
    }

    @Override
    protected Faults faults(Faults queue) {
        return queue;
    }

    /** Queues a 429 without {@code Retry-After} for the next listing request (a {@code GET} of an entity). */
    public void rateLimitNext() {
        faults().next("GET", LIST, FakeResponse.json(429, error("TooManyRequests", "Rate limit exceeded")));
    }

    /**
     * Queues a 429 with a {@code Retry-After} for the next listing request.
     *
     * @param retryAfter the wait the server asks for, whole seconds
     */
    public void rateLimitNext(Duration retryAfter) {
        faults().next("GET", LIST, FakeResponse.json(429, error("TooManyRequests", "Rate limit exceeded"))
                .withRetryAfterSeconds(retryAfter.toSeconds()));
    }

    /**
     * Queues 503 answers for the next listing requests.
     *
     * @param times how many, at least 1
     */
    public void unavailableNext(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        FakeResponse[] r = new FakeResponse[times];
        for (int i = 0; i < times; i++) {
            r[i] = FakeResponse.json(503, error("ServiceUnavailable", "Try again later"));
        }
        faults().next("GET", LIST, r);
    }

    /** Makes every token issued so far invalid, as if it had expired: the next data request with one gets a 401. */
    public void revokeIssuedTokens() {
        issued.clear();
    }

    /** @return how many requests reached the token endpoint, accepted or not */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** @return how many tokens were issued */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * @param entity {@code conversations}, {@code interactions}, {@code plugin-calls}, {@code plugin-resources} or
     *     {@code users}
     * @return copies of the records the fake serves, in serving order
     * @throws IllegalArgumentException for another entity
     */
    public List<JsonNode> records(String entity) {
        List<ObjectNode> list = records.get(entity);
        if (list == null) {
            throw new IllegalArgumentException("entity must be one of " + MoveworksDataset.ENTITIES + ", was " + entity);
        }
        List<JsonNode> copies = new ArrayList<>(list.size());
        list.forEach(r -> copies.add(r.deepCopy()));
        return copies;
    }

    /** @return the records' page size */
    public int pageSize() {
        return pageSize;
    }

    /** @return the base URL and page size; never a credential */
    @Override
    public String toString() {
        return "FakeMoveworksDataApi[" + baseUrl() + ", pageSize=" + pageSize + "]";
    }

    // ---------------------------------------------------------------- handlers

    private FakeResponse token(FakeRequest r) {
        tokenRequests.incrementAndGet();
        JsonNode body;
        try {
            body = TestJson.parse(r.bodyUtf8());
        } catch (IllegalArgumentException e) {
            return FakeResponse.json(400, TestJson.object("error", "invalid_request", "error_description", "the body must be JSON"));
        }
        if (!"client_credentials".equals(body.path("grant_type").asText())) {
            return FakeResponse.json(400, TestJson.object("error", "unsupported_grant_type",
                    "error_description", "grant_type must be client_credentials"));
        }
        if (!clientId.equals(body.path("client_id").asText()) || !clientSecret.equals(body.path("client_secret").asText())) {
            return FakeResponse.json(401, TestJson.object("error", "invalid_client", "error_description", "client authentication failed"));
        }
        String token = "fake-mw-token-" + tokensIssued.incrementAndGet();
        issued.add(token);
        return FakeResponse.json(TestJson.object("access_token", token, "token_type", "Bearer",
                "expires_in", TOKEN_LIFETIME_SECONDS));
    }

    private FakeResponse list(FakeRequest r) {
        FakeResponse problem = check(r);
        if (problem != null) {
            return problem;
        }
        String version = r.pathParam("version");
        String entity = r.pathParam("entity");
        try {
            ListingOptions options = ListingOptions.of(r);
            List<JsonNode> all = options.apply(records.get(entity), MoveworksDataset.FIELDS.get(entity), entity);
            int from = Math.min(options.offset(), all.size());
            int to = Math.min(all.size(), from + pageSize);
            ArrayNode value = JsonNodeFactory.instance.arrayNode();
            all.subList(from, to).forEach(value::add);
            ObjectNode page = JsonNodeFactory.instance.objectNode();
            page.put("@odata.context", baseUrl() + "/export/" + version + "/records/$metadata#" + entity);
            page.set("value", value);
            if (to < all.size()) {
                page.put("@odata.nextLink", baseUrl() + "/export/" + version + "/records/" + entity + "?$skiptoken="
                        + options.tokenAt(to));
            }
            return FakeResponse.json(page);
        } catch (ODataFilter.BadRequest e) {
            return FakeResponse.json(400, error("BadRequest", e.getMessage()));
        }
    }

    private FakeResponse count(FakeRequest r) {
        if (!"$count".equals(r.pathParam("operation"))) {
            return FakeResponse.json(404, error("NotFound", "No such resource: " + r.path()));
        }
        FakeResponse problem = check(r);
        if (problem != null) {
            return problem;
        }
        String entity = r.pathParam("entity");
        try {
            String filter = r.query("$filter");
            long n = filter == null ? records.get(entity).size()
                    : records.get(entity).stream().filter(ODataFilter.parse(filter, MoveworksDataset.FIELDS.get(entity), entity)).count();
            return FakeResponse.text(200, "text/plain; charset=utf-8", Long.toString(n));
        } catch (ODataFilter.BadRequest e) {
            return FakeResponse.json(400, error("BadRequest", e.getMessage()));
        }
    }

    /** @return a 404 answer for an unknown version or entity, or {@code null} when the request may be served */
    private FakeResponse check(FakeRequest r) {
        if (!VERSIONS.contains(r.pathParam("version")) || !records.containsKey(r.pathParam("entity"))) {
            return FakeResponse.json(404, error("NotFound", "No such resource: " + r.path()));
        }
        return null;
    }

    private static ObjectNode error(String code, String message) {
        return TestJson.object("error", TestJson.object("code", code, "message", message));
    }

    /** Configures a {@link FakeMoveworksDataApi}; not thread-safe. */
    public static final class Builder {
        private int conversations = 40;
        private int users = 12;
        private int pageSize = 25;
        private Instant start = Instant.parse("2026-04-01T00:00:00Z");
        private String apiKey = DEFAULT_API_KEY;
        private String clientId = DEFAULT_CLIENT_ID;
        private String clientSecret = DEFAULT_CLIENT_SECRET;

        private Builder() {
        }

        /**
         * @param count how many conversations to generate, 0 to 100000 (interactions, plugin calls and resources
         *     follow from them); 40 by default, two cycles of 20 covering every kind
         * @return this builder
         */
        public Builder conversations(int count) {
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("conversations must be between 0 and 100000, was " + count);
            }
            this.conversations = count;
            return this;
        }

        /**
         * @param count how many users, 1 to 100000; 12 by default
         * @return this builder
         */
        public Builder users(int count) {
            if (count < 1 || count > 100_000) {
                throw new IllegalArgumentException("users must be between 1 and 100000, was " + count);
            }
            this.users = count;
            return this;
        }

        /**
         * @param size records per page, 1 to 10000; 25 by default
         * @return this builder
         */
        public Builder pageSize(int size) {
            if (size < 1 || size > 10_000) {
                throw new IllegalArgumentException("pageSize must be between 1 and 10000, was " + size);
            }
            this.pageSize = size;
            return this;
        }

        /**
         * @param start the first conversation's creation time; 2026-04-01T00:00:00Z by default
         * @return this builder
         */
        public Builder startTime(Instant start) {
            this.start = Objects.requireNonNull(start, "start");
            return this;
        }

        /**
         * @param key the API key to accept instead of {@link #DEFAULT_API_KEY}
         * @return this builder
         */
        public Builder apiKey(String key) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("key must not be blank");
            }
            this.apiKey = key;
            return this;
        }

        /**
         * @param id the client id to accept
         * @param secret the client secret to accept
         * @return this builder
         */
        public Builder clientCredentials(String id, String secret) {
            if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("id and secret must not be blank");
            }
            this.clientId = id;
            this.clientSecret = secret;
            return this;
        }

        /** @return the running fake; close it when done */
        public FakeMoveworksDataApi start() {
            return new FakeMoveworksDataApi(this, FakeServer.start(), true);
        }

        /**
         * @param server a running server to add the routes to; closing the fake leaves it running
         * @return the fake
         */
        public FakeMoveworksDataApi on(FakeServer server) {
            return new FakeMoveworksDataApi(this, Objects.requireNonNull(server, "server"), false);
        }
    }
}
