package dev.switchboard.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ClientRateLimitException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.retry.Scheduler;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;

/**
 * Sends {@link ApiRequest}s: resolves the URL against the base URL, attaches credentials (same origin only),
 * applies timeouts and the call's deadline, waits for the client-side rate limiter, retries by the
 * {@link dev.switchboard.core.retry.RetryPolicy} with a fresh budget per call, maps error responses to
 * {@link dev.switchboard.core.ApiException}s and decodes successful bodies.
 *
 * <p>Immutable and thread-safe; share one per API client. Redirects are never followed (a 3xx is returned by
 * {@link #open} and {@link #openAsync} with its {@code Location}, or is an error elsewhere). Asynchronous calls never block a thread: their
 * waits are scheduled and OkHttp's dispatcher does the I/O. {@link #close()} releases what this transport created
 * (never a caller's {@link OkHttpClient}).
 *
 * <pre>{@code
 * try (Transport t = Transport.create(ClientConfig.builder("https://api.example.com")
 *         .credentials(Credentials.bearer(token)).build())) {
 *     Thing thing = t.execute(ApiRequest.builder(HttpMethod.GET, "/things/{id}", id).build(), Thing.class);
 * }
 * }</pre>
 */
public final class Transport implements AutoCloseable {
    private final ClientConfig config;
    private final OkHttpClient client;
    private final boolean ownsClient;
    private final RequestFactory requests;
    private final CredentialHeaders credentials;
    private final AttemptHandler handler;
    private final SchedulerHolder schedulers;
    private final boolean ownsScheduler;
    private final TokenManager tokens;
    private final CallWatch watch;
    private final boolean ownsWatch;
    private final RequestOptions defaults;

    private Transport(ClientConfig config, OkHttpClient client, boolean ownsClient, SchedulerHolder schedulers,
            boolean ownsScheduler, TokenManager inheritedTokens, CallWatch watch, RequestOptions defaults) {
        this.defaults = defaults;
        this.config = config;
        this.client = client;
        this.ownsClient = ownsClient;
        this.schedulers = schedulers;
        this.ownsScheduler = ownsScheduler;
        this.requests = new RequestFactory(config);
        TokenManager tokens = inheritedTokens;
        if (tokens == null && config.credentials() instanceof OAuth2ClientCredentials o) {
            tokens = new TokenManager(o, config.clock(), r -> sendAsync(r, ResponseDecoder.json(JsonNode.class)));
        }
        this.credentials = new CredentialHeaders(config.credentials(), tokens, config.secretValues());
        this.handler = new AttemptHandler(config, requests, credentials);
        this.tokens = tokens;
        this.ownsWatch = watch == null;
        this.watch = watch == null ? new CallWatch() : watch;
    }

    /**
     * @param config the configuration
     * @return a transport; close it when done
     */
    public static Transport create(ClientConfig config) {
        OkHttpClient.Builder b = config.okHttpClient() != null ? config.okHttpClient().newBuilder() : new OkHttpClient.Builder();
        OkHttpClient client = socketTimeouts(FollowUpGuard.apply(b), config.timeouts())
                .callTimeout(Duration.ZERO)
                .build();
        return new Transport(config, client, config.okHttpClient() == null, new SchedulerHolder(config.scheduler()), true, null,
                null, RequestOptions.none());
    }

    private static OkHttpClient.Builder socketTimeouts(OkHttpClient.Builder b, Timeouts t) {
        return b.connectTimeout(t.connect().orElseThrow())
                .readTimeout(t.read().orElseThrow())
                .writeTimeout(t.write().orElseThrow());
    }

    /**
     * A view of this transport whose requests carry {@code options} over their own: a setting in {@code options}
     * wins, then the options of this view, then what the request sets for its endpoint, then the configuration. Shares everything
     * with this transport (pool, scheduler, token, configuration); closing the view does nothing.
     *
     * @param options the options for every request sent through the view
     * @return the view
     */
    public Transport withOptions(RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return new Transport(config, client, false, schedulers, false, tokens, watch, defaults.overriddenBy(options));
    }

    /** @return the options every request through this transport carries under its own ({@link #withOptions}) */
    public RequestOptions options() {
        return defaults;
    }

    /**
     * A transport with changed settings that shares this one's connection pool, scheduler, and (when the
     * credentials are unchanged) its cached OAuth token. It must not outlive this transport.
     *
     * @param change edits to the configuration
     * @return the derived transport
     */
    public Transport withConfig(UnaryOperator<ClientConfig.Builder> change) {
        ClientConfig derived = change.apply(config.toBuilder()).build();
        OkHttpClient derivedClient = socketTimeouts(client.newBuilder(), derived.timeouts()).build();
        TokenManager shared = derived.credentials() == config.credentials() ? tokens : null;
        SchedulerHolder holder = derived.scheduler() == config.scheduler() ? schedulers : new SchedulerHolder(derived.scheduler());
        return new Transport(derived, derivedClient, false, holder, holder != schedulers, shared, watch, defaults);
    }

    /**
     * For a client that must share this transport's connection pool and dispatcher but send requests of its own (an
     * event stream, say): derive from it with {@code newBuilder()}; never close it, closing this transport does.
     *
     * @return the OkHttp client this transport's calls go through
     */
    public OkHttpClient okHttpClient() {
        return client;
    }

    /** @return the configuration */
    public ClientConfig config() {
        return config;
    }

    /**
     * @param request what to send
     * @param type the body type
     * @param <T> the body type
     * @return the decoded body
     * @throws dev.switchboard.core.ApiException for an error status (after retries)
     * @throws TransportException when no response arrived (after retries), or the deadline passed
     * @throws dev.switchboard.core.DecodeException when the body is not JSON of that type
     * @throws ClientRateLimitException when the client-side limiter refused
     */
    public <T> T execute(ApiRequest request, Class<T> type) {
        return send(request, ResponseDecoder.json(type)).value();
    }

    /**
     * @param request what to send
     * @param type the body type, for generic types
     * @param <T> the body type
     * @return the decoded body
     * @throws SwitchboardException as {@link #execute(ApiRequest, Class)}
     */
    public <T> T execute(ApiRequest request, JavaType type) {
        return send(request, ResponseDecoder.<T>json(type)).value();
    }

    /**
     * @param request what to send
     * @return status and headers; the body is drained and discarded
     * @throws SwitchboardException as {@link #execute(ApiRequest, Class)}
     */
    public ApiResponse<Void> send(ApiRequest request) {
        return send(request, ResponseDecoder.discarding());
    }

    /**
     * @param request what to send
     * @param decoder how to read the body
     * @param <T> the decoded type
     * @return the decoded body with status and headers
     * @throws SwitchboardException as {@link #execute(ApiRequest, Class)}
     */
    public <T> ApiResponse<T> send(ApiRequest request, ResponseDecoder<T> decoder) {
        return run(newState(request, decoder, false)).response();
    }

    /**
     * Sends the request and returns the response with its body unread, for streaming downloads and for redirects
     * (a 3xx is returned, not followed). Retries apply until a response's headers arrive. The attempt timeout does
     * not cut the body short, but the call's deadline bounds everything, reading the body included: give a long
     * download a long enough deadline ({@link RequestOptions}).
     *
     * @param request what to send
     * @return the open response; close it
     * @throws SwitchboardException as {@link #execute(ApiRequest, Class)}
     */
    public HttpResponse open(ApiRequest request) {
        return run(newState(request, null, true)).raw();
    }

    /**
     * @param request what to send
     * @param type the body type
     * @param <T> the body type
     * @return completes with the decoded body, or exceptionally with the same exceptions as
     *     {@link #execute(ApiRequest, Class)}; cancelling it cancels the HTTP call
     */
    public <T> CompletableFuture<T> executeAsync(ApiRequest request, Class<T> type) {
        return Futures.map(sendAsync(request, ResponseDecoder.json(type)), ApiResponse::value);
    }

    /**
     * @param request what to send
     * @param decoder how to read the body
     * @param <T> the decoded type
     * @return completes with the decoded response; never blocks a thread while waiting to retry
     */
    public <T> CompletableFuture<ApiResponse<T>> sendAsync(ApiRequest request, ResponseDecoder<T> decoder) {
        CallState<T> state;
        try {
            state = newState(request, decoder, false);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncCall.decoded(this, state).start();
    }

    /**
     * As {@link #open(ApiRequest)}, without blocking a thread: the future completes, on the HTTP client's thread, once
     * a response's headers have arrived (retries, rate-limit waits and the 3xx rule as for {@link #open}); its body is
     * unread. Whoever receives it reads and closes it; a continuation attached at once (with {@link Futures#map}) runs
     * on that thread, so a streamed body is read there, not on the caller's. Cancelling the future before it completes
     * cancels the HTTP call; a response that arrives after the cancellation is closed.
     *
     * @param request what to send
     * @return completes with the open response, or exceptionally with the exceptions of {@link #open}
     */
    public CompletableFuture<HttpResponse> openAsync(ApiRequest request) {
        CallState<Void> state;
        try {
            state = newState(request, null, true);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncCall.raw(this, state).start();
    }

    private <T> CallState<T> newState(ApiRequest request, ResponseDecoder<T> decoder, boolean raw) {
        // The caller's options (withOptions) win over what the SDK set for this endpoint (a retry budget, say).
        RequestOptions options = defaults == RequestOptions.none() ? request.options() : request.options().overriddenBy(defaults);
        Timeouts timeouts = options.timeouts().over(config.timeouts());
        Duration deadline = timeouts.deadline().orElseThrow();
        int maxRetries = options.maxRetries().orElse(config.retryPolicy().maxRetries());
        OkHttpClient callClient = client;
        Timeouts own = options.timeouts();
        if (own.connect().isPresent() || own.read().isPresent() || own.write().isPresent()) {
            callClient = socketTimeouts(client.newBuilder(), timeouts).build();
        }
        okhttp3.HttpUrl url = requests.url(request); // fails fast on a malformed URL, before any waiting
        CallState<T> state = new CallState<>(request, url, decoder, raw, options, config.clock().instant().plus(deadline), maxRetries,
                callClient, timeouts.attempt().orElseThrow(), decoder == null ? "a raw body" : decoder.target());
        state.secrets.addAll(credentials.staticSecrets());
        return state;
    }

    private <T> Step.Done<T> run(CallState<T> s) {
        byte[] body = RequestFactory.bodyBytes(s.request);
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new TransportException(s.request + " was interrupted", null, s.attempts > 0, false, s.attempts);
            }
            Step<?> late = handler.checkDeadline(s);
            if (late != null) {
                throw ((Step.Fail<?>) late).error();
            }
            sleep(s, permitWait(s));
            Map<String, String> creds = requests.wantsCredentials(s.request, s.url) ? await(s, credentials.headers(s)) : Map.of();
            okhttp3.Request okRequest = requests.build(s.request, s.url, s.options, creds, body);
            handler.log().requestBody(body, s.secrets);
            s.attempts++;
            okhttp3.Call call = s.client.newCall(okRequest);
            if (s.raw) {
                // The caller streams the body after this returns: OkHttp's call timeout bounds it until it is closed.
                handler.applyAttemptTimeout(s, call);
            }
            long start = System.nanoTime();
            Step<T> step;
            // Watched until the body is decoded: an interrupt or the end of the attempt's time cancels the call, even
            // while the server stalls.
            CallWatch.Watch w = watch.watch(call, handler.attemptBudget(s).toNanos());
            s.watch = w;
            try {
                step = handler.onResponse(s, okRequest, call.execute(), start);
            } catch (java.io.IOException e) {
                step = handler.onFailure(s, okRequest, e, start);
            } finally {
                w.end();
            }
            if (step instanceof Step.Done<T> done) {
                return done;
            }
            if (step instanceof Step.Fail<T> fail) {
                throw fail.error();
            }
            sleep(s, ((Step.Retry<T>) step).delay());
        }
    }

    Duration permitWait(CallState<?> s) {
        if (config.rateLimiter() == null || !s.request.authenticated()) {
            return Duration.ZERO;
        }
        return config.rateLimiter().acquire(Duration.between(config.clock().instant(), s.deadline));
    }

    private void sleep(CallState<?> s, Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            config.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(s.request + " was interrupted while waiting to retry", e, s.attempts > 0, false, s.attempts);
        }
    }

    private <V> V await(CallState<?> s, CompletableFuture<V> future) {
        try {
            long millis = Math.max(1, Duration.between(config.clock().instant(), s.deadline).toMillis());
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(s.request + " was interrupted while fetching credentials", e, false, false, s.attempts);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TransportException(s.request + " ran out of time while fetching credentials", e, false, true, s.attempts);
        } catch (java.util.concurrent.ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    static RuntimeException unwrap(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new SwitchboardException("unexpected failure: " + t.getClass().getSimpleName(), t);
    }

    ClientConfig configInternal() {
        return config;
    }

    RequestFactory requests() {
        return requests;
    }

    CredentialHeaders credentials() {
        return credentials;
    }

    AttemptHandler handler() {
        return handler;
    }

    Scheduler scheduler() {
        return schedulers.get();
    }

    /** Releases the connection pool, dispatcher threads and scheduler thread this transport created. */
    @Override
    public void close() {
        if (ownsWatch) {
            watch.close();
        }
        if (ownsScheduler) {
            schedulers.shutdown();
        }
        if (ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "Transport{" + config.baseUrl() + ", " + config.credentials() + "}";
    }

    /** The configured scheduler, or one daemon thread created on first use. */
    static final class SchedulerHolder {
        private final Scheduler configured;
        private ScheduledThreadPoolExecutor executor;

        SchedulerHolder(Scheduler configured) {
            this.configured = configured;
        }

        synchronized Scheduler get() {
            if (configured != null) {
                return configured;
            }
            if (executor == null) {
                executor = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "switchboard-scheduler");
                    t.setDaemon(true);
                    return t;
                });
                executor.setRemoveOnCancelPolicy(true);
            }
            ScheduledThreadPoolExecutor e = executor;
            return (delay, task) -> e.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
        }

        synchronized void shutdown() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }
}
