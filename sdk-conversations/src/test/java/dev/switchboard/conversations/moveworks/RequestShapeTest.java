package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exactly what the client sends: paths, versions, the OData query as the server receives it, headers, paging. */
class RequestShapeTest {
    private final FakeServer server = FakeServer.start();
    private final Harness h = new Harness();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void listSendsTheQueryPercentEncodedOnTheFirstRequestOnlyAndFollowsNextLinksVerbatim() {
        String next = server.url("/export/v1/records/conversations?$skiptoken=p2%3D&$filter=route%20eq%20%27DM%27");
        server.route("GET", "/export/v1/records/conversations", r -> r.query("$skiptoken") == null
                ? FakeResponse.json(Harness.page("conversations", next, Harness.conversation("c1", "DM"), Harness.conversation("c2", "DM")))
                : FakeResponse.json(Harness.page("conversations", null, Harness.conversation("c3", "DM"))));
        ODataQuery query = ODataQuery.builder()
                .filter(Filter.dmOnly())
                .and(Filter.lastUpdatedTime().ge(Instant.parse("2026-04-01T00:00:00Z")))
                .orderBy("created_time", SortOrder.DESC)
                .top(3)
                .build();
        try (MoveworksDataApi api = h.withKey(server)) {
            List<String> ids = api.conversations().list(query).stream().map(Conversation::id).toList();
            assertEquals(List.of("c1", "c2", "c3"), ids);
        }
        List<FakeRequest> requests = server.requests();
        assertEquals(2, requests.size());
        FakeRequest first = requests.get(0);
        assertEquals("GET", first.method());
        assertEquals("/export/v1/records/conversations?%24filter=route%20eq%20%27DM%27%20and%20last_updated_time%20ge%20"
                + "%272026-04-01T00%3A00%3A00.000Z%27&%24orderby=created_time%20desc&%24top=3", first.target());
        assertEquals("route eq 'DM' and last_updated_time ge '2026-04-01T00:00:00.000Z'", first.query("$filter"));
        assertEquals("Bearer " + Harness.API_KEY, first.header("Authorization"));
        assertEquals("application/json", first.header("Accept"));
        assertTrue(first.header("User-Agent").contains("moveworks-data-api"), first.header("User-Agent"));
        FakeRequest second = requests.get(1);
        assertEquals("/export/v1/records/conversations?$skiptoken=p2%3D&$filter=route%20eq%20%27DM%27", second.target(),
                "the next link is sent verbatim, with no query parameters added");
        assertEquals("Bearer " + Harness.API_KEY, second.header("Authorization"));
    }

    @Test
    void quotesInLiteralsAreDoubledAndEncoded() {
        server.route("GET", "/export/v1/records/users", r -> FakeResponse.json(Harness.page("users", null)));
        try (MoveworksDataApi api = h.withKey(server)) {
            api.users().list(ODataQuery.of(Filter.field("last_name").eq("O'Brien"))).firstPage();
        }
        FakeRequest r = server.takeRequest();
        assertEquals("/export/v1/records/users?%24filter=last_name%20eq%20%27O%27%27Brien%27", r.target());
        assertEquals("last_name eq 'O''Brien'", r.query("$filter"));
    }

    @Test
    void presetsReachTheServerExactly() {
        server.route("GET", "/export/v1/records/conversations", r -> FakeResponse.json(Harness.page("conversations", null)));
        try (MoveworksDataApi api = h.withKey(server)) {
            api.conversations().list(ODataQuery.dmOnly()).firstPage();
            api.conversations().list(ODataQuery.sysEventsOnly()).firstPage();
            api.conversations().list().firstPage();
        }
        assertEquals("/export/v1/records/conversations?%24filter=route%20eq%20%27DM%27", server.takeRequest().target());
        assertEquals("/export/v1/records/conversations?%24filter=route%20ne%20%27DM%27", server.takeRequest().target());
        assertEquals("/export/v1/records/conversations", server.takeRequest().target());
    }

    @Test
    void everyEntityHasItsHyphenatedPathInTheChosenVersion() {
        server.route("GET", "/export/{version}/records/{entity}", r -> FakeResponse.json(Harness.page(r.pathParam("entity"), null)));
        try (MoveworksDataApi v1 = h.withKey(server);
                MoveworksDataApi beta = h.builder(server).apiKey(Harness.API_KEY).apiVersion(ApiVersion.V1BETA2).build()) {
            v1.conversations().list().firstPage();
            v1.interactions().list().firstPage();
            v1.pluginCalls().list().firstPage();
            v1.pluginResources().list().firstPage();
            v1.users().list().firstPage();
            beta.pluginCalls().list().firstPage();
            assertEquals(ApiVersion.V1, v1.apiVersion());
            assertEquals("/export/v1beta2/records/plugin-resources", beta.pluginResources().path());
            assertEquals("plugin-calls", beta.pluginCalls().name());
            assertEquals(PluginCall.class, beta.pluginCalls().recordType());
        }
        assertEquals(List.of("/export/v1/records/conversations", "/export/v1/records/interactions",
                "/export/v1/records/plugin-calls", "/export/v1/records/plugin-resources", "/export/v1/records/users",
                "/export/v1beta2/records/plugin-calls"), server.requests().stream().map(FakeRequest::path).toList());
    }

    @Test
    void regionsSetTheDocumentedHosts() {
        try (MoveworksDataApi us = MoveworksDataApi.builder().apiKey("k").build();
                MoveworksDataApi eu = MoveworksDataApi.builder().region(Region.EU).apiKey("k").build();
                MoveworksDataApi custom = MoveworksDataApi.builder().region(Region.EU).baseUrl("https://proxy.example.com/mw/")
                        .apiKey("k").build()) {
            assertEquals("https://api.moveworks.ai", us.baseUrl());
            assertEquals("https://api.eu.moveworks.ai", eu.baseUrl());
            assertEquals("https://proxy.example.com/mw", custom.baseUrl(), "the last root wins; the trailing slash goes");
        }
        assertEquals("https://api.moveworks.ai", Region.US.baseUrl());
        assertEquals("https://api.eu.moveworks.ai", Region.EU.baseUrl());
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsIt() {
        server.route("GET", "/proxy/mw/export/v1/records/users/$count", r -> FakeResponse.text(200, "text/plain", "20"));
        try (MoveworksDataApi api = h.builder(server).baseUrl(server.url("/proxy/mw")).apiKey(Harness.API_KEY).build()) {
            assertEquals(20, api.users().count());
        }
        assertEquals("/proxy/mw/export/v1/records/users/$count", server.takeRequest().target());
    }

    @Test
    void countSendsOnlyTheFilterAndReadsABareInteger() {
        server.route("GET", "/export/v1/records/conversations/$count", r -> FakeResponse.text(200, "text/plain", "1234"));
        ODataQuery q = ODataQuery.builder().filter(Filter.sysEventsOnly()).orderBy("id").top(5).skip(10).select("id").build();
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(1234, api.conversations().count(q));
            assertEquals(1234, api.conversations().count());
        }
        FakeRequest r = server.takeRequest();
        assertEquals("/export/v1/records/conversations/$count?%24filter=route%20ne%20%27DM%27", r.target());
        assertEquals("Bearer " + Harness.API_KEY, r.header("Authorization"));
        assertEquals("/export/v1/records/conversations/$count", server.takeRequest().target());
    }

    @Test
    void countAcceptsAJsonStringOfDigitsAndSurroundingWhitespace() throws Exception {
        server.route("GET", "/export/v1/records/users/$count", r -> FakeResponse.json("\"77\""));
        server.route("GET", "/export/v1/records/interactions/$count", r -> FakeResponse.text(200, "application/json", " 5\r\n"));
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(77, api.users().count());
            assertEquals(5, api.interactions().count());
            assertEquals(77L, api.users().countAsync(ODataQuery.all()).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void countRejectsAnythingButANonNegativeInteger() {
        List<String> bodies = List.of("{\"count\":3}", "[3]", "-1", "1.5", "1e3", "\"\"", "\"12a\"", "", "99999999999999999999",
                "<html>busy</html>", "null", "true", "3 4");
        for (String body : bodies) {
            server.faults().next(FakeResponse.text(200, "application/json", body));
        }
        try (MoveworksDataApi api = h.withKey(server)) {
            for (String body : bodies) {
                DecodeException e = assertThrows(DecodeException.class, () -> api.pluginResources().count(), body);
                assertTrue(e.getMessage().startsWith("the count returned by GET /export/v1/records/plugin-resources/$count "),
                        e.getMessage());
                if (body.length() > 3) {
                    assertFalse(e.getMessage().contains(body), "the body is not quoted: " + e.getMessage());
                }
            }
            ExecutionException async = assertThrows(ExecutionException.class, () -> {
                server.faults().next(FakeResponse.text(200, "text/plain", "x"));
                api.pluginResources().countAsync(ODataQuery.all()).get(5, TimeUnit.SECONDS);
            });
            assertTrue(async.getCause() instanceof DecodeException, String.valueOf(async.getCause()));
        }
    }

    @Test
    void aNextLinkToAnotherHostIsRefusedAndNeverReceivesTheKey() {
        try (FakeServer elsewhere = FakeServer.start()) {
            elsewhere.route("GET", "/export/v1/records/conversations", r -> FakeResponse.json(Harness.page("conversations", null)));
            String foreign = "http://localhost:" + elsewhere.port() + "/export/v1/records/conversations?$skiptoken=2";
            server.route("GET", "/export/v1/records/conversations",
                    r -> FakeResponse.json(Harness.page("conversations", foreign, Harness.conversation("c1", "DM"))));
            try (MoveworksDataApi api = h.withKey(server)) {
                List<String> seen = new java.util.ArrayList<>();
                PaginationException e = assertThrows(PaginationException.class,
                        () -> api.conversations().list().forEach(c -> seen.add(c.id())));
                assertEquals(List.of("c1"), seen, "the records before the foreign link are delivered");
                assertTrue(e.getMessage().contains("not following it"), e.getMessage());
                assertFalse(e.getMessage().contains(Harness.API_KEY));
            }
            assertEquals(0, elsewhere.requestCount(), "the other host got no request, so no credentials");
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void theLowerCaseNextLinkSpellingIsFollowedToo() {
        server.route("GET", "/export/v1/records/interactions", r -> FakeResponse.json(r.query("page") == null
                ? "{\"value\":[{\"id\":\"i1\"}],\"odata.nextlink\":\"" + server.url("/export/v1/records/interactions?page=2") + "\"}"
                : "{\"value\":[{\"id\":\"i2\"}],\"odata.nextLink\":null}"));
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals(List.of("i1", "i2"), api.interactions().list().stream().map(Interaction::id).toList());
        }
    }

    @Test
    void errorsAreTypedAndNeverCarryTheKey() {
        server.faults().next(FakeResponse.json(400,
                        "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Unsupported filter: detail/ticket_id\"}}"),
                FakeResponse.json(401, "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Invalid API key " + Harness.API_KEY + "\"}}"));
        try (MoveworksDataApi api = h.withKey(server)) {
            ValidationException bad = assertThrows(ValidationException.class, () -> api.conversations().list().firstPage());
            assertEquals(400, bad.status());
            assertTrue(bad.getMessage().contains("Unsupported filter: detail/ticket_id"), bad.getMessage());
            AuthenticationException auth = assertThrows(AuthenticationException.class, () -> api.conversations().count());
            assertFalse(auth.getMessage().contains(Harness.API_KEY), auth.getMessage());
            assertFalse(auth.rawBody().contains(Harness.API_KEY), auth.rawBody());
        }
        assertEquals(0, h.sleeper.count(), "4xx other than 429 are not retried");
    }

    @Test
    void nothingIsSentForAQueryThatFailsValidation() {
        try (MoveworksDataApi api = h.withKey(server)) {
            assertEquals("query must not be null",
                    assertThrows(NullPointerException.class, () -> api.conversations().list(null)).getMessage());
            assertEquals("query must not be null",
                    assertThrows(NullPointerException.class, () -> api.conversations().count(null)).getMessage());
            assertTrue(api.conversations().countAsync(null).isCompletedExceptionally());
            assertThrows(IllegalArgumentException.class,
                    () -> api.conversations().list(ODataQuery.of(Filter.field("route; drop").eq("DM"))));
        }
        assertEquals(0, server.requestCount());
    }
}
