package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * Intercom's Fin Agent API ("Fin over API", a closed beta in 2.14): run Fin inside your own chat product. Start Fin
 * on a user's message with {@link #start}, pass the user's answers with {@link #reply}, follow what Fin does through
 * the turn's event stream ({@link #events}) or by webhook (sdk-webhooks decodes those into the same
 * {@link FinEvent} types), and record the user's rating with {@link #csat}.
 *
 * <pre>{@code
 * try (Intercom intercom = Intercom.builder().fromEnv().build()) {
 *     FinAgentClient fin = intercom.fin();
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
public final class FinAgentClient implements ResourceClient<FinAgentClient> {
    private final IntercomConnection connection;
    private final Transport transport;
    private final OkHttpClient streamClient;

    /**
     * For the Intercom root ({@code intercom.fin()}).
     *
     * @param connection the connection to send through
     */
    public FinAgentClient(IntercomConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.transport = connection.transport();
        OkHttpClient.Builder stream = transport.okHttpClient().newBuilder();
        // The stream URL carries its token in the query: none of the caller's interceptors (a logging one, say)
        // gets to see it. The stream shares the transport's pool and dispatcher, which the connection releases.
        stream.interceptors().clear();
        stream.networkInterceptors().clear();
        this.streamClient = stream
                .connectTimeout(transport.config().timeouts().connect().orElseThrow())
                .readTimeout(FinStreamOptions.DEFAULT_READ_TIMEOUT)
                .callTimeout(Duration.ZERO)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    private FinAgentClient(FinAgentClient base, Transport transport) {
        this.connection = base.connection;
        this.transport = transport;
        this.streamClient = base.streamClient;
    }

    @Override
    public FinAgentClient withOptions(RequestOptions options) {
        return new FinAgentClient(this, transport.withOptions(options));
    }

    /**
     * {@code POST /fin/start}: hands the user's message (with history and attributes) to Fin.
     *
     * @param request the request
     * @return Fin's status ({@code thinking}), refused attributes and the event stream URL
     * @throws dev.switchboard.core.ValidationException for a 400 (for example a missing field)
     */
    public FinConversation start(FinStartRequest request) {
        return transport.execute(post("/fin/start", Objects.requireNonNull(request, "request"), false),
                FinConversation.class);
    }

    /**
     * @param request the request
     * @return completes as {@link #start(FinStartRequest)}, never blocking a thread
     */
    public CompletableFuture<FinConversation> startAsync(FinStartRequest request) {
        return Futures.start(() -> transport.executeAsync(post("/fin/start", Objects.requireNonNull(request, "request"), false),
                FinConversation.class));
    }

    /**
     * {@code POST /fin/reply}: passes the user's answer to Fin (after {@code awaiting_user_reply}).
     *
     * @param request the request
     * @return Fin's status and this turn's event stream URL
     * @throws dev.switchboard.core.ValidationException for a 400
     */
    public FinConversation reply(FinReplyRequest request) {
        return transport.execute(post("/fin/reply", Objects.requireNonNull(request, "request"), false),
                FinConversation.class);
    }

    /**
     * @param request the request
     * @return completes as {@link #reply(FinReplyRequest)}
     */
    public CompletableFuture<FinConversation> replyAsync(FinReplyRequest request) {
        return Futures.start(() -> transport.executeAsync(post("/fin/reply", Objects.requireNonNull(request, "request"), false),
                FinConversation.class));
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
        return transport.execute(post("/fin/csat", Objects.requireNonNull(request, "request"), true),
                FinCsatResult.class);
    }

    /**
     * @param request the rating
     * @return completes as {@link #csat(FinCsatRequest)}
     */
    public CompletableFuture<FinCsatResult> csatAsync(FinCsatRequest request) {
        return Futures.start(() -> transport.executeAsync(post("/fin/csat", Objects.requireNonNull(request, "request"), true),
                FinCsatResult.class));
    }

    private static ApiRequest post(String path, Object body, boolean retrySafe) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.POST, path).jsonBody(body);
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
     * @see #events(FinConversation, FinStreamOptions)
     * @see #events(URI, FinStreamOptions)
     */
    public FinEventStream events(FinConversation turn) {
        return events(turn, FinStreamOptions.defaults());
    }

    /**
     * @param turn the answer of {@link #start} or {@link #reply}
     * @return the stream
     * @throws IllegalArgumentException if the answer has no {@code sse_subscription_url}
     * @see #events(FinConversation)
     * @see #events(URI, FinStreamOptions)
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
     * @return the stream
     * @throws IllegalArgumentException if the URL is not absolute http(s)
     * @see #events(FinConversation)
     * @see #events(FinConversation, FinStreamOptions)
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

    @Override
    public String toString() {
        return "FinAgentClient{" + connection + "}";
    }
}
