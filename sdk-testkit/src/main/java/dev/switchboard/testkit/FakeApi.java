package dev.switchboard.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What every fake API of this kit shares: the {@link FakeServer} it answers on, the base URL to point a client at,
 * the recorded requests, fault injection and closing. Each fake is started one of two ways, the same for all of them:
 *
 * <ul>
 *   <li>{@code start()} (or its builder's {@code start()}): on a server of its own, which {@link #close()} stops;</li>
 *   <li>{@code on(server, credential)} (or its builder's {@code on(server)}): its routes added to a server another
 *       fake or the test already runs, so several APIs, or several parts of one API, answer on one host; closing
 *       such a fake leaves the server running.</li>
 * </ul>
 *
 * <p>A fake adds its routes with {@link #route}; every request of those routes goes through
 * {@link #answer(FakeRequest, Handler)}, where the fake checks the request's credential and shapes errors the way its
 * API does. Requests answered by a fault, or matching no route, are recorded too. Thread-safe.
 *
 * @param <F> the fault injection the fake offers: the server's {@link Faults} queue, or a wrapper shaped like the
 *     API's own failures
 */
public abstract class FakeApi<F> implements AutoCloseable {
    private final FakeServer server;
    private final boolean ownsServer;
    private F faults;

    /**
     * @param server the server the routes are added to
     * @param ownsServer whether {@link #close()} stops the server: {@code true} when the fake started it
     * @throws NullPointerException if {@code server} is null
     */
    protected FakeApi(FakeServer server, boolean ownsServer) {
        this.server = Objects.requireNonNull(server, "server");
        this.ownsServer = ownsServer;
    }

    /**
     * Adds a route whose requests are answered through {@link #answer(FakeRequest, Handler)}.
     *
     * @param method the HTTP method, or {@code *}
     * @param pathTemplate the path, as in {@link FakeServer#route(String, String, Handler)}
     * @param handler what the route does once the request is accepted
     */
    protected final void route(String method, String pathTemplate, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        server.route(method, pathTemplate, request -> answer(request, handler));
    }

    /**
     * Answers one request of this fake's routes: checks its credential (answering the API's own 401 when it is
     * wrong), runs the handler, and maps the handler's refusals to the API's error bodies.
     *
     * @param request the request
     * @param handler the route's handler
     * @return the response
     * @throws Exception if the handler fails unexpectedly (the server answers 500)
     */
    protected abstract FakeResponse answer(FakeRequest request, Handler handler) throws Exception;

    /**
     * @param queue the server's fault queue
     * @return the fault injection {@link #faults()} offers, built once over the queue
     */
    protected abstract F faults(Faults queue);

    /** @return the base URL to point a client at, without a trailing slash */
    public final String baseUrl() {
        return server.baseUrl();
    }

    /**
     * @param path a path starting with {@code /}
     * @return the absolute URL of that path on this fake
     */
    public final String url(String path) {
        return server.url(path);
    }

    /** @return the server this fake answers on, shared when the fake was added with {@code on(server, ...)} */
    public final FakeServer server() {
        return server;
    }

    /** @return one-shot failures answered ahead of the routes (statuses, 429s, disconnects, slow bodies) */
    public final synchronized F faults() {
        if (faults == null) {
            faults = faults(server.faults());
        }
        return faults;
    }

    /** @return every request the server received, oldest first (on a shared server, other fakes' requests too) */
    public final List<FakeRequest> requests() {
        return server.requests();
    }

    /** @return how many requests the server received */
    public final int requestCount() {
        return server.requestCount();
    }

    /**
     * @return the oldest request not taken yet, waiting briefly for it
     * @throws AssertionError if none arrives
     */
    public final FakeRequest takeRequest() {
        return server.takeRequest();
    }

    /**
     * @param timeout how long to wait
     * @return the oldest request not taken yet
     * @throws AssertionError if none arrives in time
     */
    public final FakeRequest takeRequest(Duration timeout) {
        return server.takeRequest(timeout);
    }

    /** Forgets the recorded requests. */
    public final void clearRequests() {
        server.clearRequests();
    }

    /** Stops the server if this fake started it; a fake added to another's server leaves it running. */
    @Override
    public void close() {
        if (ownsServer) {
            server.close();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + baseUrl() + "]";
    }
}
