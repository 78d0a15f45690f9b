package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Suger's resource clients are {@link dev.switchboard.core.http.ResourceClient}s: {@code withOptions} views that
 * change the requests and leave the original alone, and {@code …Async} twins that fail as futures on a bad argument
 * and, with a legacy bearer token, fetch the token without blocking.
 */
class SugerViewsAndAsyncTest {
    private static final String KEY = "sk_test_views_0123456789";
    private static final String ORG = "org-views";
    private static final String EVENTS = "/org/" + ORG + "/notificationEvent";
    private static final String MESSAGE = "/org/" + ORG + "/notificationMessage/msg-1";
    private static final RequestOptions TRACED_NO_RETRY = RequestOptions.builder().header("X-Trace", "t-1").maxRetries(0)
            .build();

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        server.close();
    }

    private Suger client() {
        return Suger.builder().apiKey(KEY).organizationId(ORG).baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep).scheduler((delay, task) -> {
                    scheduled.add(delay);
                    clock.advance(delay);
                    task.run();
                }).build();
    }

    private void message() {
        server.route("GET", "/org/{orgId}/notificationMessage/{id}", r -> FakeResponse.json(TestJson.object(
                "id", r.pathParam("id"), "organizationID", r.pathParam("orgId"), "type", "EMAIL")));
    }

    private void twoEventPages() {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json(r.query("offset").equals("0")
                ? TestJson.object("nextOffset", 1, "totalCount", 2, "notificationEvents",
                        List.of(TestJson.object("eventID", "e1")))
                : TestJson.object("nextOffset", null, "notificationEvents", List.of(TestJson.object("eventID", "e2")))));
    }

    @Test
    void aMessagesViewCarriesItsHeaderAndRetryBudgetAndTheOriginalKeepsItsOwn() {
        message();
        server.faults().statusSequence("GET", "/org/{orgId}/notificationMessage/{id}", 503);
        try (Suger suger = client()) {
            NotificationMessagesClient view = suger.messages().withOptions(TRACED_NO_RETRY);
            assertEquals(503, assertThrows(ServerException.class, () -> view.get("msg-1")).status());
            assertEquals(1, server.requestCount(), "maxRetries(0): the 503 is not retried");
            assertEquals(ORG, view.organizationId());

            server.faults().statusSequence("GET", "/org/{orgId}/notificationMessage/{id}", 503);
            assertEquals("msg-1", suger.messages().get("msg-1").id(), "the original still retries the 503");
        }
        List<FakeRequest> requests = server.requests();
        assertEquals(3, requests.size());
        assertEquals("t-1", requests.get(0).header("X-Trace"));
        for (FakeRequest r : requests) {
            assertEquals("Key " + KEY, r.header("Authorization"), "the view shares the credentials");
        }
        assertNull(requests.get(1).header("X-Trace"));
        assertNull(requests.get(2).header("X-Trace"));
    }

    @Test
    void anEventsViewSendsItsHeaderOnEveryPageAndItsRetryBudgetOnCount() {
        twoEventPages();
        try (Suger suger = client()) {
            NotificationEventsClient view = suger.events().withOptions(o -> o.header("X-Trace", "pages"));
            assertEquals(List.of("e1", "e2"), view.list().stream().map(NotificationEvent::eventId).toList());
            server.faults().statusSequence("GET", "/org/{orgId}/notificationEvent", 503);
            assertThrows(ServerException.class, () -> suger.events().withOptions(TRACED_NO_RETRY).count(EventFilter.all()));
            server.faults().statusSequence("GET", "/org/{orgId}/notificationEvent", 503);
            assertEquals(OptionalLong.of(2), suger.events().count(EventFilter.all()));
        }
        assertEquals(java.util.Arrays.asList("pages", "pages", "t-1", null, null),
                server.requests().stream().map(r -> r.header("X-Trace")).toList(), "the original retried its 503");
    }

    @Test
    void getAsyncFetchesTheMessageWithTheSameRequestAsGet() throws Exception {
        message();
        try (Suger suger = client()) {
            NotificationMessage m = suger.messages().getAsync("msg-1").get(5, TimeUnit.SECONDS);
            assertEquals("msg-1", m.id());
            assertEquals(ORG, m.organizationId());
            assertEquals("msg-2", suger.messages("org-other").getAsync("msg-2").get(5, TimeUnit.SECONDS).id());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("GET", r.method());
        assertEquals(MESSAGE, r.target());
        assertEquals("Key " + KEY, r.header("Authorization"));
        assertEquals("/org/org-other/notificationMessage/msg-2", server.takeRequest().target());
    }

    @Test
    void countAsyncAsksForOneEventAndReadsTheTotal() throws Exception {
        twoEventPages();
        try (Suger suger = client()) {
            assertEquals(OptionalLong.of(2), suger.events().countAsync(EventFilter.all()).get(5, TimeUnit.SECONDS));
        }
        FakeRequest r = server.takeRequest();
        assertEquals(EVENTS, r.path());
        assertEquals("1", r.query("limit"));
        assertEquals("0", r.query("offset"));
        assertEquals("LOW,MEDIUM,HIGH,CRITICAL", r.query("priorities"));
        assertEquals(1, server.requestCount(), "one page only");
    }

    @Test
    void countAsyncIsEmptyWhenTheServerSendsNoTotal() throws Exception {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json("{\"nextOffset\":null}"));
        try (Suger suger = client()) {
            assertEquals(OptionalLong.empty(), suger.events().countAsync(EventFilter.all()).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void asyncArgumentErrorsAreFailedFuturesAndSendNothing() {
        try (Suger suger = client()) {
            CompletableFuture<NotificationMessage> blank = suger.messages().getAsync(" ");
            assertTrue(blank.isCompletedExceptionally());
            assertEquals("notificationMessageId must not be blank",
                    failure(blank, IllegalArgumentException.class).getMessage());
            assertEquals("notificationMessageId must not be '..'",
                    failure(suger.messages().withOptions(TRACED_NO_RETRY).getAsync(".."), IllegalArgumentException.class)
                            .getMessage());
            CompletableFuture<OptionalLong> noFilter = suger.events().countAsync(null);
            assertTrue(noFilter.isCompletedExceptionally());
            assertInstanceOf(NullPointerException.class, failure(noFilter, NullPointerException.class));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void asyncFailuresAreTheExceptionsTheBlockingMethodsThrow() {
        server.route("GET", "/org/{orgId}/notificationMessage/{id}", r -> FakeResponse.text(404, "text/plain",
                "notification message not found"));
        try (Suger suger = client()) {
            ApiException e = failure(suger.messages().getAsync("nope"), ApiException.class);
            assertEquals(404, e.status());
            assertEquals(404, assertThrows(ApiException.class, () -> suger.messages().get("nope")).status());
        }
    }

    @Test
    void withALegacyTokenTheAsyncCallsFetchTheTokenWithoutBlocking() throws Exception {
        try (FakeSuger fake = FakeSuger.builder().clock(clock).events(3).messages(1).start()) {
            // The token endpoint is rate limited once: waiting for it goes to the scheduler, as an asynchronous request's
            // waits do, never to the sleeper a blocking token fetch would use.
            fake.faults().next("POST", FakeSuger.TOKEN_PATH, FakeResponse.json(429, "\"slow down\"")
                    .withRetryAfterSeconds(3));
            try (Suger suger = Suger.builder().baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep)
                    .scheduler((delay, task) -> {
                        scheduled.add(delay);
                        clock.advance(delay);
                        task.run();
                    })
                    .legacyBearerToken(FakeSuger.ORGANIZATION_ID, FakeSuger.API_CLIENT_ID, FakeSuger.API_CLIENT_SECRET)
                    .build()) {
                assertEquals(OptionalLong.of(3), suger.events().countAsync(EventFilter.all()).get(5, TimeUnit.SECONDS));
                String id = fake.messages().get(0).get("id").asText();
                assertEquals(id, suger.messages().withOptions(TRACED_NO_RETRY).getAsync(id).get(5, TimeUnit.SECONDS).id());
            }
            assertEquals(List.of(Duration.ofSeconds(3)), scheduled.stream().filter(d -> !d.isZero()).toList());
            assertEquals(List.of(), sleeper.sleeps());
            assertEquals(1, fake.tokenRequests(), "the token is cached and shared by the view");
            List<FakeRequest> requests = fake.server().requests();
            assertEquals(4, requests.size(), "a 429 and a token, then the two calls");
            String bearer = requests.get(2).header("Authorization");
            assertTrue(bearer.startsWith("Bearer "), bearer);
            assertEquals(bearer, requests.get(3).header("Authorization"));
        }
    }

    private static <E extends Throwable> E failure(CompletableFuture<?> future, Class<E> type) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return assertInstanceOf(type, e.getCause());
    }
}
