package dev.switchboard.testkit.intercom;

import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.Faults;
import java.time.Instant;

/**
 * One-shot failures of a {@link FakeIntercom}, shaped like Intercom's: a queued failure answers the next matching
 * request instead of the fake's normal behaviour, then is gone.
 *
 * <pre>{@code
 * intercom.faults().rateLimited("GET", "/calls");          // the next GET /calls gets 429 until the window resets
 * intercom.faults().status("POST", "/conversations/search", 503);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class IntercomFaults {
    private final Faults faults;
    private final FakeIntercom intercom;

    IntercomFaults(Faults faults, FakeIntercom intercom) {
        this.faults = faults;
        this.intercom = intercom;
    }

    /**
     * Queues a {@code 429} for the next request of any kind, resetting at the end of the current window.
     *
     * @return this
     */
    public IntercomFaults rateLimited() {
        faults.next(tooManyRequests(intercom.rateLimitReset()));
        return this;
    }

    /**
     * Queues a {@code 429} for the next request matching a route, resetting at the end of the current window.
     *
     * @param method the HTTP method, or {@code *}
     * @param pathTemplate for example {@code /calls} or {@code /conversations/{id}}
     * @return this
     */
    public IntercomFaults rateLimited(String method, String pathTemplate) {
        return rateLimited(method, pathTemplate, intercom.rateLimitReset());
    }

    /**
     * Queues a {@code 429} with {@code X-RateLimit-Remaining: 0} and the given {@code X-RateLimit-Reset} and Intercom's
     * {@code rate_limit_exceeded} body, for the next request matching a route.
     *
     * @param method the HTTP method, or {@code *}
     * @param pathTemplate for example {@code /calls}
     * @param reset the {@code X-RateLimit-Reset} to send (epoch seconds on the wire)
     * @return this
     */
    public IntercomFaults rateLimited(String method, String pathTemplate, Instant reset) {
        faults.next(method, pathTemplate, tooManyRequests(reset));
        return this;
    }

    /**
     * Queues an Intercom error response for the next request matching a route.
     *
     * @param method the HTTP method, or {@code *}
     * @param pathTemplate for example {@code /calls/{id}}
     * @param status 400 to 599
     * @return this
     */
    public IntercomFaults status(String method, String pathTemplate, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an error status, 400 to 599: " + status);
        }
        String code = status >= 500 ? "server_error" : "parameter_invalid";
        faults.next(method, pathTemplate, intercom.withRateLimit(FakeResponse.json(status,
                intercom.errors().body(code, "Injected failure", null)), false));
        return this;
    }

    /** @return the fake server's raw fault queue, for disconnects, truncated bodies and slow responses */
    public Faults raw() {
        return faults;
    }

    /** @return how many queued failures have not been served */
    public int pending() {
        return faults.pending();
    }

    private FakeResponse tooManyRequests(Instant reset) {
        int limit = intercom.rateLimitPerWindow();
        return FakeResponse.json(429, intercom.errors().body("rate_limit_exceeded",
                        "Exceeded rate limit of " + limit + " in 10_seconds", null))
                .withHeader("X-RateLimit-Limit", String.valueOf(limit))
                .withHeader("X-RateLimit-Remaining", "0")
                .withRateLimitReset(reset.getEpochSecond());
    }
}
