package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code users} has its own defaults (90 s after a 429, requests 2 s apart), and every query's window is checked
 * against the 30-day TTL and 2026-04-01. The harness clock stands at 2026-04-10T08:00Z.
 */
class UsersPacingAndWindowTest {
    private static final String USERS = "/export/v1/records/users";
    private static final String CONVERSATIONS = "/export/v1/records/conversations";

    private final FakeServer server = FakeServer.start();
    private final Harness h = new Harness();

    @BeforeEach
    void routes() {
        server.route("GET", USERS, r -> {
            boolean first = r.query("$skiptoken") == null;
            return FakeResponse.json(Harness.page("users", first ? server.baseUrl() + USERS + "?$skiptoken=2" : null,
                    "{\"id\":\"" + (first ? "u1" : "u2") + "\"}"));
        });
        server.route("GET", USERS + "/$count", r -> FakeResponse.text(200, "text/plain", "2"));
        server.route("GET", CONVERSATIONS, r -> {
            boolean first = r.query("$skiptoken") == null;
            return FakeResponse.json(Harness.page("conversations", first ? server.baseUrl() + CONVERSATIONS
                    + "?$skiptoken=2" : null, Harness.conversation(first ? "c1" : "c2", "DM")));
        });
        server.route("GET", CONVERSATIONS + "/$count", r -> FakeResponse.text(200, "text/plain", "2"));
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void usersPagesArePacedTwoSecondsApartOtherEntitiesAreNot() {
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(2, api.conversations().list().stream().count());
            assertEquals(List.of(), h.sleeper.sleeps());
            assertEquals(2, api.users().list().stream().count());
        }
        assertEquals(List.of(Duration.ofSeconds(2)), h.sleeper.sleeps(), "the second users page waits 2 s");
    }

    @Test
    void usersPacingIsConfigurableAndCanBeTurnedOff() {
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).usersPageInterval(Duration.ZERO).build()) {
            assertEquals(2, api.users().list().stream().count());
            assertEquals(2L, api.users().count());
        }
        assertEquals(List.of(), h.sleeper.sleeps());
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).usersPageInterval(Duration.ofSeconds(5))
                .build()) {
            assertEquals(2, api.users().list().stream().count());
        }
        assertEquals(List.of(Duration.ofSeconds(5)), h.sleeper.sleeps());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MoveworksDataApi.builder().usersPageInterval(Duration.ofSeconds(-1)));
        assertTrue(e.getMessage().contains("usersPageInterval"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MoveworksDataApi.builder().usersRateLimitWait(Duration.ZERO));
    }

    @Test
    void a429OnUsersWithoutRetryAfterWaitsNinetySecondsOnOthersSixty() {
        server.faults().statusSequence("GET", USERS + "/$count", 429);
        server.faults().statusSequence("GET", CONVERSATIONS + "/$count", 429);
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(2L, api.users().count());
            assertEquals(List.of(Duration.ofSeconds(90)), h.sleeper.sleeps());
            assertEquals(2L, api.conversations().count());
        }
        assertEquals(List.of(Duration.ofSeconds(90), Duration.ofSeconds(60)), h.sleeper.sleeps());
    }

    @Test
    void theUsersWaitIsConfigurableApartFromTheOthers() {
        server.faults().statusSequence("GET", USERS + "/$count", 429);
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).rateLimitWait(Duration.ofSeconds(30))
                .usersRateLimitWait(Duration.ofSeconds(120)).build()) {
            api.users().count();
        }
        assertEquals(List.of(Duration.ofSeconds(120)), h.sleeper.sleeps());
    }

    @Test
    void theDocumentedDatesAreConstants() {
        assertEquals(Duration.ofDays(30), DataWindow.TTL);
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), DataWindow.SYS_EVENTS_START);
    }

    @Test
    void theWindowStartIsTheLowerBoundOfTheFilter() {
        Instant a = Instant.parse("2026-04-02T00:00:00Z");
        Instant b = Instant.parse("2026-04-05T00:00:00Z");
        assertEquals(Optional.of(a), DataWindow.lowerBound(Filter.createdTime().ge(a)));
        assertEquals(Optional.of(a), DataWindow.lowerBound(Filter.lastUpdatedTime().gt(a)));
        assertEquals(Optional.empty(), DataWindow.lowerBound(Filter.createdTime().lt(a)));
        assertEquals(Optional.empty(), DataWindow.lowerBound(Filter.dmOnly()));
        assertEquals(Optional.empty(), DataWindow.lowerBound(Filter.time("plugin_update_time").ge(a)));
        assertEquals(Optional.of(b), DataWindow.lowerBound(Filter.createdTime().ge(a).and(Filter.lastUpdatedTime().ge(b))
                .and(Filter.dmOnly())));
        assertEquals(Optional.of(a), DataWindow.lowerBound(Filter.createdTime().ge(a).or(Filter.createdTime().ge(b))));
        assertEquals(Optional.empty(), DataWindow.lowerBound(Filter.createdTime().ge(a).or(Filter.dmOnly())));
    }

    @Test
    void warningsNameTheTtlAndTheSysEventsStart() {
        Instant now = Instant.parse("2026-04-10T08:00:00Z");
        Instant march = Instant.parse("2026-03-01T00:00:00Z");
        List<String> w = DataWindow.warnings("conversations", ODataQuery.of(Filter.createdTime().ge(march)), now);
        assertEquals(List.of("the conversations query starts at 2026-03-01T00:00:00Z, before 2026-03-11T08:00:00Z: the"
                + " Data API keeps 30 days of data (TTL), so older records are not returned",
                "the conversations query starts at 2026-03-01T00:00:00Z, before 2026-04-01T00:00:00Z: SysEvents are not"
                + " backfilled, so earlier conversations are user-initiated (DM) ones only"), w);
        assertEquals(1, DataWindow.warnings("users", ODataQuery.of(Filter.lastUpdatedTime().ge(march)), now).size());
        Instant lateMarch = Instant.parse("2026-03-20T00:00:00Z");
        assertEquals(List.of("the conversations query starts at 2026-03-20T00:00:00Z, before 2026-04-01T00:00:00Z:"
                + " SysEvents are not backfilled, so earlier conversations are user-initiated (DM) ones only"),
                DataWindow.warnings("conversations", ODataQuery.of(Filter.createdTime().ge(lateMarch)), now));
        assertEquals(List.of(), DataWindow.warnings("interactions", ODataQuery.of(Filter.createdTime().ge(lateMarch)), now));
        assertEquals(List.of(), DataWindow.warnings("conversations", ODataQuery.all(), now), "no lower bound");
        assertEquals(List.of(), DataWindow.warnings("conversations",
                ODataQuery.of(Filter.createdTime().ge(DataWindow.SYS_EVENTS_START)), now));
    }

    @Test
    void failRefusesAWindowBeforeTheTtlBeforeAnyRequest() {
        ODataQuery old = ODataQuery.of(Filter.lastUpdatedTime().ge(Instant.parse("2026-03-01T00:00:00Z")));
        try (MoveworksDataApi api = h.builder(server).apiKey(Harness.API_KEY).windowCheck(DataWindow.WindowCheck.FAIL)
                .build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.users().list(old));
            assertTrue(e.getMessage().startsWith("query: the users query starts at 2026-03-01T00:00:00Z"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> api.conversations().count(old));
            assertTrue(api.conversations().countAsync(old).isCompletedExceptionally());
            assertEquals(2L, api.users().count(ODataQuery.of(Filter.lastUpdatedTime().ge(Instant.parse("2026-04-01T00:00:00Z")))));
        }
        assertEquals(1, server.requestCount(), "refused queries send nothing");
    }

    @Test
    void warnAndIgnoreSendTheQuery() {
        ODataQuery old = ODataQuery.of(Filter.createdTime().ge(Instant.parse("2026-01-01T00:00:00Z")));
        try (MoveworksDataApi warn = h.withKey(server);
                MoveworksDataApi quiet = h.builder(server).apiKey(Harness.API_KEY)
                        .windowCheck(DataWindow.WindowCheck.IGNORE).build()) {
            assertEquals(2L, warn.conversations().count(old));
            assertEquals(2L, quiet.conversations().count(old));
        }
        assertEquals(2, server.requestCount());
    }
}
