package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeServerRoutingTest {

    private FakeServer server;

    @BeforeEach
    void start() {
        server = FakeServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bindsLoopbackWithoutTrailingSlash() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
        assertEquals(server.baseUrl(), "http://127.0.0.1:" + server.port());
        assertEquals(server.baseUrl() + "/a?b=c", server.url("/a?b=c"));
        assertThrows(IllegalArgumentException.class, () -> server.url("a"));
    }

    @Test
    void pathParamsQueryAndBodyReachTheHandler() throws IOException {
        server.route("POST", "/org/{orgId}/notificationEvent/{eventId}", req -> FakeResponse.json(
                201, TestJson.object(
                        "org", req.pathParam("orgId"),
                        "event", req.pathParam("eventId"),
                        "page", req.query("page"),
                        "tags", req.queryAll("tag"),
                        "name", req.json().path("name").asText())));

        Http.Result result = Http.send("POST",
                server.url("/org/acme%20inc/notificationEvent/e-7?page=2&tag=a&tag=b%2Bc"),
                "{\"name\":\"ping\"}");

        assertEquals(201, result.code());
        assertEquals("application/json", result.header("Content-Type"));
        JsonNode body = TestJson.parse(result.body());
        assertEquals("acme inc", body.get("org").asText());
        assertEquals("e-7", body.get("event").asText());
        assertEquals("2", body.get("page").asText());
        assertEquals(TestJson.array("a", "b+c"), body.get("tags"));
        assertEquals("ping", body.get("name").asText());

        FakeRequest recorded = server.takeRequest();
        assertEquals("/org/acme inc/notificationEvent/e-7", recorded.path());
        assertEquals("/org/acme%20inc/notificationEvent/e-7?page=2&tag=a&tag=b%2Bc",
                recorded.target());
        assertEquals(server.url(recorded.target()), recorded.url());
        assertEquals(Map.of("orgId", "acme inc", "eventId", "e-7"), recorded.pathParams());
        assertEquals(List.of("page", "tag"), List.copyOf(recorded.queryParams().keySet()));
    }

    @Test
    void paramSegmentsMatchExactlyOneNonEmptySegment() throws IOException {
        server.route("GET", "/items/{id}", req -> FakeResponse.json(
                TestJson.object("id", req.pathParam("id"))));

        assertEquals("{\"id\":\"x\"}", Http.get(server.url("/items/x")).body());
        assertEquals(404, Http.get(server.url("/items")).code());
        assertEquals(404, Http.get(server.url("/items/")).code());
        assertEquals(404, Http.get(server.url("/items/x/y")).code());
        // An encoded slash stays inside its segment.
        assertEquals("{\"id\":\"a/b\"}", Http.get(server.url("/items/a%2Fb")).body());
    }

    @Test
    void firstRegisteredMatchWinsAndStarMatchesAnyMethod() throws IOException {
        server.route("GET", "/things/special", req -> FakeResponse.text(200, "text/plain", "special"));
        server.route("GET", "/things/{id}", req -> FakeResponse.text(200, "text/plain", "generic"));
        server.route("*", "/any", req -> FakeResponse.text(200, "text/plain", req.method()));

        assertEquals("special", Http.get(server.url("/things/special")).body());
        assertEquals("generic", Http.get(server.url("/things/other")).body());
        assertEquals("DELETE", Http.send("DELETE", server.url("/any"), null).body());
        assertEquals("PUT", Http.send("PUT", server.url("/any"), "{}").body());
    }

    @Test
    void unknownPathIs404WithJsonBody() throws IOException {
        Http.Result result = Http.get(server.url("/nope/here?x=1"));

        assertEquals(404, result.code());
        assertEquals(TestJson.object("error", "not_found", "method", "GET", "path", "/nope/here"),
                TestJson.parse(result.body()));
    }

    @Test
    void knownPathWithOtherMethodIs405WithAllowHeader() throws IOException {
        server.route("GET", "/tickets", req -> FakeResponse.json("[]"));
        server.route("PUT", "/tickets", req -> FakeResponse.json("[]"));

        Http.Result result = Http.send("DELETE", server.url("/tickets"), null);

        assertEquals(405, result.code());
        assertEquals("GET, PUT", result.header("Allow"));
        assertEquals(
                TestJson.object("error", "method_not_allowed", "method", "DELETE", "path", "/tickets"),
                TestJson.parse(result.body()));
    }

    @Test
    void throwingHandlerGives500AndServerKeepsServing() throws IOException {
        server.route("GET", "/boom", req -> {
            throw new IllegalStateException("kaput");
        });
        server.route("GET", "/assert", req -> req.json() == null ? null : FakeResponse.status(200));
        server.route("GET", "/null", req -> null);
        server.route("GET", "/ok", req -> FakeResponse.status(204));

        Http.Result boom = Http.get(server.url("/boom"));
        assertEquals(500, boom.code());
        JsonNode body = TestJson.parse(boom.body());
        assertEquals("handler_failed", body.get("error").asText());
        assertEquals("kaput", body.get("message").asText());
        assertEquals("java.lang.IllegalStateException", body.get("exception").asText());

        // An AssertionError (here: GET without a JSON body) is contained too.
        Http.Result assertion = Http.get(server.url("/assert"));
        assertEquals(500, assertion.code());
        assertTrue(TestJson.parse(assertion.body()).get("message").asText().contains("body is empty"));

        Http.Result nullResponse = Http.get(server.url("/null"));
        assertEquals(500, nullResponse.code());
        assertTrue(nullResponse.body().contains("handler returned null"), nullResponse.body());

        assertEquals(204, Http.get(server.url("/ok")).code());
        assertEquals(4, server.requestCount());
    }

    @Test
    void routesAddedWhileServingAreUsed() throws IOException {
        assertEquals(404, Http.get(server.url("/late")).code());
        server.route("GET", "/late", req -> FakeResponse.json("true"));
        assertEquals(200, Http.get(server.url("/late")).code());
    }

    @Test
    void requestHeadersAreRecordedCaseInsensitively() throws IOException {
        server.route("GET", "/h", req -> FakeResponse.status(200));
        Http.execute(new Request.Builder().url(server.url("/h"))
                .addHeader("X-Trace", "one")
                .addHeader("x-trace", "two")
                .addHeader("Authorization", "Bearer t")
                .build());

        FakeRequest request = server.takeRequest();
        assertEquals("Bearer t", request.header("authorization"));
        assertEquals(List.of("one", "two"), request.headers("X-TRACE"));
        assertEquals(List.of("one", "two"), request.headers().get("X-Trace"));
        assertEquals(null, request.header("X-Missing"));
        assertEquals(List.of(), request.headers("X-Missing"));
    }

    @Test
    void invalidRoutesAreRejected() {
        Handler ok = req -> FakeResponse.status(200);
        assertThrows(IllegalArgumentException.class, () -> server.route("GET", "no-slash", ok));
        assertThrows(IllegalArgumentException.class, () -> server.route("GET", "/a/{b", ok));
        assertThrows(IllegalArgumentException.class, () -> server.route("GET", "/a/x{b}", ok));
        assertThrows(IllegalArgumentException.class, () -> server.route("GET", "/{a}/{a}", ok));
        assertThrows(IllegalArgumentException.class, () -> server.route("GET", "/a?b=1", ok));
        assertThrows(IllegalArgumentException.class, () -> server.route("G T", "/a", ok));
        assertThrows(NullPointerException.class, () -> server.route("GET", "/a", null));
    }

    @Test
    void closeIsIdempotentAndStopsServing() {
        String url = server.url("/x");
        server.close();
        server.close();
        assertThrows(IOException.class, () -> Http.get(url));
    }
}
