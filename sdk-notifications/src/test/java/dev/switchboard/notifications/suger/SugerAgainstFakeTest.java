package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the stateful fake: priorities, dates, paging and drift end to end. */
class SugerAgainstFakeTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final FakeSuger fake = FakeSuger.builder().clock(clock).events(240).messages(37).start();
    private final Suger suger = Suger.builder().apiKey(FakeSuger.API_KEY)
            .organizationId(FakeSuger.ORGANIZATION_ID).baseUrl(fake.baseUrl()).clock(clock).build();

    @AfterEach
    void close() {
        suger.close();
        fake.close();
    }

    private List<ObjectNode> inDefaultWindow() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return fake.events().stream().filter(e -> {
            LocalDate day = LocalDate.ofInstant(Instant.parse(e.path("timestamp").asText()), ZoneOffset.UTC);
            return !day.isBefore(today.minusDays(30));
        }).toList();
    }

    @Test
    void alwaysSendingPrioritiesReturnsEventsTheServerDefaultWouldHide() {
        List<NotificationEvent> all = suger.events().list().stream().toList();
        assertEquals(inDefaultWindow().size(), all.size());
        Set<String> priorities = all.stream().map(e -> e.priority().value()).collect(Collectors.toSet());
        assertEquals(Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL"), priorities);

        // The same request without priorities, as a client that leaves the parameter out would send it.
        JsonNode bare = suger.transport().execute(ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationEvent",
                FakeSuger.ORGANIZATION_ID).build(), JsonNode.class);
        long hidden = all.stream().filter(e -> e.priority() == AuditingEventPriority.LOW
                || e.priority() == AuditingEventPriority.MEDIUM).count();
        assertEquals(all.size() - hidden, bare.path("totalCount").asLong());
        assertTrue(hidden > 0);
    }

    @Test
    void pagesOfFiftyCoverEveryEventAndTheTotalCountMatches() {
        Page<NotificationEvent> first = suger.events().list(EventFilter.builder().limit(50).build()).firstPage();
        long total = first.metaLong("totalCount").orElseThrow();
        fake.server().clearRequests();
        long listed = suger.events().list(EventFilter.builder().limit(50).build()).stream().count();
        assertEquals(total, listed);
        assertEquals((total + 49) / 50, fake.server().requestCount());
        assertEquals(total, suger.events().count(EventFilter.all()).getAsLong());
    }

    @Test
    void theDateWindowAndMessageFilterAreApplied() {
        LocalDate start = LocalDate.of(2024, 7, 10);
        LocalDate end = LocalDate.of(2024, 7, 12);
        List<NotificationEvent> window = suger.events().list(EventFilter.builder().startDate(start).endDate(end).build())
                .stream().toList();
        assertFalse(window.isEmpty());
        for (NotificationEvent e : window) {
            LocalDate day = LocalDate.ofInstant(e.timestamp(), ZoneOffset.UTC);
            assertFalse(day.isBefore(start) || day.isAfter(end), day.toString());
        }
        List<NotificationEvent> expiring = suger.events().list(EventFilter.builder().message("EXPIRES IN").build())
                .stream().toList();
        assertFalse(expiring.isEmpty());
        expiring.forEach(e -> assertTrue(e.message().contains("expires in"), e.message()));
    }

    @Test
    void everyServedEventDecodesAndIsWrittenBackAsServedDriftIncluded() {
        List<NotificationEvent> events = suger.events().list(EventFilter.builder()
                .startDate(LocalDate.of(2024, 1, 1)).build()).stream().toList();
        assertEquals(240, events.size());
        for (NotificationEvent e : events) {
            assertEquals(fake.event(e.eventId()), Json.toTree(e), e.eventId());
            assertEquals(fake.event(e.eventId()).toString(), Json.write(e), "same text, key order included");
        }
        assertTrue(events.stream().anyMatch(e -> e.action() == NotificationEventAction.EMPTY));
        assertTrue(events.stream().anyMatch(e -> !e.action().isKnown()));
        assertTrue(events.stream().anyMatch(e -> e.action() == NotificationEventAction.MARKETPLACE_CONTACT_EMAIL_UPDATE));
        assertTrue(events.stream().anyMatch(e -> e.partner() == Partner.EMPTY));
        assertTrue(events.stream().anyMatch(e -> !e.partner().isKnown()));
        assertTrue(events.stream().anyMatch(e -> e.channels() != null && e.channels().stream().anyMatch(c -> !c.isKnown())));
        assertTrue(events.stream().anyMatch(e -> Instant.parse("0001-01-01T00:00:00Z").equals(e.lastUpdateTime())));
        assertTrue(events.stream().anyMatch(e -> e.json().containsKey("workflowExecutionID")));
    }

    @Test
    void eventsOfOneEntityAndMessages() {
        List<NotificationEvent> offer = suger.events().listByEntity(EntityType.OFFER, "offer-0").stream().toList();
        assertFalse(offer.isEmpty());
        offer.forEach(e -> {
            assertSame(EntityType.OFFER, e.entityType());
            assertEquals("offer-0", e.entityId());
        });
        FakeRequest r = fake.server().requests().get(0);
        assertEquals("/org/org-sandbox/notificationEvent/OFFER/offer-0?limit=1000&offset=0", r.target());

        List<NotificationMessage> messages = suger.messages().list(10).stream().toList();
        assertEquals(37, messages.size());
        NotificationMessage m = suger.messages().get(messages.get(3).id());
        assertEquals(messages.get(3), m);
        assertEquals(fake.messages().get(3), Json.toTree(m));
    }
}
