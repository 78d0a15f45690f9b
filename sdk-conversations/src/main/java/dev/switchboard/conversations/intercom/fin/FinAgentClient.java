package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.IntercomRegion;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.ClientBuilder;
import dev.switchboard.core.http.HttpMethod;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Intercom's Fin Agent API ("Fin over API", a closed beta in 2.14): run Fin inside your own chat product. Start Fin
 * on a user's message with {@link #start}, pass the user's answers with {@link #reply}, follow what Fin does through
 * the turn's event stream ({@link #events}) or by webhook (sdk-webhooks decodes those into the same
 * {@link FinEvent} types), and record the user's rating with {@link #csat}.
 *
 * <pre>{@code
 * try (FinAgentClient fin = FinAgentClient.builder().accessToken(System.getenv("INTERCOM_TOKEN")).build()) {
 *     FinConversation turn = fin.start(FinStartRequest.builder("ext-123",
 *             FinMessage.user("How can I see my account details?", Instant.now()), FinUser.of("123456")).build());
 *     try (FinEventStream events = fin.events(turn)) {
 *         for (FinEvent e : events) { ... }         // ends when Fin awaits the user or is complete
 *     }
 * }
 * }</pre>
 *
 * <p>Requests carry {@code Authorization: Bearer} and {@code Intercom-Version} ({@value IntercomConnection#DEFAULT_VERSION}
 * unless changed) and go through sdk-core's transport: deadline, retries and error mapping. {@code /fin/start} and
 * {@code /fin/reply} are POSTs and are retried only where nothing was processed (a 429, or a connection that
 * failed before sending); {@code /fin/csat} is documented idempotent — the same rating again is a no-op — so it is
 * marked retry-safe and retried like a GET. The event stream is fetched without the Intercom token (its URL carries
 * its own), and its URL is never logged nor put in a message: stream requests share the pool of a caller's
 * {@link OkHttpClient} but skip its interceptors.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.AuthenticationException} for a
 * bad token, {@link dev.switchboard.core.ValidationException} (400, 422) with Intercom's messages, other
 * {@link dev.switchboard.core.ApiException}s, {@link dev.switchboard.core.TransportException} when no answer came,
 * and {@link IllegalArgumentException} for arguments rejected before anything is sent. Immutable and thread-safe.
 */
public final class FinAgentClient implements AutoCloseable {
    private final IntercomConnection connection;
    private final boolean ownsConnection;
    private final Transport transport;
    private final OkHttpClient streamClient;
    private final boolean ownsStreamClient;

    private FinAgentClient(IntercomConnection connection, boolean ownsConnection) {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.transport = connection.transport();
        OkHttpClient given = transport.config().okHttpClient();
        this.ownsStreamClient = given == null;
        OkHttpClient.Builder stream = given != null ? given.newBuilder() : new OkHttpClient.Builder();
        // The stream URL carries its token in the query: none of the caller's interceptors (a logging one, say)
        // gets to see it.
        stream.interceptors().clear();
        stream.networkInterceptors().clear();
        this.streamClient = stream
                .connectTimeout(transport.config().connectTimeout())
                .readTimeout(FinStreamOptions.DEFAULT_READ_TIMEOUT)
                .callTimeout(Duration.ZERO)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * @param connection an Intercom connection to share (it is not closed by {@link #close()})
     * @return a client on that connection
     */
    public static FinAgentClient of(IntercomConnection connection) {
        return new FinAgentClient(Objects.requireNonNull(connection, "connection"), false);
    }

    /** @return a builder; an access token is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code POST /fin/start}: hands the user's message (with history and attributes) to Fin.
     *
     * @param request the request
     * @return Fin's status ({@code thinking}), refused attributes and the event stream URL
     * @throws dev.switchboard.core.ValidationException for a 400 (for example a missing field)
     */
    public FinConversation start(FinStartRequest request) {
        return start(request, RequestOptions.none());
    }

    /**
     * @param request the request
     * @param options per-request settings, for example {@link IntercomConnection#version(String)}
     * @return as {@link #start(FinStartRequest)}
     */
    public FinConversation start(FinStartRequest request, RequestOptions options) {
        return transport.execute(post("/fin/start", Objects.requireNonNull(request, "request"), options, false),
                FinConversation.class);
    }

    /**
     * @param request the request
     * @return completes as {@link #start(FinStartRequest)}, never blocking a thread
     */
    public CompletableFuture<FinConversation> startAsync(FinStartRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request is required"));
        }
        return transport.executeAsync(post("/fin/start", request, RequestOptions.none(), false), FinConversation.class);
    }

    /**
     * {@code POST /fin/reply}: passes the user's answer to Fin (after {@code awaiting_user_reply}).
     *
     * @param request the request
     * @return Fin's status and this turn's event stream URL
     * @throws dev.switchboard.core.ValidationException for a 400
     */
    public FinConversation reply(FinReplyRequest request) {
        return reply(request, RequestOptions.none());
    }

    /**
     * @param request the request
     * @param options per-request settings
     * @return as {@link #reply(FinReplyRequest)}
     */
    public FinConversation reply(FinReplyRequest request, RequestOptions options) {
        return transport.execute(post("/fin/reply", Objects.requireNonNull(request, "request"), options, false),
                FinConversation.class);
    }

    /**
     * @param request the request
     * @return completes as {@link #reply(FinReplyRequest)}
     */
    public CompletableFuture<FinConversation> replyAsync(FinReplyRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request is required"));
        }
        return transport.executeAsync(post("/fin/reply", request, RequestOptions.none(), false), FinConversation.class);
    }

    /**
     * {@code POST /fin/csat}: records the user's rating. Retried on 5xx, 429 and I/O failures like a GET, because
     * Intercom documents that submitting the same rating again is a no-op.
     *
     * @param request the rating
     * @return the rating recorded
     * @throws dev.switchboard.core.ValidationException for a 422: no such conversation, no survey requested, window
     *     closed, rating locked by a remark, or an unsupported rating (Intercom's {@code errors} as details)
     */
    public FinCsatResult csat(FinCsatRequest request) {
        return csat(request, RequestOptions.none());
    }

    /**
     * @param request the rating
     * @param options per-request settings
     * @return as {@link #csat(FinCsatRequest)}
     */
    public FinCsatResult csat(FinCsatRequest request, RequestOptions options) {
        return transport.execute(post("/fin/csat", Objects.requireNonNull(request, "request"), options, true),
                FinCsatResult.class);
    }

    /**
     * @param request the rating
     * @return completes as {@link #csat(FinCsatRequest)}
     */
    public CompletableFuture<FinCsatResult> csatAsync(FinCsatRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("request is required"));
        }
        return transport.executeAsync(post("/fin/csat", request, RequestOptions.none(), true), FinCsatResult.class);
    }

    private static ApiRequest post(String path, Object body, RequestOptions options, boolean retrySafe) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.POST, path).jsonBody(body)
                .options(Objects.requireNonNull(options, "options"));
        if (retrySafe) {
            b.retrySafe();
        }
        return b.build();
    }

    /**
     * The event stream of a turn, with the default options; nothing is fetched until it is iterated or listened to.
     *
     * @param turn the answer of {@link #start} or {@link #reply}
     * @return the stream
     * @throws IllegalArgumentException if the answer has no {@code sse_subscription_url} (SSE not enabled)
     * @throws dev.switchboard.core.DecodeException if the URL is malformed
     */
    public FinEventStream events(FinConversation turn) {
        return events(turn, FinStreamOptions.defaults());
    }

    /**
     * @param turn the answer of {@link #start} or {@link #reply}
     * @param options deadline, CSAT expectation, reconnects
     * @return the stream
     * @throws IllegalArgumentException if the answer has no {@code sse_subscription_url}
     */
    public FinEventStream events(FinConversation turn, FinStreamOptions options) {
        URI url = Objects.requireNonNull(turn, "turn").sseSubscriptionUrl();
        if (url == null) {
            throw new IllegalArgumentException("turn has no sse_subscription_url: SSE is not enabled for this app");
        }
        return events(url, options);
    }

    /**
     * @param sseSubscriptionUrl a turn's {@code sse_subscription_url}
     * @param options deadline, CSAT expectation, reconnects
     * @return the stream
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     */
    public FinEventStream events(URI sseSubscriptionUrl, FinStreamOptions options) {
        Objects.requireNonNull(sseSubscriptionUrl, "sseSubscriptionUrl");
        String scheme = sseSubscriptionUrl.getScheme();
        if (!sseSubscriptionUrl.isAbsolute() || sseSubscriptionUrl.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("sseSubscriptionUrl must be an absolute http or https URL");
        }
        return new FinEventStream(streamClient, sseSubscriptionUrl, Objects.requireNonNull(options, "options"),
                transport.config().clock(), transport.config().sleeper());
    }

    /** @return the connection this client sends through */
    public IntercomConnection connection() {
        return connection;
    }

    /** Closes the connection if this client built it, and releases the stream client's pool. */
    @Override
    public void close() {
        if (ownsStreamClient) {
            streamClient.dispatcher().executorService().shutdown();
            streamClient.connectionPool().evictAll();
        }
        if (ownsConnection) {
            connection.close();
        }
    }

    @Override
    public String toString() {
        return "FinAgentClient{" + connection + "}";
    }

    /**
     * Builds a {@link FinAgentClient} with its own {@link IntercomConnection}: access token, region or base URL,
     * {@code Intercom-Version}, and every sdk-core setting (clock, sleeper, retry policy, deadline, timeouts).
     * Not thread-safe.
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private final IntercomConnection.Builder connection = IntercomConnection.builder();
        private boolean tokenSet;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * @param token the workspace's access token
         * @return this builder
         * @throws IllegalArgumentException if blank or holding control characters (never echoed)
         */
        public Builder accessToken(String token) {
            connection.accessToken(token);
            tokenSet = true;
            return this;
        }

        /**
         * @param token asked before every attempt, for tokens the caller rotates
         * @return this builder
         */
        public Builder accessToken(Supplier<String> token) {
            connection.accessToken(token);
            tokenSet = true;
            return this;
        }

        /**
         * @param region the workspace's region
         * @return this builder
         */
        public Builder region(IntercomRegion region) {
            connection.region(region);
            return this;
        }

        /**
         * @param url a custom API root (a proxy, or {@code FakeFin} in tests)
         * @return this builder
         */
        public Builder baseUrl(String url) {
            connection.baseUrl(url);
            return this;
        }

        /**
         * @param version the {@code Intercom-Version} to send
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder version(String version) {
            connection.version(version);
            return this;
        }

        /**
         * @return the client; {@link FinAgentClient#close()} closes its connection
         * @throws IllegalStateException if no access token was given
         */
        public FinAgentClient build() {
            if (!tokenSet) {
                throw new IllegalStateException("an Intercom access token is required: call accessToken(...)");
            }
            return new FinAgentClient(connection.configure(this::applyTo).build(), true);
        }
    }
}
