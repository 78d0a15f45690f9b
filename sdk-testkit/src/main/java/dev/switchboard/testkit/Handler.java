package dev.switchboard.testkit;

/**
 * Produces the response for one request that matched a route of a {@link FakeServer}.
 *
 * <p>Handlers run on the server's connection threads, possibly several at once, so a handler
 * that keeps state (the usual case for a stateful fake) must guard that state itself, for example
 * with a {@code ConcurrentHashMap} or {@code synchronized} blocks.
 *
 * <p>A handler that throws, or returns {@code null}, does not break the server: the client gets a
 * {@code 500} response whose JSON body is {@code {"error":"handler_failed","message":...}}.
 */
@FunctionalInterface
public interface Handler {

    /**
     * Builds the response for {@code request}.
     *
     * @param request the request, with the path parameters of the matched route
     * @return the response to send; never {@code null}
     * @throws Exception any failure, which the server turns into a {@code 500} response
     */
    FakeResponse handle(FakeRequest request) throws Exception;
}
