package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Suger's legacy bearer tokens, for API clients of auth type {@code BEARER_TOKEN}: {@code POST
 * /public/apiClient/accessToken} with {@code {"organizationID", "id", "secret"}} answers
 * {@code {"access_token", "expires_in", "expires_on", "token_type"}}. (sdk-core's OAuth 2.0 client credentials send
 * {@code client_id} / {@code client_secret}, which this endpoint does not take.)
 *
 * <p>The token is cached and fetched again {@value #REFRESH_BEFORE_SECONDS} s before it expires (or halfway through a
 * lifetime shorter than twice that). However many threads ask at once, one request is in flight and they all get its
 * result; a failed request is not cached, so the next caller tries again. {@link #invalidate()} drops the token after
 * the API rejected it. {@link #tokenAsync()} is the same without blocking: the asynchronous calls of the Suger clients
 * wait on it before they send, so that the transport's bearer supplier ({@link #get()}) finds the token cached.
 * Thread-safe; its {@code toString()} never shows the secret or the token.
 */
final class LegacyTokenSource implements Supplier<String> {
    static final String TOKEN_PATH = "/public/apiClient/accessToken";
    static final long REFRESH_BEFORE_SECONDS = 60;
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    /** A token and how long it is valid from when it was received. */
    record Grant(String token, Duration lifetime) {
    }

    /** Fetches a new grant. */
    @FunctionalInterface
    interface Fetcher {
        /** @return a new grant, blocking until it came */
        Grant fetch();

        /**
         * @return completes with a new grant; this default runs {@link #fetch()} on the calling thread, the HTTP
         *     fetcher of {@link LegacyTokenSource#over} sends its request without blocking
         */
        default CompletableFuture<Grant> fetchAsync() {
            return Futures.start(() -> CompletableFuture.completedFuture(fetch()));
        }
    }

    private record Cached(String token, Instant refreshAt) {
    }

    private final Clock clock;
    private final Fetcher fetcher;
    private final String description;
    private final Object lock = new Object();
    private Cached cached;
    private CompletableFuture<String> inFlight;

    LegacyTokenSource(Clock clock, Fetcher fetcher, String description) {
        this.clock = clock;
        this.fetcher = fetcher;
        this.description = description;
    }

    /**
     * @param tokenTransport sends the token requests (without credentials)
     * @param organizationId the API client's organization
     * @param clientId the API client id
     * @param secret the API client secret
     * @param clock decides when the token is due for refresh
     * @return a token source
     */
    static LegacyTokenSource over(Transport tokenTransport, String organizationId, String clientId, String secret,
            Clock clock) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("organizationID", organizationId);
        body.put("id", clientId);
        body.put("secret", secret);
        // Retry-safe: asking for a token has no effect besides issuing one; a repeat just yields another token.
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, TOKEN_PATH)
                .unauthenticated()
                .retrySafe()
                .jsonBody(body)
                .build();
        Fetcher fetcher = new Fetcher() {
            @Override
            public Grant fetch() {
                return grant(tokenTransport.execute(request, JsonNode.class), clock.instant());
            }

            @Override
            public CompletableFuture<Grant> fetchAsync() {
                return Futures.map(tokenTransport.executeAsync(request, JsonNode.class), b -> grant(b, clock.instant()));
            }
        };
        return new LegacyTokenSource(clock, fetcher, "organizationID=" + organizationId + ", id=" + clientId);
    }

    /**
     * @return a valid token, from the cache or from the one request in flight
     * @throws SwitchboardException as the token request failed (the same exception for every waiting caller)
     */
    @Override
    public String get() {
        Claim claim = claim();
        if (claim.token() != null) {
            return claim.token();
        }
        CompletableFuture<String> theirs = claim.theirs();
        CompletableFuture<String> mine = claim.mine();
        if (theirs != null) {
            return await(theirs);
        }
        Grant grant;
        try {
            grant = fetcher.fetch();
        } catch (RuntimeException | Error e) {
            fail(mine, e);
            throw e;
        }
        return keep(mine, grant);
    }

    /**
     * As {@link #get()}, without blocking: the cached token, or the request in flight (started here, without
     * blocking, when there is none). Cancelling the returned future does not cancel a request other callers wait
     * for.
     *
     * @return completes with a valid token, or exceptionally as {@link #get()} throws
     */
    CompletableFuture<String> tokenAsync() {
        Claim claim = claim();
        if (claim.token() != null) {
            return CompletableFuture.completedFuture(claim.token());
        }
        CompletableFuture<String> theirs = claim.theirs();
        CompletableFuture<String> mine = claim.mine();
        if (theirs != null) {
            return theirs.copy();
        }
        CompletableFuture<Grant> request;
        try {
            request = fetcher.fetchAsync();
        } catch (RuntimeException | Error e) {
            fail(mine, e);
            return mine.copy();
        }
        request.whenComplete((grant, e) -> {
            if (e != null) {
                fail(mine, e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            } else {
                try {
                    keep(mine, grant);
                } catch (RuntimeException | Error t) {
                    fail(mine, t);
                }
            }
        });
        return mine.copy();
    }

    /**
     * What a caller finds: a valid cached token; else the request in flight to wait for; else a new future that the
     * caller must complete (it is the request in flight now).
     */
    private record Claim(String token, CompletableFuture<String> theirs, CompletableFuture<String> mine) {
    }

    private Claim claim() {
        synchronized (lock) {
            if (cached != null && clock.instant().isBefore(cached.refreshAt)) {
                return new Claim(cached.token, null, null);
            }
            if (inFlight != null) {
                return new Claim(null, inFlight, null);
            }
            inFlight = new CompletableFuture<>();
            return new Claim(null, null, inFlight);
        }
    }

    /** Caches a grant, ends the request in flight with its token, and returns the token. */
    private String keep(CompletableFuture<String> mine, Grant grant) {
        Duration early = Duration.ofSeconds(REFRESH_BEFORE_SECONDS);
        if (early.multipliedBy(2).compareTo(grant.lifetime()) > 0) {
            early = grant.lifetime().dividedBy(2);
        }
        synchronized (lock) {
            cached = new Cached(grant.token(), clock.instant().plus(grant.lifetime()).minus(early));
            inFlight = null;
        }
        mine.complete(grant.token());
        return grant.token();
    }

    /** Ends the request in flight with a failure, which is not cached. */
    private void fail(CompletableFuture<String> mine, Throwable failure) {
        synchronized (lock) {
            inFlight = null;
        }
        mine.completeExceptionally(failure);
    }

    /** Forgets the cached token, so the next caller fetches a new one (the API rejected it). */
    void invalidate() {
        synchronized (lock) {
            cached = null;
        }
    }

    private static String await(CompletableFuture<String> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new SwitchboardException("fetching the Suger access token failed", cause);
        }
    }

    /** Reads the token response; the lifetime comes from expires_in, else expires_on, else one hour. */
    static Grant grant(JsonNode body, Instant now) {
        JsonNode token = body == null ? null : body.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new DecodeException("the response of POST " + TOKEN_PATH + " has no access_token", "", null);
        }
        Duration lifetime = seconds(body.get("expires_in"));
        if (lifetime == null) {
            Instant expiresOn = instant(body.get("expires_on"));
            if (expiresOn != null && expiresOn.isAfter(now)) {
                lifetime = Duration.between(now, expiresOn);
            }
        }
        return new Grant(token.asText(), lifetime != null ? lifetime : DEFAULT_LIFETIME);
    }

    private static Duration seconds(JsonNode n) {
        if (n == null || !(n.isNumber() || n.isTextual())) {
            return null;
        }
        long s = n.asLong(-1);
        return s > 0 ? Duration.ofSeconds(s) : null;
    }

    private static Instant instant(JsonNode n) {
        if (n == null) {
            return null;
        }
        try {
            boolean digits = n.isTextual() && !n.asText().isEmpty() && n.asText().chars().allMatch(Character::isDigit);
            if (n.isNumber() || digits) {
                long v = n.asLong();
                // Seconds unless it can only be milliseconds (after the year 33658 as seconds).
                return v > 1_000_000_000_000L ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            }
            return n.isTextual() ? OffsetDateTime.parse(n.asText().trim()).toInstant() : null;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "LegacyTokenSource[" + description + ", secret=***]";
    }
}
