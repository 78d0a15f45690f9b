package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link TeamNotificationsClient} is a {@link dev.switchboard.core.http.ResourceClient}: {@code withOptions} views that
 * change the requests and leave the original alone, and an {@code …Async} twin of every one-request method that
 * fails as a future on a bad argument and waits on the scheduler, never the sleeper.
 */
class AlooChatViewsAndAsyncTest {
    private static final String KEY = "alc_test_views_0123456789";
    private static final String N1 = "123e4567-e89b-12d3-a456-426614174000";
    private static final String U1 = "123e4567-e89b-12d3-a456-426614174004";
    private static final RequestOptions TRACED_NO_RETRY = RequestOptions.builder().header("X-Trace", "t-1").maxRetries(0)
            .build();

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();

    @BeforeEach
    void routes() {
        // Routes are tried in order: /stats before /{id}.
        server.route("GET", "/team-notifications/stats", r -> FakeResponse.json(
                "{\"total_notifications\":12,\"unread_count\":5,\"read_count\":6,\"archived_count\":1}"));
        server.route("GET", "/team-notifications/{id}", r -> FakeResponse.json(TestJson.object("data",
                TestJson.object("id", r.pathParam("id"), "title", "Ticket escalated"))));
        server.route("PATCH", "/team-notifications/{n}/users/{u}/status", r -> FakeResponse.json(TestJson.object(
                "user_id", r.pathParam("u"), "status", r.json().get("status").asText())));
    }

    @AfterEach
    void close() {
        server.close();
    }

    private AlooChat client() {
        return AlooChat.builder().apiKey(KEY).baseUrl(server.baseUrl()).clock(clock).sleeper(sleeper::sleep)
                .scheduler((delay, task) -> {
                    scheduled.add(delay);
                    clock.advance(delay);
                    task.run();
                }).build();
    }

    @Test
    void aViewCarriesItsHeaderAndRetryBudgetAndTheOriginalKeepsItsOwn() {
        server.faults().statusSequence("GET", "/team-notifications/{id}", 503);
        try (AlooChat aloochat = client()) {
            TeamNotificationsClient view = aloochat.notifications().withOptions(TRACED_NO_RETRY);
            assertEquals(503, assertThrows(ServerException.class, () -> view.get(N1)).status());
            assertEquals(1, server.requestCount(), "maxRetries(0): the 503 is not retried");

            server.faults().statusSequence("GET", "/team-notifications/{id}", 503);
            assertEquals(N1, aloochat.notifications().get(N1).id(), "the original still retries the 503");
            assertEquals(Long.valueOf(12), view.stats().totalNotifications(), "a view with other calls works as well");
        }
        List<FakeRequest> requests = server.requests();
        assertEquals(List.of("t-1", "none", "none", "t-1"),
                requests.stream().map(r -> r.header("X-Trace") == null ? "none" : r.header("X-Trace")).toList());
        for (FakeRequest r : requests) {
            assertEquals(KEY, r.header("x-api-key"), "the view shares the key");
        }
    }

    @Test
    void aViewSharesTheClientsRateLimiter() {
        try (AlooChat aloochat = AlooChat.builder().apiKey(KEY).baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep).rateLimits(dev.switchboard.core.ratelimit.RateLimiter.Window.of(1,
                        Duration.ofSeconds(30))).build()) {
            aloochat.notifications().stats();
            aloochat.notifications().withOptions(o -> o.header("X-Trace", "v")).stats();
        }
        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.sleeps(), "the view's call waited for the shared permit");
    }

    @Test
    void getAsyncUnwrapsTheDataEnvelopeAsGetDoes() throws Exception {
        try (AlooChat aloochat = client()) {
            TeamNotification n = aloochat.notifications().getAsync(N1).get(5, TimeUnit.SECONDS);
            assertEquals(N1, n.id());
            assertEquals("Ticket escalated", n.title());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("GET", r.method());
        assertEquals("/team-notifications/" + N1, r.target());
        assertEquals(KEY, r.header("x-api-key"));
    }

    @Test
    void updateStatusAsyncPatchesTheStatusAndReadsTheRecipient() throws Exception {
        try (AlooChat aloochat = client()) {
            NotificationRecipient recipient = aloochat.notifications().updateStatusAsync(N1, U1, NotificationStatus.READ)
                    .get(5, TimeUnit.SECONDS).orElseThrow();
            assertSame(NotificationStatus.READ, recipient.status());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("PATCH", r.method());
        assertEquals("/team-notifications/" + N1 + "/users/" + U1 + "/status", r.target());
        assertEquals("{\"status\":\"read\"}", r.bodyUtf8());
    }

    @Test
    void updateStatusAsyncIsEmptyForAnEmptyAnswer() throws Exception {
        server.faults().next("PATCH", "/team-notifications/{n}/users/{u}/status", FakeResponse.status(204));
        try (AlooChat aloochat = client()) {
            assertEquals(Optional.empty(), aloochat.notifications().updateStatusAsync(N1, U1, NotificationStatus.ARCHIVED)
                    .get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void statsAsyncSendsTheFilterAsStatsDoes() throws Exception {
        StatsFilter filter = StatsFilter.builder().userId(U1).agentId("agent-7")
                .startDate(Instant.parse("2024-01-01T00:00:00Z")).build();
        try (AlooChat aloochat = client()) {
            NotificationStats all = aloochat.notifications().statsAsync().get(5, TimeUnit.SECONDS);
            assertEquals(Long.valueOf(12), all.totalNotifications());
            assertEquals(Long.valueOf(5), all.unreadCount());
            aloochat.notifications().statsAsync(filter).get(5, TimeUnit.SECONDS);
        }
        assertEquals("/team-notifications/stats", server.takeRequest().target());
        FakeRequest filtered = server.takeRequest();
        assertEquals("/team-notifications/stats", filtered.path());
        assertEquals("2024-01-01T00:00:00Z", filtered.query("start_date"));
        assertEquals(U1, filtered.query("user_id"));
        assertEquals("agent-7", filtered.query("agent_id"));
        assertNull(filtered.query("end_date"));
    }

    @Test
    void asyncRetriesWaitOnTheSchedulerNeverTheSleeper() throws Exception {
        server.faults().statusSequence("GET", "/team-notifications/stats", 429);
        try (AlooChat aloochat = client()) {
            assertEquals(Long.valueOf(12), aloochat.notifications().statsAsync().get(5, TimeUnit.SECONDS)
                    .totalNotifications());
        }
        assertEquals(List.of(AlooChat.RATE_LIMIT_FALLBACK), scheduled.stream().filter(d -> !d.isZero()).toList());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void asyncArgumentErrorsAreFailedFuturesAndSendNothing() {
        try (AlooChat aloochat = client()) {
            TeamNotificationsClient n = aloochat.notifications();
            assertEquals("notificationId must not be 'stats', which names another endpoint under the same path",
                    failure(n.getAsync("stats"), IllegalArgumentException.class).getMessage());
            assertEquals("userId must not be blank",
                    failure(n.updateStatusAsync(N1, " ", NotificationStatus.READ), IllegalArgumentException.class)
                            .getMessage());
            assertEquals("status must not be null or empty",
                    failure(n.withOptions(TRACED_NO_RETRY).updateStatusAsync(N1, U1, null), IllegalArgumentException.class)
                            .getMessage());
            CompletableFuture<NotificationStats> noFilter = n.statsAsync(null);
            assertTrue(noFilter.isCompletedExceptionally(), "failed before anything is sent");
            assertInstanceOf(NullPointerException.class, failure(noFilter, NullPointerException.class));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void asyncFailuresAreTheExceptionsTheBlockingMethodsThrow() {
        FakeResponse notFound = FakeResponse.json(404, "{\"error\":\"Not Found\","
                + "\"message\":\"Notification not found\",\"statusCode\":404}");
        server.faults().next("GET", "/team-notifications/{id}", notFound, notFound);
        try (AlooChat aloochat = client()) {
            NotFoundException e = failure(aloochat.notifications().getAsync(N1), NotFoundException.class);
            assertEquals(e.getMessage(), assertThrows(NotFoundException.class, () -> aloochat.notifications().get(N1))
                    .getMessage());
        }
    }

    private static <E extends Throwable> E failure(CompletableFuture<?> future, Class<E> type) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return assertInstanceOf(type, e.getCause());
    }
}
