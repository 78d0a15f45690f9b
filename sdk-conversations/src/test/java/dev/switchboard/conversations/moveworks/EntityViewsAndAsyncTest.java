package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every entity client is a {@link dev.switchboard.core.http.ResourceClient}: {@code withOptions} views that change the
 * requests and leave the original alone (the users view keeping the users entity's own transport), and
 * {@code countAsync} twins that fail as futures on a bad argument.
 */
class EntityViewsAndAsyncTest {
    private static final String CONVERSATIONS = "/export/v1/records/conversations";
    private static final String USERS = "/export/v1/records/users";
    private static final RequestOptions TRACED_NO_RETRY = RequestOptions.builder().header("X-Trace", "t-1").maxRetries(0)
            .build();

    private final FakeServer server = FakeServer.start();
    private final Harness h = new Harness();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();

    @BeforeEach
    void routes() {
        server.route("GET", CONVERSATIONS, r -> {
            boolean first = r.query("$skiptoken") == null;
            return FakeResponse.json(Harness.page("conversations", first ? server.baseUrl() + CONVERSATIONS
                    + "?$skiptoken=2" : null, Harness.conversation(first ? "c1" : "c2", "DM")));
        });
        server.route("GET", CONVERSATIONS + "/$count", r -> FakeResponse.text(200, "text/plain", "7"));
        server.route("GET", USERS + "/$count", r -> FakeResponse.text(200, "text/plain", "3"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    /** A client whose asynchronous waits run at once on the manual clock, and are recorded. */
    private MoveworksDataApi api() {
        return h.builder(server).apiKey(Harness.API_KEY).scheduler((delay, task) -> {
            scheduled.add(delay);
            h.clock.advance(delay);
            task.run();
        }).build();
    }

    @Test
    void aViewCarriesItsHeaderAndRetryBudgetAndTheOriginalKeepsItsOwn() {
        server.faults().statusSequence("GET", CONVERSATIONS + "/$count", 503);
        try (MoveworksDataApi api = api()) {
            EntityClient<Conversation> view = api.conversations().withOptions(TRACED_NO_RETRY);
            ServerException e = assertThrows(ServerException.class, view::count);
            assertEquals(503, e.status());
            assertEquals(1, server.requestCount(), "maxRetries(0): the 503 is not retried");
            assertEquals("t-1", server.takeRequest().header("X-Trace"));

            server.faults().statusSequence("GET", CONVERSATIONS + "/$count", 503);
            assertEquals(7L, api.conversations().count(), "the original still retries the 503");
        }
        assertEquals(3, server.requestCount());
        for (FakeRequest r : server.requests().subList(1, 3)) {
            assertNull(r.header("X-Trace"), r.toString());
            assertEquals("Bearer " + Harness.API_KEY, r.header("Authorization"), "the view shares the credentials");
        }
    }

    @Test
    void aViewsListSendsItsHeaderOnEveryPage() {
        try (MoveworksDataApi api = api()) {
            EntityClient<Conversation> view = api.conversations().withOptions(o -> o.header("X-Trace", "pages"));
            assertEquals(List.of("c1", "c2"), view.list().stream().map(Conversation::id).toList());
            assertEquals("conversations", view.name());
            assertEquals(CONVERSATIONS, view.path());
            assertEquals(Conversation.class, view.recordType());
        }
        assertEquals(List.of("pages", "pages"), server.requests().stream().map(r -> r.header("X-Trace")).toList());
    }

    @Test
    void aUsersViewKeepsTheUsersPolicyAndPacing() {
        server.faults().statusSequence("GET", USERS + "/$count", 429);
        try (MoveworksDataApi api = api()) {
            EntityClient<User> traced = api.users().withOptions(o -> o.header("X-Trace", "u"));
            assertEquals(3L, traced.count());
            assertEquals(List.of(Duration.ofSeconds(90)), h.sleeper.sleeps(), "the users entity's 90 s wait, not 60 s");
            assertEquals(3L, api.users().count());
            assertEquals(List.of(Duration.ofSeconds(90), Duration.ofSeconds(2)), h.sleeper.sleeps(),
                    "view and original share the users pacing: the next users request waits 2 s");
        }
        List<FakeRequest> requests = server.requests();
        assertEquals(List.of("u", "u"), requests.subList(0, 2).stream().map(r -> r.header("X-Trace")).toList());
        assertNull(requests.get(2).header("X-Trace"));
    }

    @Test
    void aUsersViewWithoutRetriesFailsOnTheFirst429() {
        server.faults().statusSequence("GET", USERS + "/$count", 429);
        try (MoveworksDataApi api = api()) {
            assertThrows(RateLimitException.class, () -> api.users().withOptions(TRACED_NO_RETRY).count());
        }
        assertEquals(1, server.requestCount());
        assertEquals(List.of(), h.sleeper.sleeps());
    }

    @Test
    void countAsyncCountsWithoutAFilterOrWithTheQuerysFilterOnly() throws Exception {
        ODataQuery dm = ODataQuery.builder().filter(Filter.dmOnly()).top(5).build();
        try (MoveworksDataApi api = api()) {
            assertEquals(7L, api.conversations().countAsync().get(5, TimeUnit.SECONDS));
            assertEquals(7L, api.conversations().countAsync(dm).get(5, TimeUnit.SECONDS));
            assertEquals(3L, api.users().countAsync().get(5, TimeUnit.SECONDS));
        }
        FakeRequest all = server.takeRequest();
        assertEquals("GET", all.method());
        assertEquals(CONVERSATIONS + "/$count", all.target());
        FakeRequest filtered = server.takeRequest();
        assertEquals(CONVERSATIONS + "/$count", filtered.path());
        assertEquals(Filter.dmOnly().toOData(), filtered.query("$filter"));
        assertNull(filtered.query("$top"), "a count sends the filter only");
        assertEquals(USERS + "/$count", server.takeRequest().target());
    }

    @Test
    void countAsyncRetriesOnTheSchedulerNeverTheSleeper() throws Exception {
        server.faults().statusSequence("GET", USERS + "/$count", 429);
        try (MoveworksDataApi api = api()) {
            assertEquals(3L, api.users().countAsync().get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(Duration.ofSeconds(90)), scheduled.stream().filter(d -> !d.isZero()).toList());
        assertEquals(List.of(), h.sleeper.sleeps());
    }

    @Test
    void countAsyncReturnsArgumentErrorsAsFailedFuturesAndSendsNothing() {
        ODataQuery old = ODataQuery.of(Filter.createdTime().ge(Instant.parse("2026-03-01T00:00:00Z")));
        try (MoveworksDataApi api = api();
                MoveworksDataApi strict = h.builder(server).apiKey(Harness.API_KEY)
                        .windowCheck(DataWindow.WindowCheck.FAIL).build()) {
            CompletableFuture<Long> nullQuery = api.conversations().countAsync(null);
            assertTrue(nullQuery.isCompletedExceptionally(), "failed before anything is sent");
            assertEquals("query must not be null", failure(nullQuery, NullPointerException.class).getMessage());
            CompletableFuture<Long> tooOld = strict.conversations().countAsync(old);
            assertTrue(tooOld.isCompletedExceptionally());
            assertTrue(failure(tooOld, IllegalArgumentException.class).getMessage()
                    .startsWith("query: the conversations query starts at 2026-03-01T00:00:00Z"));
            CompletableFuture<Long> viewNull = api.users().withOptions(TRACED_NO_RETRY).countAsync(null);
            assertInstanceOf(NullPointerException.class, failure(viewNull, NullPointerException.class));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void countAsyncFailsWithTheSameExceptionAsCount() {
        server.faults().statusSequence("GET", CONVERSATIONS + "/$count", 503);
        try (MoveworksDataApi api = api()) {
            ServerException e = failure(api.conversations().withOptions(TRACED_NO_RETRY).countAsync(), ServerException.class);
            assertEquals(503, e.status());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void withOptionsRejectsNull() {
        try (MoveworksDataApi api = api()) {
            assertThrows(NullPointerException.class, () -> api.conversations().withOptions((RequestOptions) null));
        }
    }

    private static <E extends Throwable> E failure(CompletableFuture<?> future, Class<E> type) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return assertInstanceOf(type, e.getCause());
    }
}
