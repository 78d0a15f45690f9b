package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.FakeApi;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Faults;
import dev.switchboard.testkit.Handler;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful fake of Intercom's REST API 2.14, every resource the SDK covers on one {@link FakeServer} and one
 * token. Point a client (or the {@code Intercom} root) at {@link #baseUrl()} with {@link #token()} and it behaves
 * like a small Intercom workspace. Calls, conversations and messages are this class's own routes; the other
 * resources are parts mounted on the same server at start (each a {@link FakeIntercomPart}, or {@link FakeFin}),
 * reachable for their seeds and knobs: {@link #tickets()}, {@link #knowledge()} (internal articles, news),
 * {@link #reporting()}, {@link #admins()}, {@link #companies()}, {@link #tags()}, {@link #directory()} (segments,
 * teams), {@link #contacts()} (and notes), {@link #articles()} (and the Help Center), {@link #aiContent()},
 * {@link #dataModel()} (data attributes, events), {@link #dataExport()}, {@link #customObjects()},
 * {@link #workspace()} (visitors, IP allowlist, subscription types, phone redirects) and {@link #fin()}.
 *
 * <ul>
 *   <li><b>Calls</b>: generated calls in page-number pages of at most 25 ({@code GET /calls?page&per_page}); the
 *       recording answers {@code 302} to a signed URL on a <em>different</em> host and port (a second
 *       {@link FakeServer}, {@link #recordingServer()}, that records whatever reaches it); transcripts are
 *       {@code text/plain}, or {@code [{}]} for calls without one; {@code POST /calls/search} by conversation ids
 *       (1 to 20).</li>
 *   <li><b>Conversations</b>: generated conversations with parts, AI-agent authored parts and quick-reply metadata;
 *       {@code GET /conversations} pages with a cursor in the query, {@code POST /conversations/search} evaluates the
 *       search DSL ({@code = != IN NIN > >= < <= ~ !~ ^ $}, nested {@code AND}/{@code OR}) and pages with a cursor in
 *       the body; updates store {@code read}, {@code title}, {@code custom_attributes} and {@code company_id}
 *       (an explicit {@code null} removes the company); replies append a part.</li>
 *   <li><b>Messages</b>: {@code POST /messages} is checked, recorded and answered with a {@code message}.</li>
 *   <li>Every request needs {@code Authorization: Bearer <token>}, else {@code 401} with an {@code error.list}
 *       body. Every response of these endpoints carries {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining}
 *       and {@code X-RateLimit-Reset} (10-second windows on the fake's clock); a {@code 429} comes only when asked
 *       for with {@link #faults()}. Each request's {@code Intercom-Version} is kept ({@link #versions()}).</li>
 *   <li>Errors are Intercom's {@code error.list} with a {@code request_id}.</li>
 *   <li>Paths no part serves get the {@link FakeServer}'s plain 404.</li>
 * </ul>
 *
 * <pre>{@code
 * try (FakeIntercom intercom = FakeIntercom.builder().calls(60).conversations(45).start()) {
 *     // ... client under test against intercom.baseUrl() with intercom.token() ...
 *     assertEquals(0, intercom.recordingServer().requestCount());
 * }
 * }</pre>
 *
 * <p>Thread-safe. The generated data is the same on every start.
 */
public final class FakeIntercom extends FakeApi<IntercomFaults> {
    /** The token the fake accepts unless another is configured. */
    public static final String DEFAULT_TOKEN = "sandbox-intercom-token";
    /** Requests allowed per rate-limit window, as reported in {@code X-RateLimit-Limit}. */
    public static final int DEFAULT_RATE_LIMIT = 167;
    /** The length of a rate-limit window, in seconds. */
    public static final long WINDOW_SECONDS = 10;

    private final FakeServer recordings;
    private final String token;
    private final RateLimitWindow window;
    private final FakeIntercomState state;
    private final FakeErrors errors = new FakeErrors();
    private final FakeIntercomParts parts;

    /** Registers a route of the fake; its handler is wrapped with the token check and the rate-limit headers. */
    interface Router {
        void route(String method, String path, Handler handler);
    }

    private FakeIntercom(Builder b) {
        super(FakeServer.start(), true);
        this.token = b.token;
        this.window = new RateLimitWindow(b.clock, b.rateLimit);
        FakeServer server = server();
        FakeServer recordingServer = null;
        try {
            recordingServer = FakeServer.start();
            recordingServer.route("*", "/recordings/{file}", r -> FakeResponse.bytes(200, "audio/mpeg",
                    CallRoutes.recordingBytes(r.path())));
            this.recordings = recordingServer;
            this.state = new FakeIntercomState(b.clock, b.calls, b.conversations, server.baseUrl());
            Router router = this::route;
            new CallRoutes(state, recordings).register(router);
            new ConversationRoutes(state).register(router);
            new MessageRoutes(state).register(router);
            this.parts = new FakeIntercomParts(server, token, b.clock, state);
        } catch (RuntimeException e) {
            server.close();
            if (recordingServer != null) {
                recordingServer.close();
            }
            throw e;
        }
    }

    /** @return a started fake with the defaults: {@value #DEFAULT_TOKEN}, 60 calls, 45 conversations */
    public static FakeIntercom start() {
        return builder().start();
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected FakeResponse answer(FakeRequest req, Handler handler) throws Exception {
        FakeResponse response;
        if (!("Bearer " + token).equals(req.header("Authorization"))) {
            response = errors.response(401, "unauthorized", "Access Token Invalid", null);
        } else {
            try {
                response = handler.handle(req);
            } catch (FakeErrors.Failure f) {
                response = errors.response(f);
            }
        }
        return withRateLimit(response);
    }

    @Override
    protected IntercomFaults faults(Faults queue) {
        return new IntercomFaults(queue, this);
    }

    /** @return the response with the current window's {@code X-RateLimit-*} headers, counting it in the window */
    FakeResponse withRateLimit(FakeResponse response) {
        return window.headers(response, true);
    }

    /** @return the response with the current window's headers, counted when the server sends it (a queued fault) */
    FakeResponse withRateLimit(FakeResponse response, boolean count) {
        return window.headers(response, count);
    }

    FakeErrors errors() {
        return errors;
    }

    int rateLimitPerWindow() {
        return window.perWindow();
    }

    /** @return when the current rate-limit window ends, on the fake's clock */
    public Instant rateLimitReset() {
        return window.reset();
    }

    /** @return the tickets, ticket types, ticket states and jobs on this fake's server and token */
    public FakeIntercomTickets tickets() {
        return parts.tickets;
    }

    /** @return the internal articles and news items on this fake's server and token */
    public FakeIntercomKnowledge knowledge() {
        return parts.knowledge;
    }

    /** @return the reporting data export on this fake's server and token */
    public FakeIntercomReporting reporting() {
        return parts.reporting;
    }

    /** @return the admins' away status, away reasons and activity logs on this fake's server and token */
    public FakeIntercomAdmins admins() {
        return parts.admins;
    }

    /**
     * @return Fin over the API ({@code /fin/start}, {@code /fin/reply}, {@code /fin/csat} and their event stream) on
     *     this fake's server and token
     */
    public FakeFin fin() {
        return parts.fin;
    }

    /** @return the companies, their contacts and the scroll on this fake's server and token */
    public FakeIntercomCompanies companies() {
        return parts.companies;
    }

    /** @return the workspace's tags on this fake's server and token (tagging this fake's companies and conversations) */
    public FakeIntercomTags tags() {
        return parts.tags;
    }

    /** @return the segments and teams on this fake's server and token */
    public FakeIntercomDirectory directory() {
        return parts.directory;
    }

    /** @return the contacts, with their tags, subscriptions, companies, segments and notes, on this fake's server */
    public FakeIntercomContacts contacts() {
        return parts.contacts;
    }

    /** @return the Help Center's articles, collections and Help Centers on this fake's server and token */
    public FakeIntercomArticles articles() {
        return parts.articles;
    }

    /** @return the AI Content's content import sources and external pages on this fake's server and token */
    public FakeIntercomAiContent aiContent() {
        return parts.aiContent;
    }

    /** @return the data attributes and data events on this fake's server and token */
    public FakeIntercomDataModel dataModel() {
        return parts.dataModel;
    }

    /** @return the content data export on this fake's server and token */
    public FakeIntercomDataExport dataExport() {
        return parts.dataExport;
    }

    /** @return the custom object instances on this fake's server and token */
    public FakeIntercomCustomObjects customObjects() {
        return parts.customObjects;
    }

    /** @return the visitors, IP allowlist, subscription types and phone call redirects on this fake's server and token */
    public FakeIntercomWorkspace workspace() {
        return parts.workspace;
    }

    /** @return the access token the fake accepts */
    public String token() {
        return token;
    }

    /**
     * @return the server that hosts the recordings the {@code 302}s point to; it records every request, so a test
     *     can check that nothing (and no token) reached it
     */
    public FakeServer recordingServer() {
        return recordings;
    }

    /** @return the {@code Intercom-Version} of every request received, oldest first ({@code null} when absent) */
    public List<String> versions() {
        List<String> versions = new ArrayList<>();
        for (FakeRequest r : requests()) {
            versions.add(r.header("Intercom-Version"));
        }
        return versions;
    }

    /** @return the ids of the calls, in list order */
    public List<String> callIds() {
        synchronized (state.lock) {
            List<String> ids = new ArrayList<>();
            state.calls.forEach(c -> ids.add(c.path("id").asText()));
            return ids;
        }
    }

    /** @return the ids of the conversations, in list order */
    public List<String> conversationIds() {
        synchronized (state.lock) {
            return List.copyOf(state.conversations.keySet());
        }
    }

    /**
     * @param callId a call id
     * @return a copy of the call as the API serves it
     */
    public Optional<JsonNode> call(String callId) {
        synchronized (state.lock) {
            Integer j = state.callNumbers.get(callId);
            return j == null ? Optional.empty() : Optional.of(state.calls.get(j - 1).deepCopy());
        }
    }

    /**
     * @param conversationId a conversation id
     * @return a copy of the conversation as the API serves it, parts included
     */
    public Optional<JsonNode> conversation(String conversationId) {
        synchronized (state.lock) {
            JsonNode c = state.conversations.get(conversationId);
            return c == null ? Optional.empty() : Optional.of(c.deepCopy());
        }
    }

    /**
     * @param conversationId a conversation id
     * @return the company the conversation is associated with; empty when none (or cleared with {@code null})
     */
    public Optional<String> companyId(String conversationId) {
        synchronized (state.lock) {
            return Optional.ofNullable(state.companies.get(conversationId));
        }
    }

    /**
     * @param conversationId a conversation id
     * @return the body of the latest successful update of that conversation, exactly as received
     */
    public Optional<JsonNode> lastUpdate(String conversationId) {
        synchronized (state.lock) {
            JsonNode u = state.lastUpdates.get(conversationId);
            return u == null ? Optional.empty() : Optional.of(u.deepCopy());
        }
    }

    /** @return the bodies of the messages created, oldest first, exactly as received */
    public List<JsonNode> messages() {
        synchronized (state.lock) {
            List<JsonNode> copies = new ArrayList<>();
            state.messageRequests.forEach(m -> copies.add(m.deepCopy()));
            return copies;
        }
    }

    /** Stops both servers. */
    @Override
    public void close() {
        try {
            super.close();
        } finally {
            recordings.close();
        }
    }

    /** @return the API's and the recording host's URLs; never the token */
    @Override
    public String toString() {
        return "FakeIntercom[" + baseUrl() + ", recordings " + recordings.baseUrl() + "]";
    }

    /** Configures a {@link FakeIntercom}; not thread-safe. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private int calls = 60;
        private int conversations = 45;
        private Clock clock = Clock.systemUTC();
        private int rateLimit = DEFAULT_RATE_LIMIT;

        private Builder() {
        }

        /**
         * @param token the access token to accept
         * @return this builder
         */
        public Builder token(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.token = token;
            return this;
        }

        /**
         * @param count how many calls to generate, 0 or more
         * @return this builder
         */
        public Builder calls(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("calls must not be negative: " + count);
            }
            this.calls = count;
            return this;
        }

        /**
         * @param count how many conversations to generate, 0 or more
         * @return this builder
         */
        public Builder conversations(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("conversations must not be negative: " + count);
            }
            this.conversations = count;
            return this;
        }

        /**
         * @param clock the time of updates, replies and rate-limit windows (a {@code ManualClock} in tests)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param perWindow the {@code X-RateLimit-Limit} reported per 10-second window, at least 1
         * @return this builder
         */
        public Builder rateLimit(int perWindow) {
            if (perWindow < 1) {
                throw new IllegalArgumentException("rateLimit must be at least 1: " + perWindow);
            }
            this.rateLimit = perWindow;
            return this;
        }

        /** @return the started fake; close it when done */
        public FakeIntercom start() {
            return new FakeIntercom(this);
        }
    }
}
