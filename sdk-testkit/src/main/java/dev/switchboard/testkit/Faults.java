package dev.switchboard.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One-shot responses that preempt the routes of a {@link FakeServer}. Obtain it from {@link
 * FakeServer#faults()}.
 *
 * <p>Queued responses form one FIFO queue. Each incoming request takes the oldest queued
 * response that applies to it (an unscoped one applies to every request, a scoped one only to
 * requests matching its method and path template) and is answered with it; a request to which no
 * queued response applies is routed normally. The request is recorded either way.
 *
 * <pre>{@code
 * server.faults()
 *     .statusSequence("GET", "/contacts/{id}", 503, 503)   // two failures, then the route
 *     .next(FakeResponse.disconnectBeforeResponse());        // and the next request of any kind
 * }</pre>
 *
 * <p>All methods are thread-safe.
 */
public final class Faults {

    private final Object lock = new Object();
    private final List<Entry> queue = new ArrayList<>();

    Faults() {}

    /**
     * Queues responses for the next requests, whatever their method and path.
     *
     * @param responses the responses, in the order they are to be served
     * @return this
     * @throws IllegalArgumentException if no response is given
     */
    public Faults next(FakeResponse... responses) {
        return enqueue(null, null, responses);
    }

    /**
     * Queues responses for the next requests that match a method and path template; other
     * requests are not affected.
     *
     * @param method the HTTP method, or {@code *} for any
     * @param pathTemplate a template as in {@link FakeServer#route(String, String, Handler)}
     * @param responses the responses, in the order they are to be served
     * @return this
     * @throws IllegalArgumentException if no response is given or the template is invalid
     */
    public Faults next(String method, String pathTemplate, FakeResponse... responses) {
        return enqueue(Route.checkMethod(method), PathTemplate.parse(pathTemplate), responses);
    }

    /**
     * Queues one small JSON error response, {@code {"error":"injected","status":N}}, per status
     * for the next requests matching a route; once they are used up, the route answers normally.
     *
     * @param method the HTTP method, or {@code *} for any
     * @param pathTemplate a template as in {@link FakeServer#route(String, String, Handler)}
     * @param statuses the statuses, 200 to 599, in the order they are to be served
     * @return this
     */
    public Faults statusSequence(String method, String pathTemplate, int... statuses) {
        FakeResponse[] responses = new FakeResponse[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            responses[i] = FakeResponse.json(statuses[i],
                    TestJson.object("error", "injected", "status", statuses[i]));
        }
        return next(method, pathTemplate, responses);
    }

    /**
     * Returns how many queued responses have not been served yet.
     *
     * @return the number of pending responses
     */
    public int pending() {
        synchronized (lock) {
            return queue.size();
        }
    }

    /** Drops every pending response. */
    public void clear() {
        synchronized (lock) {
            queue.clear();
        }
    }

    /**
     * Removes and returns the oldest pending response that applies to a request.
     *
     * @return the match, or {@code null} if none applies
     */
    Match take(String method, List<String> pathSegments) {
        synchronized (lock) {
            for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
                Entry entry = it.next();
                Map<String, String> params = null;
                if (entry.template != null) {
                    if (!entry.acceptsMethod(method)) {
                        continue;
                    }
                    params = entry.template.match(pathSegments);
                    if (params == null) {
                        continue;
                    }
                }
                it.remove();
                return new Match(entry.response, params);
            }
            return null;
        }
    }

    private Faults enqueue(String method, PathTemplate template, FakeResponse[] responses) {
        if (responses.length == 0) {
            throw new IllegalArgumentException("give at least one response");
        }
        List<Entry> entries = new ArrayList<>(responses.length);
        for (FakeResponse response : responses) {
            entries.add(new Entry(method, template, Objects.requireNonNull(response, "response")));
        }
        synchronized (lock) {
            queue.addAll(entries);
        }
        return this;
    }

    /** A pending response, unscoped when {@code template} is null. */
    private static final class Entry {
        final String method;
        final PathTemplate template;
        final FakeResponse response;

        Entry(String method, PathTemplate template, FakeResponse response) {
            this.method = method;
            this.template = template;
            this.response = response;
        }

        boolean acceptsMethod(String requestMethod) {
            return "*".equals(method) || method.equalsIgnoreCase(requestMethod);
        }
    }

    /**
     * A taken response; {@code params} holds the path parameters of a scoped fault, or is {@code
     * null} for an unscoped one.
     */
    static final class Match {
        final FakeResponse response;
        final Map<String, String> params;

        Match(FakeResponse response, Map<String, String> params) {
            this.response = response;
            this.params = params;
        }
    }
}
