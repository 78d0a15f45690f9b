package dev.switchboard.testkit.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeSugerTest {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    private static final String EVENTS = "/org/" + FakeSuger.ORGANIZATION_ID + "/notificationEvent";

    private final ManualClock clock = ManualClock.at(Instant.parse("2024-07-30T12:00:00Z"));
    private final FakeSuger fake = FakeSuger.builder().clock(clock).events(240).messages(37).start();

    @AfterEach
    void close() {
        fake.close();
    }

    record Result(int status, String contentType, String body) {
        JsonNode json() {
            return TestJson.parse(body);
        }
    }

    private Result call(String method, String pathAndQuery, String authorization, String json) throws IOException {
        Request.Builder b = new Request.Builder().url(fake.baseUrl() + pathAndQuery)
                .method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try (Response r = HTTP.newCall(b.build()).execute()) {
            return new Result(r.code(), r.header("Content-Type"), r.body().string());
        }
    }

    private Result get(String pathAndQuery) throws IOException {
        return call("GET", pathAndQuery, "Key " + FakeSuger.API_KEY, null);
    }

    private long inWindow(LocalDate start, LocalDate end, Set<String> priorities) {
        return fake.events().stream().filter(e -> {
            LocalDate day = LocalDate.ofInstant(Instant.parse(e.path("timestamp").asText()), ZoneOffset.UTC);
            return !day.isBefore(start) && !day.isAfter(end) && priorities.contains(e.path("priority").asText());
        }).count();
    }

    @Test
    void withoutPrioritiesOnlyHighAndCriticalAreServed() throws IOException {
        LocalDate today = LocalDate.of(2024, 7, 30);
        JsonNode bare = get(EVENTS).json();
        assertEquals(inWindow(today.minusDays(30), today, Set.of("HIGH", "CRITICAL")), bare.path("totalCount").asLong());
        bare.path("notificationEvents").forEach(e ->
                assertTrue(Set.of("HIGH", "CRITICAL").contains(e.path("priority").asText())));
        JsonNode empty = get(EVENTS + "?priorities=").json();
        assertEquals(bare.path("totalCount"), empty.path("totalCount"), "empty means the same as absent");
        JsonNode all = get(EVENTS + "?priorities=LOW,MEDIUM,HIGH,CRITICAL").json();
        assertEquals(inWindow(today.minusDays(30), today, Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL")),
                all.path("totalCount").asLong());
        assertTrue(all.path("totalCount").asLong() > bare.path("totalCount").asLong());
        Result invalid = get(EVENTS + "?priorities=LOW,URGENT");
        assertEquals(400, invalid.status());
        assertEquals("\"invalid priority 'URGENT'; valid values are LOW, MEDIUM, HIGH, CRITICAL\"", invalid.body());
    }

    @Test
    void datesFilterByTheEventsUtcDay() throws IOException {
        JsonNode page = get(EVENTS + "?startDate=2024-07-10&endDate=2024-07-11&priorities=LOW,MEDIUM,HIGH,CRITICAL")
                .json();
        long expected = inWindow(LocalDate.of(2024, 7, 10), LocalDate.of(2024, 7, 11),
                Set.of("LOW", "MEDIUM", "HIGH", "CRITICAL"));
        assertTrue(expected > 0);
        assertEquals(expected, page.path("totalCount").asLong());
        for (JsonNode e : page.path("notificationEvents")) {
            String day = e.path("timestamp").asText().substring(0, 10);
            assertTrue(day.equals("2024-07-10") || day.equals("2024-07-11"), day);
        }
        assertEquals(400, get(EVENTS + "?startDate=2024-7-1").status());
        assertEquals("\"invalid startDate: must be YYYY-MM-DD\"", get(EVENTS + "?startDate=2024-7-1").body());
        assertEquals(400, get(EVENTS + "?startDate=2024-07-11&endDate=2024-07-10").status());
    }

    @Test
    void pagesCarryNextOffsetAndTotalCountOnlyAtOffsetZero() throws IOException {
        String all = EVENTS + "?startDate=2024-01-01&priorities=LOW,MEDIUM,HIGH,CRITICAL&limit=100";
        JsonNode first = get(all + "&offset=0").json();
        assertEquals(240, first.path("totalCount").asInt());
        assertEquals(100, first.path("nextOffset").asInt());
        assertEquals(100, first.path("notificationEvents").size());
        JsonNode last = get(all + "&offset=200").json();
        assertTrue(last.has("nextOffset") && last.path("nextOffset").isNull(), "null, not absent, on the last page");
        assertFalse(last.has("totalCount"));
        assertEquals(40, last.path("notificationEvents").size());
        JsonNode past = get(all + "&offset=240").json();
        assertTrue(past.path("notificationEvents").isNull(), "Go writes an empty slice as null");
        assertEquals(400, get(all.replace("limit=100", "limit=1001")).status());
        assertEquals(400, get(all + "&offset=-1").status());
        assertEquals(400, get(all + "&offset=x").status());
    }

    @Test
    void theSeededEventsDriftAsRealOnesDo() {
        List<ObjectNode> events = fake.events();
        assertEquals(240, events.size());
        Set<String> actions = new HashSet<>();
        events.forEach(e -> actions.add(e.path("action").asText()));
        assertTrue(actions.containsAll(Set.of("", SugerSeed.NEW_ACTION, SugerSeed.REMOVED_ACTION)), actions.toString());
        assertTrue(events.stream().anyMatch(e -> e.path("partner").asText().equals(SugerSeed.NEW_PARTNER)));
        assertTrue(events.stream().anyMatch(e -> e.path("lastUpdateTime").asText().equals(SugerSeed.ZERO_TIME)));
        assertTrue(events.stream().anyMatch(e -> e.path("trackEvents").isNull()));
        assertTrue(events.stream().anyMatch(e -> e.has(SugerSeed.NEW_FIELD)));
        assertTrue(events.stream().allMatch(e -> e.size() >= 24), "every spec field is always present");
        ObjectNode first = events.get(0);
        assertEquals(first, fake.event(first.path("eventID").asText()));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(Instant.parse(events.get(i - 1).path("timestamp").asText())
                    .isAfter(Instant.parse(events.get(i).path("timestamp").asText())), "newest first");
        }
    }

    @Test
    void authNeedsTheKeyOrAnIssuedToken() throws IOException {
        assertEquals(new Result(401, "application/json", "\"missing Authorization header\""),
                call("GET", EVENTS, null, null));
        assertEquals(401, call("GET", EVENTS, "Key wrong", null).status());
        assertEquals(401, call("GET", EVENTS, FakeSuger.API_KEY, null).status(), "the Key scheme is required");
        assertEquals(403, get("/org/someone-else/notificationEvent").status());

        String body = "{\"organizationID\":\"" + FakeSuger.ORGANIZATION_ID + "\",\"id\":\"" + FakeSuger.API_CLIENT_ID
                + "\",\"secret\":\"" + FakeSuger.API_CLIENT_SECRET + "\"}";
        JsonNode token = call("POST", FakeSuger.TOKEN_PATH, null, body).json();
        assertEquals(3600, token.path("expires_in").asInt());
        assertEquals("Bearer", token.path("token_type").asText());
        assertEquals("2024-07-30T13:00:00Z", token.path("expires_on").asText());
        String bearer = "Bearer " + token.path("access_token").asText();
        assertEquals(200, call("GET", EVENTS, bearer, null).status());
        clock.advance(Duration.ofHours(1));
        assertEquals(401, call("GET", EVENTS, bearer, null).status(), "expired by the fake's clock");
        assertEquals(401, call("POST", FakeSuger.TOKEN_PATH, null, body.replace("client-secret", "guess")).status());
        assertEquals(2, fake.tokenRequests());
        String again = "Bearer " + call("POST", FakeSuger.TOKEN_PATH, null, body).json().path("access_token").asText();
        fake.revokeTokens();
        assertEquals(401, call("GET", EVENTS, again, null).status());
    }

    @Test
    void messagesEntitiesAndMessageFilter() throws IOException {
        JsonNode messages = get("/org/" + FakeSuger.ORGANIZATION_ID + "/notificationMessage?limit=10").json();
        assertEquals(37, messages.path("totalCount").asInt());
        assertEquals(10, messages.path("notificationMessages").size());
        JsonNode one = get("/org/" + FakeSuger.ORGANIZATION_ID + "/notificationMessage/msg-0003").json();
        assertEquals("msg-0003", one.path("id").asText());
        Result missing = get("/org/" + FakeSuger.ORGANIZATION_ID + "/notificationMessage/nope");
        assertEquals(new Result(404, "application/json", "\"notification message nope not found\""), missing);

        JsonNode offer = get(EVENTS + "/OFFER/offer-0").json();
        assertTrue(offer.path("totalCount").asInt() > 0);
        offer.path("notificationEvents").forEach(e -> assertEquals("offer-0", e.path("entityID").asText()));

        JsonNode expiring = get(EVENTS + "?startDate=2024-01-01&priorities=LOW,MEDIUM,HIGH,CRITICAL&message=EXPIRES%20IN")
                .json();
        assertTrue(expiring.path("totalCount").asInt() > 0);
        expiring.path("notificationEvents").forEach(e -> assertTrue(e.path("message").asText().contains("expires in")));
    }

    @Test
    void addedEventsAreServedInTimestampOrder() throws IOException {
        fake.clearEvents();
        ObjectNode e = TestJson.object("eventID", "mine", "priority", "LOW", "message", "m",
                "timestamp", "2024-07-29T10:00:00Z");
        fake.addEvent(e);
        fake.addEvent(TestJson.object("eventID", "newer", "priority", "LOW", "message", "m",
                "timestamp", "2024-07-30T10:00:00Z"));
        JsonNode page = get(EVENTS + "?priorities=LOW").json();
        assertEquals("newer", page.path("notificationEvents").get(0).path("eventID").asText());
        assertEquals("mine", page.path("notificationEvents").get(1).path("eventID").asText());
        assertNull(fake.event("absent"));
    }

    @Test
    void goTimeTrimsTheFractionLikeGo() {
        assertEquals("2024-07-29T15:51:28Z", FakeSuger.goTime(Instant.parse("2024-07-29T15:51:28Z")));
        assertEquals("2024-07-29T15:51:28.07Z", FakeSuger.goTime(Instant.parse("2024-07-29T15:51:28.070Z")));
        assertEquals("0001-01-01T00:00:00Z", FakeSuger.goTime(Instant.parse("0001-01-01T00:00:00Z")));
        assertEquals("2024-07-29T15:51:28.000000001Z", FakeSuger.goTime(Instant.parse("2024-07-29T15:51:28.000000001Z")));
    }
}
