package dev.switchboard.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomRegion;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.tickets.Ticket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Intercom root: one builder, every resource on one connection, the precedence rule and the environment. */
class IntercomTest {
    private static final String TOKEN = "root-token-1";
    private final FakeServer server = FakeServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    private Intercom intercom() {
        return Intercom.builder().accessToken(TOKEN).baseUrl(server.baseUrl()).build();
    }

    @Test
    void everyResourceSendsThroughTheOneConnection() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json("{\"type\":\"ticket\",\"id\":\"t1\"}"));
        server.route("GET", "/calls/{id}", r -> FakeResponse.json("{\"type\":\"call\",\"id\":\"c1\"}"));
        server.route("GET", "/conversations/{id}", r -> FakeResponse.json("{\"type\":\"conversation\",\"id\":\"v1\"}"));
        server.route("GET", "/ticket_types", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        server.route("GET", "/ticket_states", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        server.route("GET", "/jobs/status/{id}", r -> FakeResponse.json("{\"type\":\"job\",\"id\":\"j1\",\"status\":\"success\"}"));
        server.route("GET", "/news/news_items/{id}", r -> FakeResponse.json("{\"type\":\"news-item\",\"id\":\"11\"}"));
        server.route("GET", "/internal_articles/{id}", r -> FakeResponse.json("{\"type\":\"internal_article\",\"id\":\"12\"}"));
        server.route("GET", "/away_status_reasons", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        server.route("GET", "/export/reporting_data/get_datasets", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        try (Intercom intercom = intercom()) {
            assertEquals("t1", intercom.tickets().get("t1").id());
            assertEquals("c1", intercom.calls().get("c1").id());
            assertEquals("v1", intercom.conversations().get("v1").id());
            assertEquals(List.of(), intercom.ticketTypes().list());
            assertEquals(List.of(), intercom.ticketStates().list());
            assertEquals("j1", intercom.jobs().status("j1").id());
            assertEquals("11", intercom.newsItems().get("11").id());
            assertEquals("12", intercom.internalArticles().get("12").id());
            assertEquals(List.of(), intercom.admins().awayStatusReasons());
            assertEquals(List.of(), intercom.reportingDataExport().datasets());
        }
        List<FakeRequest> sent = server.requests();
        assertEquals(10, sent.size());
        for (FakeRequest r : sent) {
            assertEquals("Bearer " + TOKEN, r.header("Authorization"), r.target());
            assertEquals("2.14", r.header("Intercom-Version"), r.target());
        }
    }

    @Test
    void withOptionsGivesAViewAndTheResourceItCameFromIsUnchanged() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json("{\"type\":\"ticket\",\"id\":\"t1\"}"));
        try (Intercom intercom = intercom()) {
            intercom.tickets().withOptions(o -> o.header("Intercom-Version", "2.13")).get("t1");
            intercom.tickets().get("t1");
        }
        assertEquals("2.13", server.takeRequest().header("Intercom-Version"));
        assertEquals("2.14", server.takeRequest().header("Intercom-Version"));
    }

    @Test
    void asyncTwinsCompleteAndAnArgumentErrorIsAFailedFutureWithNothingSent() throws Exception {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json("{\"type\":\"ticket\",\"id\":\"" + r.pathParam("id") + "\"}"));
        try (Intercom intercom = intercom()) {
            Ticket t = intercom.tickets().getAsync("t9").get();
            assertEquals("t9", t.id());
            assertEquals(1, server.requestCount());
            CompletableFuture<?> bad = intercom.calls().getAsync(" ");
            ExecutionException e = assertThrows(ExecutionException.class, bad::get);
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.getCause().toString());
            assertTrue(e.getCause().getMessage().contains("callId"), e.getCause().getMessage());
            CompletableFuture<?> none = intercom.tickets().createAsync(null);
            assertTrue(assertThrows(ExecutionException.class, none::get).getCause() instanceof NullPointerException);
        }
        assertEquals(1, server.requestCount(), "rejected arguments send nothing");
    }

    @Test
    void aConfigureHookAndTheCallersPolicyWinOverIntercomsDefault() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.status(503));
        Function<Intercom, Integer> attempts = intercom -> {
            server.clearRequests();
            try (intercom) {
                assertThrows(ServerException.class, () -> intercom.tickets().get("t1"));
            }
            return server.requestCount();
        };
        assertEquals(1, attempts.apply(Intercom.builder().accessToken(TOKEN).baseUrl(server.baseUrl())
                .sleeper(d -> { }).configure(c -> c.retryPolicy(RetryPolicy.none())).build()));
        assertEquals(1, attempts.apply(Intercom.builder().accessToken(TOKEN).baseUrl(server.baseUrl())
                .sleeper(d -> { }).retryPolicy(RetryPolicy.none()).build()));
        server.clearRequests();
        try (Intercom intercom = Intercom.builder().accessToken(TOKEN).baseUrl(server.baseUrl()).sleeper(d -> { })
                .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).build()) {
            assertThrows(ServerException.class, () -> intercom.tickets().withOptions(o -> o.maxRetries(1)).get("t1"));
        }
        assertEquals(2, server.requestCount(), "a view's retry budget over the client's policy");
    }

    @Test
    void fromEnvFillsWhatWasNotSetAndAnExplicitSettingWins() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json("{\"type\":\"ticket\",\"id\":\"t1\"}"));
        Map<String, String> env = Map.of("INTERCOM_TOKEN", "env-token", "INTERCOM_BASE_URL", server.baseUrl(),
                "INTERCOM_VERSION", "2.13");
        try (Intercom intercom = Intercom.builder().fromEnv(env::get).build()) {
            intercom.tickets().get("t1");
        }
        FakeRequest sent = server.takeRequest();
        assertEquals("Bearer env-token", sent.header("Authorization"));
        assertEquals("2.13", sent.header("Intercom-Version"));
        try (Intercom intercom = Intercom.builder().fromEnv(env::get).accessToken("explicit").version("2.14").build()) {
            intercom.tickets().get("t1");
        }
        sent = server.takeRequest();
        assertEquals("Bearer explicit", sent.header("Authorization"));
        assertEquals("2.14", sent.header("Intercom-Version"));
        try (Intercom eu = Intercom.builder().fromEnv(Map.of("INTERCOM_TOKEN", "t", "INTERCOM_REGION", "eu")::get).build()) {
            assertEquals(IntercomRegion.EU.baseUrl(), eu.connection().baseUrl());
        }
        assertEquals("INTERCOM_REGION must be one of US, EU, AU, was 'mars'", assertThrows(IllegalArgumentException.class,
                () -> Intercom.builder().fromEnv(Map.of("INTERCOM_TOKEN", "t", "INTERCOM_REGION", "mars")::get).build())
                .getMessage());
        assertEquals("an Intercom access token is required: call accessToken(...) (or fromEnv() with INTERCOM_TOKEN)",
                assertThrows(IllegalStateException.class, () -> Intercom.builder().fromEnv(Map.<String, String>of()::get).build())
                        .getMessage());
    }
}
