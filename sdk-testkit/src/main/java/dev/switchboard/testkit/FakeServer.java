package dev.switchboard.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockWebServer;

/**
 * A local HTTP server for tests that imitates an API: register {@linkplain #route routes} whose
 * {@link Handler}s keep whatever state the fake needs, point the code under test at {@link
 * #baseUrl()}, then check what it sent with {@link #takeRequest()}.
 *
 * <pre>{@code
 * try (FakeServer server = FakeServer.start()) {
 *   server.route("GET", "/contacts/{id}", req ->
 *       FakeResponse.json(TestJson.object("id", req.pathParam("id"))));
 *   // ... call server.url("/contacts/42") with the client under test ...
 *   FakeRequest sent = server.takeRequest();
 * }
 * }</pre>
 *
 * <p>Requests are answered in this order: a pending {@linkplain #faults() fault}, else the first
 * registered route whose template and method match, else {@code 405} (some route has the path
 * but not the method) or {@code 404}, both with a small JSON body. Every request that reaches the
 * server is recorded, whichever way it is answered.
 *
 * <p>The server listens on {@code 127.0.0.1} only, on a free port, over plain HTTP/1.1. All
 * methods are thread-safe; routes may be added while requests are being served.
 */
public final class FakeServer implements AutoCloseable {

    private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(5);

    private final MockWebServer server;
    private final RoutingDispatcher dispatcher;
    private final RequestLog log;
    private final Faults faults;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeServer(MockWebServer server, RoutingDispatcher dispatcher, RequestLog log,
            Faults faults) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.log = log;
        this.faults = faults;
        this.baseUrl = "http://127.0.0.1:" + server.getPort();
    }

    /**
     * Starts a server on {@code 127.0.0.1} and an ephemeral port, with no routes.
     *
     * @return the running server; close it when done
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static FakeServer start() {
        RequestLog log = new RequestLog();
        Faults faults = new Faults();
        RoutingDispatcher dispatcher = new RoutingDispatcher(faults, log);
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.setServerSocketFactory(new NoDelaySockets());
        try {
            server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException("could not start the fake server on 127.0.0.1", e);
        }
        return new FakeServer(server, dispatcher, log, faults);
    }

    /**
     * Returns the server's root URL, without a trailing slash.
     *
     * @return for example {@code http://127.0.0.1:41234}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Returns the port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getPort();
    }

    /**
     * Returns the absolute URL of a path on this server.
     *
     * @param path a path starting with {@code /}, optionally with a query
     * @return {@link #baseUrl()} followed by {@code path}
     */
    public String url(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        return baseUrl + path;
    }

    /**
     * Registers a route. A template such as {@code /org/{orgId}/notificationEvent} is compared
     * segment by segment with the percent-decoded request path (the query is ignored): literal
     * segments must be equal, and each {@code {name}} matches exactly one non-empty segment, whose
     * value becomes {@link FakeRequest#pathParam(String)}. Routes are tried in registration order;
     * the first whose template and method match wins.
     *
     * @param method the HTTP method (compared ignoring case), or {@code *} for any method
     * @param pathTemplate the template, starting with {@code /}
     * @param handler produces the response
     * @return this
     * @throws IllegalArgumentException if the method or template is malformed
     */
    public FakeServer route(String method, String pathTemplate, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        dispatcher.add(new Route(method, PathTemplate.parse(pathTemplate), handler));
        return this;
    }

    /**
     * Returns every recorded request, oldest first, including those answered by a fault or with
     * an error.
     *
     * @return an unmodifiable snapshot
     */
    public List<FakeRequest> requests() {
        return log.snapshot();
    }

    /**
     * Returns how many requests have been recorded since the start or the last {@link
     * #clearRequests()}.
     *
     * @return the count
     */
    public int requestCount() {
        return log.size();
    }

    /**
     * Returns the oldest recorded request not yet returned by this method, waiting up to five
     * seconds for one to arrive. Taking does not remove requests from {@link #requests()}.
     *
     * @return the request
     * @throws AssertionError {@code "no request arrived within 5s"} if none arrives in time
     */
    public FakeRequest takeRequest() {
        return log.take(TAKE_TIMEOUT);
    }

    /**
     * Like {@link #takeRequest()}, with another timeout.
     *
     * @param timeout how long to wait, not negative
     * @return the request
     * @throws AssertionError if none arrives in time
     */
    public FakeRequest takeRequest(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        return log.take(timeout);
    }

    /** Forgets every recorded request, including which ones {@link #takeRequest()} returned. */
    public void clearRequests() {
        log.clear();
    }

    /**
     * Returns the fault queue of this server, for one-shot responses that preempt routing.
     *
     * @return the faults, shared by all callers
     */
    public Faults faults() {
        return faults;
    }

    /** Stops the server and closes open connections. Calling it again has no effect. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }

    /**
     * Describes the server for failure messages.
     *
     * @return for example {@code FakeServer[http://127.0.0.1:41234]}
     */
    @Override
    public String toString() {
        return "FakeServer[" + baseUrl + "]";
    }
}
