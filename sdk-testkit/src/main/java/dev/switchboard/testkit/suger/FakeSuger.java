package dev.switchboard.testkit.suger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;
import dev.switchboard.testkit.TestJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A stateful fake of Suger's notification API on a {@link FakeServer}, for tests and the offline sandbox.
 *
 * <ul>
 *   <li>{@code GET /org/{orgId}/notificationEvent}: {@code startDate} / {@code endDate} ({@code yyyy-MM-dd}, UTC;
 *       default the 30 days up to today by the fake's clock), {@code priorities} (comma-separated; <b>absent or empty
 *       means HIGH and CRITICAL only</b>, the server's current default, so a client that forgets it sees fewer
 *       events), {@code message} (case-insensitive substring), {@code limit} (1 to 1000, default 1000) and
 *       {@code offset}. Pages carry {@code nextOffset} ({@code null} on the last page) and {@code totalCount} only
 *       at offset 0.</li>
 *   <li>{@code GET /org/{orgId}/notificationEvent/{entityType}/{entityId}},
 *       {@code GET /org/{orgId}/notificationMessage} and {@code GET /org/{orgId}/notificationMessage/{id}}.</li>
 *   <li>{@code POST /public/apiClient/accessToken} ({@code {organizationID, id, secret}}) issues legacy bearer
 *       tokens valid for {@link #TOKEN_LIFETIME} by the fake's clock.</li>
 *   <li>Every other route needs {@code Authorization: Key <apiKey>} or {@code Bearer <issued token>}; errors are JSON
 *       strings, as Suger's are.</li>
 * </ul>
 *
 * <p>The seeded events drift as real ones do: {@code ""} and unknown enum values, a removed action, Go's zero time,
 * {@code null} lists and a field no spec has; {@link #event(String)} returns an event exactly as served.
 *
 * <pre>{@code
 * try (FakeSuger suger = FakeSuger.builder().clock(clock).events(250).start()) {
 *     // point the client at suger.baseUrl() with FakeSuger.API_KEY and FakeSuger.ORGANIZATION_ID
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FakeSuger extends FakeApi<Faults> {
    /** The API key the fake accepts unless built with another. */
    public static final String API_KEY = "sandbox-suger-key-0123456789";
    /** The organization the fake serves unless built with another. */
    public static final String ORGANIZATION_ID = "org-sandbox";
    /** The legacy API client id the token endpoint accepts. */
    public static final String API_CLIENT_ID = "apiclient-sandbox";
    /** The legacy API client secret the token endpoint accepts. */
    public static final String API_CLIENT_SECRET = "sandbox-client-secret-abcdef";
    /** How long an issued bearer token is valid. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    /** The token endpoint. */
    public static final String TOKEN_PATH = "/public/apiClient/accessToken";
    /** The largest page the fake serves. */
    public static final int MAX_LIMIT = 1000;
    /** The priorities served when {@code priorities} is absent or empty. */
    public static final List<String> DEFAULT_PRIORITIES = List.of("HIGH", "CRITICAL");

    private static final List<String> VALID_PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Clock clock;
    private final String apiKey;
    private final String organizationId;
    private final Object lock = new Object();
    private final List<ObjectNode> events;
    private final List<ObjectNode> messages;
    private final Map<String, Instant> tokens = new LinkedHashMap<>();
    private int tokenRequests;

    private FakeSuger(Builder b, FakeServer server, boolean ownsServer) {
        super(server, ownsServer);
        this.clock = b.clock;
        this.apiKey = b.apiKey;
        this.organizationId = b.organizationId;
        this.events = new ArrayList<>(SugerSeed.events(b.events, clock.instant(), organizationId));
        this.messages = new ArrayList<>(SugerSeed.messages(b.messages, clock.instant(), organizationId));
        server.route("POST", TOKEN_PATH, this::token); // the token exchange authenticates with its body
        route("GET", "/org/{orgId}/notificationEvent", this::listEvents);
        route("GET", "/org/{orgId}/notificationEvent/{entityType}/{entityId}", this::listByEntity);
        route("GET", "/org/{orgId}/notificationMessage", this::listMessages);
        route("GET", "/org/{orgId}/notificationMessage/{id}", this::getMessage);
    }

    /** @return a fake on the system clock with the default data: 240 events over 45 days and 37 messages */
    public static FakeSuger start() {
        return builder().start();
    }

    /**
     * Adds Suger's notification routes, with the default data, to a running server.
     *
     * @param server the server; closing the fake leaves it running
     * @param apiKey the API key to accept ({@code Authorization: Key <apiKey>})
     * @return the fake
     */
    public static FakeSuger on(FakeServer server, String apiKey) {
        return builder().apiKey(apiKey).on(server);
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the API key the fake accepts */
    public String apiKey() {
        return apiKey;
    }

    /** @return the organization the fake serves */
    public String organizationId() {
        return organizationId;
    }

    /** @return every event, newest first, as served (copies) */
    public List<ObjectNode> events() {
        synchronized (lock) {
            return events.stream().map(ObjectNode::deepCopy).toList();
        }
    }

    /**
     * @param eventId an {@code eventID}
     * @return that event as served (a copy), or {@code null}
     */
    public ObjectNode event(String eventId) {
        synchronized (lock) {
            return events.stream().filter(e -> e.path("eventID").asText().equals(eventId)).findFirst()
                    .map(ObjectNode::deepCopy).orElse(null);
        }
    }

    /**
     * Adds an event, served in the position its {@code timestamp} gives it (newest first).
     *
     * @param event the event, written as the server would
     */
    public void addEvent(ObjectNode event) {
        synchronized (lock) {
            events.add(event.deepCopy());
            events.sort((a, b) -> SugerWire.timestamp(b).compareTo(SugerWire.timestamp(a)));
        }
    }

    /** Removes every event. */
    public void clearEvents() {
        synchronized (lock) {
            events.clear();
        }
    }

    /** @return every message, newest first, as served (copies) */
    public List<ObjectNode> messages() {
        synchronized (lock) {
            return messages.stream().map(ObjectNode::deepCopy).toList();
        }
    }

    /** @return how many token requests arrived, successful or not */
    public int tokenRequests() {
        synchronized (lock) {
            return tokenRequests;
        }
    }

    /** Revokes every issued bearer token: the next request with one is answered 401. */
    public void revokeTokens() {
        synchronized (lock) {
            tokens.clear();
        }
    }

    @Override
    public String toString() {
        return "FakeSuger[" + baseUrl() + ", organization " + organizationId + "]";
    }

    // ---------------------------------------------------------------- routes

    private FakeResponse token(FakeRequest r) {
        JsonNode body;
        try {
            body = r.json();
        } catch (AssertionError e) {
            return SugerWire.error(400, "the request body must be JSON with organizationID, id and secret");
        }
        synchronized (lock) {
            tokenRequests++;
            if (!organizationId.equals(body.path("organizationID").asText())
                    || !API_CLIENT_ID.equals(body.path("id").asText())
                    || !API_CLIENT_SECRET.equals(body.path("secret").asText())) {
                return SugerWire.error(401, "invalid API client credentials");
            }
            String token = "sgr-tok-" + (tokens.size() + 1) + "-" + Long.toHexString(clock.millis());
            Instant expires = clock.instant().plus(TOKEN_LIFETIME);
            tokens.put(token, expires);
            return FakeResponse.json(TestJson.object("access_token", token, "expires_in", TOKEN_LIFETIME.toSeconds(),
                    "expires_on", goTime(expires), "token_type", "Bearer"));
        }
    }

    @Override
    protected Faults faults(Faults queue) {
        return queue;
    }

    /** Accepts {@code Key <apiKey>} or an unexpired issued bearer token, for this organization only. */
    @Override
    protected FakeResponse answer(FakeRequest r, Handler route) throws Exception {
        String auth = r.header("Authorization");
        boolean ok = false;
        if (auth != null && auth.equals("Key " + apiKey)) {
            ok = true;
        } else if (auth != null && auth.startsWith("Bearer ")) {
            synchronized (lock) {
                Instant expires = tokens.get(auth.substring("Bearer ".length()));
                ok = expires != null && clock.instant().isBefore(expires);
            }
        }
        if (!ok) {
            return SugerWire.error(401, auth == null ? "missing Authorization header" : "invalid API key or token");
        }
        if (!organizationId.equals(r.pathParam("orgId"))) {
            return SugerWire.error(403, "no access to organization " + r.pathParam("orgId"));
        }
        return route.handle(r);
    }

    private FakeResponse listEvents(FakeRequest r) {
        LocalDate end;
        LocalDate start;
        try {
            end = r.query("endDate") == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                    : SugerWire.date(r, "endDate");
            start = r.query("startDate") == null ? end.minusDays(30) : SugerWire.date(r, "startDate");
        } catch (IllegalArgumentException e) {
            return SugerWire.error(400, e.getMessage());
        }
        if (end.isBefore(start)) {
            return SugerWire.error(400, "endDate must not be before startDate");
        }
        Set<String> priorities = new LinkedHashSet<>();
        String raw = r.query("priorities");
        for (String p : raw == null ? new String[0] : raw.split(",")) {
            String v = p.strip();
            if (!v.isEmpty() && !VALID_PRIORITIES.contains(v)) {
                return SugerWire.error(400, "invalid priority '" + v + "'; valid values are LOW, MEDIUM, HIGH, CRITICAL");
            }
            if (!v.isEmpty()) {
                priorities.add(v);
            }
        }
        if (priorities.isEmpty()) {
            priorities.addAll(DEFAULT_PRIORITIES);
        }
        String message = r.query("message") == null ? null : r.query("message").toLowerCase(Locale.ROOT);
        Predicate<ObjectNode> match = e -> {
            LocalDate day = LocalDate.ofInstant(SugerWire.timestamp(e), ZoneOffset.UTC);
            return !day.isBefore(start) && !day.isAfter(end) && priorities.contains(e.path("priority").asText())
                    && (message == null || e.path("message").asText().toLowerCase(Locale.ROOT).contains(message));
        };
        return SugerWire.page(r, "notificationEvents", snapshot(events, match));
    }

    private FakeResponse listByEntity(FakeRequest r) {
        String type = r.pathParam("entityType");
        String id = r.pathParam("entityId");
        return SugerWire.page(r, "notificationEvents", snapshot(events,
                e -> e.path("entityType").asText().equals(type) && e.path("entityID").asText().equals(id)));
    }

    private FakeResponse listMessages(FakeRequest r) {
        return SugerWire.page(r, "notificationMessages", snapshot(messages, m -> true));
    }

    private FakeResponse getMessage(FakeRequest r) {
        String id = r.pathParam("id");
        List<ObjectNode> found = snapshot(messages, m -> m.path("id").asText().equals(id));
        return found.isEmpty() ? SugerWire.error(404, "notification message " + id + " not found")
                : FakeResponse.json(found.get(0));
    }

    private List<ObjectNode> snapshot(List<ObjectNode> source, Predicate<ObjectNode> match) {
        synchronized (lock) {
            return source.stream().filter(match).map(ObjectNode::deepCopy).toList();
        }
    }

    /**
     * @param instant a time
     * @return it as Suger's Go server writes a {@code time.Time}: RFC 3339 in UTC, the fraction of a second trimmed of
     *     trailing zeros and left out when zero
     */
    public static String goTime(Instant instant) {
        return SugerWire.goTime(instant);
    }

    /** Configures a {@link FakeSuger}; not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String apiKey = API_KEY;
        private String organizationId = ORGANIZATION_ID;
        private int events = 240;
        private int messages = 37;

        private Builder() {
        }

        /**
         * @param clock decides "today" for the default date window, where the seeded data lies, and token expiry
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param apiKey the key to accept
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /**
         * @param organizationId the organization to serve
         * @return this builder
         */
        public Builder organizationId(String organizationId) {
            this.organizationId = Objects.requireNonNull(organizationId, "organizationId");
            return this;
        }

        /**
         * @param count how many events to seed, about one every 4.5 hours back from now (0 for none)
         * @return this builder
         */
        public Builder events(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            this.events = count;
            return this;
        }

        /**
         * @param count how many messages to seed (0 for none)
         * @return this builder
         */
        public Builder messages(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            this.messages = count;
            return this;
        }

        /** @return the running fake; close it when done */
        public FakeSuger start() {
            return new FakeSuger(this, FakeServer.start(), true);
        }

        /**
         * @param server a running server to add the routes to; closing the fake leaves it running
         * @return the fake
         */
        public FakeSuger on(FakeServer server) {
            return new FakeSuger(this, Objects.requireNonNull(server, "server"), false);
        }
    }
}
