package dev.switchboard.core.testing;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.TransportException;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Assertions;

/**
 * The fault matrix every client runs: each operation against a fake server that answers with each fault, with an
 * injected clock and sleeper (no real waits), asserting the exact number of requests the server saw, the outcome
 * (success or the exception type), that a request that must not be repeated is never sent twice, and that no
 * connection is left in use afterwards (an unclosed body would hold one).
 *
 * <p>Faults: 429 with {@code Retry-After}, 429 with {@code X-RateLimit-Reset}, a burst of 500/502/503, 503 with
 * {@code Retry-After: 0}, a connection reset before the response, a disconnect mid-body, a body slower than the read
 * timeout, truncated JSON with 200, an HTML 502 from a proxy, 200 with an empty body, 200 with an HTML page, and a
 * success body of several megabytes.
 *
 * @param <C> the client type
 */
public final class FaultMatrix<C extends AutoCloseable> {
    /** The read timeout of the fault cells, so a slow body fails fast. */
    public static final Duration READ_TIMEOUT = Duration.ofMillis(300);
    /**
     * The read timeout of the large-body cell: long enough that a shared, loaded machine pausing the reader never
     * turns a 5 MB success into a timeout.
     */
    static final Duration LARGE_BODY_READ_TIMEOUT = Duration.ofSeconds(20);

    /** Builds the client under test, pointed at the fake, on the given OkHttp client, clock, sleeper and read timeout. */
    @FunctionalInterface
    public interface ClientFactory<C> {
        /**
         * @param baseUrl the fake server
         * @param http the OkHttp client to derive from (so connections can be checked)
         * @param clock the clock
         * @param sleeper the sleeper, which advances the clock
         * @param readTimeout the read timeout the client must use
         * @return the client
         */
        C create(String baseUrl, OkHttpClient http, ManualClock clock, RecordingSleeper sleeper, Duration readTimeout);
    }

    /** A call of the client. */
    @FunctionalInterface
    public interface Call<C> {
        /**
         * @param client the client
         * @throws Exception when the call fails
         */
        void run(C client) throws Exception;
    }

    /** How an operation may be repeated. */
    public enum Kind {
        /** Idempotent: retried after failures and retryable statuses. */
        RETRIED,
        /** Not idempotent: sent once unless the server refused it outright (a 429, when the API says so). */
        ONCE,
        /**
         * Sent once whatever the answer, a 429 included: the endpoint's 429 means a state that retrying within the
         * call cannot change (Intercom's reporting export: five jobs already pending).
         */
        NEVER_REPEATED
    }

    /**
     * @param name the operation, for reports
     * @param method its HTTP method
     * @param path its path template on the fake (for example {@code /tickets/{id}})
     * @param kind whether it is repeated
     * @param successBody a valid 2xx body for it (JSON), or {@code null} when it decodes no body
     * @param call the call
     * @param <C> the client type
     */
    public record Operation<C>(String name, String method, String path, Kind kind, String successBody, Call<C> call) {
    }

    /** One cell of the matrix: what was expected and what happened. */
    public record Cell(String client, String operation, String fault, int requests, String outcome) {
    }

    private final String client;
    private final ClientFactory<C> factory;
    private final boolean refused429Retried;
    private final List<Cell> cells = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    /**
     * @param client the client's name, for reports
     * @param factory builds it
     * @param refused429Retried whether the API refuses a rate-limited request before processing it, so that even a
     *     non-idempotent request waits and is sent again after a 429 (Intercom)
     */
    public FaultMatrix(String client, ClientFactory<C> factory, boolean refused429Retried) {
        this.client = client;
        this.factory = factory;
        this.refused429Retried = refused429Retried;
    }

    private record Fault(String name, Function<ManualClock, FakeResponse[]> faults, boolean retriable, boolean refused,
            Class<? extends Exception> onceFailure, Class<? extends Exception> always) {
    }

    private static FakeResponse[] of(FakeResponse... r) {
        return r;
    }

    private static List<Fault> faults() {
        return List.of(
                new Fault("429 with Retry-After", c -> of(FakeResponse.json(429, "{}").withRetryAfterSeconds(2)), true, true,
                        RateLimitException.class, null),
                new Fault("429 with X-RateLimit-Reset", c -> of(FakeResponse.json(429, "{}")
                        .withRateLimitReset(c.instant().plusSeconds(3).getEpochSecond())), true, true, RateLimitException.class, null),
                new Fault("500, 502, 503 in a row", c -> of(FakeResponse.json(500, "{}"), FakeResponse.json(502, "{}"),
                        FakeResponse.json(503, "{}")), true, false, ServerException.class, null),
                new Fault("503 with Retry-After: 0", c -> of(FakeResponse.json(503, "{}").withRetryAfterSeconds(0)), true, false,
                        ServerException.class, null),
                new Fault("connection reset before the response", c -> of(FakeResponse.disconnectBeforeResponse()), true, false,
                        TransportException.class, null),
                // Half of a short body (a count is read 64 bytes at most), then the connection closes.
                new Fault("disconnect mid-body", c -> of(FakeResponse.disconnectDuringBody(200, "application/json",
                        "{\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}]}")), true, false, TransportException.class, null),
                new Fault("body slower than the read timeout", c -> of(FakeResponse.slowBody(200, "application/json",
                        "{\"a\":\"" + "b".repeat(64) + "\"}", 8, Duration.ofMillis(700))), true, false, TransportException.class, null),
                new Fault("truncated JSON with 200", c -> of(FakeResponse.truncatedJson(200, "{\"id\":\"1\",\"name\":\"abc\"}", 10)),
                        false, false, DecodeException.class, DecodeException.class),
                new Fault("HTML 502 from a proxy", c -> of(FakeResponse.html(502,
                        "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")), true, false,
                        ServerException.class, null),
                new Fault("200 with an empty body", c -> of(FakeResponse.text(200, "application/json", "")), false, false,
                        DecodeException.class, DecodeException.class),
                new Fault("200 with an HTML page", c -> of(FakeResponse.html(200, "<html><body>login</body></html>")), false, false,
                        DecodeException.class, DecodeException.class));
    }

    /**
     * Runs every fault against every operation.
     *
     * @param operations the client's operations
     * @return this matrix
     */
    public FaultMatrix<C> run(List<Operation<C>> operations) {
        for (Operation<C> op : operations) {
            for (Fault fault : faults()) {
                if (op.successBody() == null && fault.always() != null) {
                    continue; // a call that reads no body cannot be given a bad one
                }
                cell(op, fault);
            }
            huge(op);
        }
        return this;
    }

    private void cell(Operation<C> op, Fault fault) {
        boolean repeated = fault.retriable() && (op.kind() == Kind.RETRIED
                || (op.kind() == Kind.ONCE && fault.refused() && refused429Retried));
        Class<? extends Exception> expected = fault.always() != null ? fault.always() : repeated ? null : fault.onceFailure();
        int expectedRequests = fault.always() != null ? 1 : repeated ? 1 + countOf(fault) : 1;
        try (FakeServer server = FakeServer.start()) {
            ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
            RecordingSleeper sleeper = new RecordingSleeper(clock);
            OkHttpClient http = new OkHttpClient();
            route(server, op);
            server.faults().next(op.method(), op.path(), fault.faults().apply(clock));
            String outcome = outcome(op, server, http, clock, sleeper, READ_TIMEOUT);
            int seen = server.requestCount();
            cells.add(new Cell(client, op.name(), fault.name(), seen, outcome));
            String want = expected == null ? "ok" : expected.getSimpleName();
            String where = client + " " + op.name() + " / " + fault.name();
            if (!outcome.equals(want)) {
                failures.add(where + ": expected " + want + ", got " + outcome);
            }
            if (seen != expectedRequests) {
                failures.add(where + ": the server saw " + seen + " requests, expected " + expectedRequests);
            }
            checkConnections(where, http);
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static int countOf(Fault fault) {
        return fault.faults().apply(ManualClock.at(Instant.EPOCH)).length;
    }

    private void huge(Operation<C> op) {
        if (op.successBody() == null || !op.successBody().startsWith("{")) {
            return;
        }
        try (FakeServer server = FakeServer.start()) {
            ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
            OkHttpClient http = new OkHttpClient();
            String body = "{\"x_padding\":\"" + "p".repeat(5 * 1024 * 1024) + "\"," + op.successBody().substring(1);
            server.route(op.method(), op.path(), r -> FakeResponse.json(body));
            String outcome = outcome(op, server, http, clock, new RecordingSleeper(clock), LARGE_BODY_READ_TIMEOUT);
            cells.add(new Cell(client, op.name(), "a 5 MB success body", server.requestCount(), outcome));
            if (!outcome.equals("ok")) {
                failures.add(client + " " + op.name() + " / 5 MB body: got " + outcome);
            }
            checkConnections(client + " " + op.name() + " / 5 MB body", http);
            http.dispatcher().executorService().shutdown();
        }
    }

    private static <C> void route(FakeServer server, Operation<C> op) {
        String body = op.successBody();
        server.route(op.method(), op.path(), r -> body == null ? FakeResponse.status(204) : FakeResponse.json(body));
    }

    private String outcome(Operation<C> op, FakeServer server, OkHttpClient http, ManualClock clock, RecordingSleeper sleeper,
            Duration readTimeout) {
        try (C c = factory.create(server.baseUrl(), http, clock, sleeper, readTimeout)) {
            op.call().run(c);
            return "ok";
        } catch (RateLimitException e) {
            return "RateLimitException";
        } catch (ServerException e) {
            return "ServerException";
        } catch (ApiException | TransportException | DecodeException e) {
            return e.getClass().getSimpleName();
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }

    private void checkConnections(String where, OkHttpClient http) {
        long end = System.nanoTime() + 2_000_000_000L;
        while (http.connectionPool().connectionCount() > http.connectionPool().idleConnectionCount()) {
            if (System.nanoTime() > end) {
                failures.add(where + ": a connection is still in use after the call (a body was not closed)");
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return every cell run so far */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** Fails with every cell whose behaviour differed. */
    public void assertAll() {
        Assertions.assertTrue(!cells.isEmpty(), "no cell ran");
        if (!failures.isEmpty()) {
            Assertions.fail(failures.size() + " of " + cells.size() + " cells failed:\n" + String.join("\n", failures));
        }
    }
}
