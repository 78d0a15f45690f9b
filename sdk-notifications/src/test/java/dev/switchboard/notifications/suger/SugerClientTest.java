package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.PaginationException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact requests of the Suger client, and its paging (SG-6, SG-7, SG-8). */
class SugerClientTest {
    static final String KEY = "sk_live_5f2b9c0e7d1a4b3c8e6f";
    static final String ORG = "org-9b1e2f";
    static final String EVENTS = "/org/" + ORG + "/notificationEvent";

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void close() {
        server.close();
    }

    private Suger client() {
        return Suger.builder().apiKey(KEY).organizationId(ORG).baseUrl(server.baseUrl()).clock(clock)
                .sleeper(sleeper::sleep).build();
    }

    private void lastPage() {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json(
                Fixture.text("suger/notification-events-last-page.json")));
    }

    /** Serves {@code total} events {@code e1..eN}, {@code per} a page, totalCount at offset 0, null nextOffset last. */
    private void pages(int total, int per) {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> {
            int offset = Integer.parseInt(r.query("offset"));
            List<Object> events = new ArrayList<>();
            for (int i = offset; i < Math.min(offset + per, total); i++) {
                events.add(TestJson.object("eventID", "e" + (i + 1), "priority", "LOW"));
            }
            Integer next = offset + per < total ? offset + per : null;
            return FakeResponse.json(offset == 0
                    ? TestJson.object("nextOffset", next, "notificationEvents", events, "totalCount", total)
                    : TestJson.object("nextOffset", next, "notificationEvents", events));
        });
    }

    @Test
    void listSendsAllFourPrioritiesLimitAndOffsetByDefault() {
        lastPage();
        try (Suger suger = client()) {
            assertEquals(0, suger.events().list().stream().count());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("GET", r.method());
        assertEquals(EVENTS + "?priorities=LOW%2CMEDIUM%2CHIGH%2CCRITICAL&limit=1000&offset=0", r.target());
        assertEquals("LOW,MEDIUM,HIGH,CRITICAL", r.query("priorities"));
        assertEquals("Key " + KEY, r.header("Authorization"));
        assertEquals("application/json", r.header("Accept"));
        assertTrue(r.header("User-Agent").contains("suger"), r.header("User-Agent"));
        assertEquals("", r.bodyUtf8());
    }

    @Test
    void listSendsDatesPrioritiesMessageAndLimitExactly() {
        lastPage();
        EventFilter filter = EventFilter.builder()
                .startDate(LocalDate.of(2024, 5, 1))
                .endDate(LocalDate.of(2024, 5, 31))
                .priorities(AuditingEventPriority.CRITICAL, AuditingEventPriority.HIGH, AuditingEventPriority.CRITICAL)
                .message("expires soon")
                .limit(250)
                .build();
        try (Suger suger = client()) {
            suger.events().list(filter).firstPage();
        }
        FakeRequest r = server.takeRequest();
        assertEquals(EVENTS + "?startDate=2024-05-01&endDate=2024-05-31&priorities=HIGH%2CCRITICAL"
                + "&message=expires%20soon&limit=250&offset=0", r.target());
        assertEquals("2024-05-01", r.query("startDate"));
        assertEquals("2024-05-31", r.query("endDate"));
        assertEquals("HIGH,CRITICAL", r.query("priorities"));
        assertEquals("expires soon", r.query("message"));
    }

    @Test
    void theHeaderIsKeySchemeFromABareKeyAndAGivenPrefixIsNotDoubled() {
        lastPage();
        try (Suger suger = client()) {
            suger.events().list().firstPage();
        }
        try (Suger suger = Suger.builder().apiKey("Key " + KEY).organizationId(ORG)
                .baseUrl(server.baseUrl()).build()) {
            suger.events().list().firstPage();
        }
        assertEquals("Key " + KEY, server.takeRequest().header("Authorization"));
        assertEquals("Key " + KEY, server.takeRequest().header("Authorization"));
    }

    @Test
    void pathsAreExactAndAnIdIsAlwaysOneSegment() {
        lastPage();
        server.route("GET", "/org/{orgId}/notificationEvent/{type}/{id}", r -> FakeResponse.json(
                Fixture.text("suger/notification-events-last-page.json")));
        try (Suger suger = client()) {
            suger.events("acme/eu ?#").list().firstPage();
            suger.events().listByEntity(EntityType.OFFER, "offer/1", 10).firstPage();
        }
        assertEquals("/org/acme%2Feu%20%3F%23/notificationEvent?priorities=LOW%2CMEDIUM%2CHIGH%2CCRITICAL&limit=1000"
                + "&offset=0", server.takeRequest().target());
        assertEquals(EVENTS + "/OFFER/offer%2F1?limit=10&offset=0", server.takeRequest().target());
    }

    @Test
    void pagingFollowsNextOffsetAndStopsOnNull() {
        pages(5, 2);
        List<String> ids = new ArrayList<>();
        try (Suger suger = client()) {
            suger.events().list(EventFilter.builder().limit(2).build()).forEach(e -> ids.add(e.eventId()));
        }
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), ids);
        List<String> offsets = server.requests().stream().map(r -> r.query("offset")).toList();
        assertEquals(List.of("0", "2", "4"), offsets);
        for (FakeRequest r : server.requests()) {
            assertEquals("LOW,MEDIUM,HIGH,CRITICAL", r.query("priorities"), "every page carries the priorities");
            assertEquals("2", r.query("limit"));
        }
    }

    @Test
    void anAbsentNextOffsetAlsoEndsTheListing() {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json(
                "{\"notificationEvents\":[{\"eventID\":\"only\"}],\"totalCount\":1}"));
        try (Suger suger = client()) {
            assertEquals(1, suger.events().list().stream().count());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void theDocumentedLiteralNextOffsetZeroEndsTheListing() {
        // The doc's example response has "nextOffset": 0 next to its records; offset 0 is the first page, never a next one.
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json(
                "{\"nextOffset\":0,\"notificationEvents\":[{\"eventID\":\"e1\"}],\"totalCount\":1}"));
        try (Suger suger = client()) {
            assertEquals(java.util.List.of("e1"), suger.events().list().stream().map(NotificationEvent::eventId).toList());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void aNonAdvancingOffsetStopsWithAPaginationException() {
        server.route("GET", "/org/{orgId}/notificationEvent", r -> FakeResponse.json(
                "{\"nextOffset\":3,\"notificationEvents\":[{\"eventID\":\"e1\"}]}"));
        try (Suger suger = client()) {
            PaginationException e = assertThrows(PaginationException.class, () -> suger.events().list().stream().count());
            assertTrue(e.getMessage().contains("does not advance"), e.getMessage());
        }
        assertEquals(2, server.requestCount());
    }

    @Test
    void totalCountOfTheFirstPageIsExposed() {
        pages(5, 2);
        try (Suger suger = client()) {
            Paginator<NotificationEvent> events = suger.events().list(EventFilter.builder().limit(2).build());
            Page<NotificationEvent> first = events.firstPage();
            assertEquals(5L, first.metaLong(NotificationEventsClient.TOTAL_COUNT).orElseThrow());
            assertEquals(java.util.Optional.of("2"), first.nextCursor());
            Page<NotificationEvent> second = events.page(first.nextCursor().get());
            assertTrue(second.metaLong(NotificationEventsClient.TOTAL_COUNT).isEmpty(), "only the first page has it");
            assertEquals(OptionalLong.of(5), suger.events().count(EventFilter.all()));
        }
        FakeRequest count = server.requests().get(2);
        assertEquals(EVENTS + "?priorities=LOW%2CMEDIUM%2CHIGH%2CCRITICAL&limit=1&offset=0", count.target());
    }

    @Test
    void countIsEmptyWhenTheServerSendsNoTotal() {
        lastPage();
        try (Suger suger = client()) {
            assertEquals(OptionalLong.empty(), suger.events().count(EventFilter.all()));
        }
    }

    @Test
    void theOrganizationIsPerClientOrPerCall() {
        lastPage();
        server.route("GET", "/org/{orgId}/notificationMessage", r -> FakeResponse.json(
                Fixture.text("suger/notification-messages-page.json")));
        try (Suger suger = client(); Suger noOrg = Suger.builder().apiKey(KEY)
                .baseUrl(server.baseUrl()).build()) {
            assertEquals(ORG, suger.events().organizationId());
            suger.events("org-other").list().firstPage();
            noOrg.messages("org-third").list().firstPage();
            IllegalStateException e = assertThrows(IllegalStateException.class, noOrg::events);
            assertTrue(e.getMessage().contains("organizationId"), e.getMessage());
            assertThrows(IllegalStateException.class, noOrg::messages);
            assertTrue(noOrg.organizationId().isEmpty());
        }
        assertTrue(server.takeRequest().target().startsWith("/org/org-other/notificationEvent?"));
        assertEquals("/org/org-third/notificationMessage?limit=1000&offset=0", server.takeRequest().target());
    }

    @Test
    void messagesAreListedAndFetchedById() {
        server.route("GET", "/org/{orgId}/notificationMessage", r -> FakeResponse.json(
                Fixture.text("suger/notification-messages-page.json")));
        server.route("GET", "/org/{orgId}/notificationMessage/{id}", r -> FakeResponse.json(
                Fixture.text("suger/notification-message.json")));
        try (Suger suger = client()) {
            List<NotificationMessage> all = suger.messages().list(50).stream().toList();
            assertEquals(3, all.size());
            NotificationMessage one = suger.messages().get("nmsg-01J3ZK8R00000000000000000A");
            assertSame(NotificationChannel.EMAIL, one.type());
            assertEquals("Entitlement expiring in 7 days", one.info().subject());
        }
        assertEquals("/org/" + ORG + "/notificationMessage?limit=50&offset=0", server.takeRequest().target());
        FakeRequest get = server.takeRequest();
        assertEquals("GET", get.method());
        assertEquals("/org/" + ORG + "/notificationMessage/nmsg-01J3ZK8R00000000000000000A", get.target());
        assertEquals("Key " + KEY, get.header("Authorization"));
    }

    @Test
    void argumentsAreCheckedBeforeAnyRequest() {
        try (Suger suger = client()) {
            NotificationEventsClient events = suger.events();
            assertMessage("organizationId must not be blank", () -> suger.events(" "));
            assertMessage("organizationId must not be blank", () -> suger.messages(""));
            assertMessage("entityType must not be null or empty", () -> events.listByEntity(EntityType.EMPTY, "x"));
            assertMessage("entityType must not be null or empty", () -> events.listByEntity(null, "x"));
            assertMessage("entityId must not be blank", () -> events.listByEntity(EntityType.OFFER, " "));
            assertMessage("limit must be between 1 and 1000, was 0", () -> events.listByEntity(EntityType.OFFER, "o", 0));
            assertMessage("limit must be between 1 and 1000, was 1001", () -> suger.messages().list(1001));
            assertMessage("notificationMessageId must not be blank", () -> suger.messages().get(null));
            assertMessage("notificationMessageId must not be '..'", () -> suger.messages().get(".."));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void builderChecksCredentialsWithoutEchoingThem() {
        assertMessage("apiKey must not be blank", () -> Suger.builder().apiKey("  "));
        IllegalArgumentException control = assertThrows(IllegalArgumentException.class,
                () -> Suger.builder().apiKey("secret-value\nX-Injected: 1"));
        assertFalse(control.getMessage().contains("secret-value"), control.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> Suger.builder().build());
        assertTrue(none.getMessage().contains("apiKey(...)"), none.getMessage());
        assertMessage("apiClientSecret must not be blank",
                () -> Suger.builder().legacyBearerToken("org", "id", ""));
        assertMessage("apiClientId must not be blank", () -> Suger.builder().legacyBearerToken("org", " ", "s"));
        assertThrows(IllegalArgumentException.class, () -> Suger.builder().apiKey(KEY).baseUrl("not a url").build());
    }

    @Test
    void toStringNeverShowsTheKey() {
        try (Suger suger = client()) {
            String s = suger.toString() + suger.transport() + suger.transport().config() + suger.events()
                    + suger.messages();
            assertFalse(s.contains(KEY), s);
            assertTrue(s.contains("Authorization: Key ***"), s);
        }
        try (Suger legacy = Suger.builder().legacyBearerToken(ORG, "client-1", "very-secret-value")
                .baseUrl(server.baseUrl()).build()) {
            String s = legacy.toString() + legacy.transport() + legacy.transport().config();
            assertFalse(s.contains("very-secret-value"), s);
            assertEquals(ORG, legacy.organizationId().orElseThrow(), "the token's organization is the default");
        }
    }

    @Test
    void theBaseUrlDefaultsToSugersAndCanBeReplaced() {
        try (Suger real = Suger.builder().apiKey(KEY).build(); Suger local = client()) {
            assertEquals("https://api.suger.cloud", real.baseUrl());
            assertEquals(server.baseUrl(), local.baseUrl());
            assertNull(real.transport().config().rateLimiter(), "Suger documents no rate limit");
        }
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(expected, e.getMessage());
    }
}
