package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a real OkHttp client observes for each kind of {@link FakeResponse}. */
class FakeResponseWireTest {

    private static final String BIG_JSON = TestJson.write(TestJson.object(
            "items", TestJson.array("alpha", "beta", "gamma", "delta", "epsilon"), "next", "c2"));

    private FakeServer server;

    @BeforeEach
    void start() {
        server = FakeServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Request get(String path) {
        return new Request.Builder().url(server.url(path)).build();
    }

    @Test
    void truncatedJsonIsCompleteButBrokenJson() throws IOException {
        server.route("GET", "/t", req -> FakeResponse.truncatedJson(200, BIG_JSON, 10));

        try (Response response = Http.CLIENT.newCall(get("/t")).execute()) {
            assertEquals("10", response.header("Content-Length"));
            String body = response.body().string();
            assertEquals(BIG_JSON.substring(0, 10), body);
            assertEquals(10, body.getBytes(StandardCharsets.UTF_8).length);
            assertThrows(IllegalArgumentException.class, () -> TestJson.parse(body));
        }
    }

    @Test
    void truncatedJsonKeepsAtMostTheWholeBody() {
        assertEquals("[1]", FakeResponse.truncatedJson(200, "[1]", 99).bodyUtf8());
        assertEquals("", FakeResponse.truncatedJson(200, "[1]", 0).bodyUtf8());
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.truncatedJson(200, "[1]", -1));
    }

    @Test
    void disconnectDuringBodyFailsWhileReadingTheBody() throws IOException {
        server.route("GET", "/d", req -> FakeResponse.disconnectDuringBody(200, "application/json",
                BIG_JSON));

        try (Response response = Http.CLIENT.newCall(get("/d")).execute()) {
            // Headers arrive intact and announce the full body...
            assertEquals(200, response.code());
            assertEquals(Integer.toString(BIG_JSON.length()), response.header("Content-Length"));
            // ...but the connection is cut part-way through it.
            assertThrows(IOException.class, () -> response.body().string());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void disconnectBeforeResponseFailsTheCall() throws IOException {
        server.route("GET", "/ok", req -> FakeResponse.json("{}"));
        server.faults().next(FakeResponse.disconnectBeforeResponse());

        assertThrows(IOException.class, () -> Http.CLIENT.newCall(get("/ok")).execute());
        assertEquals("/ok", server.takeRequest().path());
        // The server is still healthy afterwards.
        assertEquals(200, Http.get(server.url("/ok")).code());
    }

    @Test
    void slowBodyIsThrottledButComplete() throws IOException {
        String body = "0123456789";
        server.route("GET", "/slow", req -> FakeResponse.slowBody(200, "text/plain", body, 5,
                Duration.ofMillis(25)));

        long started = System.nanoTime();
        Http.Result result = Http.get(server.url("/slow"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(body, result.body());
        assertTrue(elapsedMillis >= 25, "body arrived in " + elapsedMillis + " ms");
    }

    @Test
    void headersDelayHoldsTheResponseBack() throws IOException {
        server.route("GET", "/late", req -> FakeResponse.status(204)
                .withHeadersDelay(Duration.ofMillis(60)));

        long started = System.nanoTime();
        assertEquals(204, Http.get(server.url("/late")).code());
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 60);
    }

    @Test
    void headersAndRateLimitHeadersAreSent() throws IOException {
        Instant when = Instant.parse("2026-03-07T09:05:03.750Z");
        server.route("GET", "/h", req -> FakeResponse.json(429, "{\"error\":\"slow\"}")
                .withHeader("X-Multi", "1")
                .withHeader("X-Multi", "2")
                .withRetryAfterDate(when)
                .withRateLimitReset(1_772_874_000L));

        Http.Result result = Http.get(server.url("/h"));
        assertEquals(429, result.code());
        assertEquals(List.of("1", "2"), result.headerValues("X-Multi"));
        assertEquals("Sat, 07 Mar 2026 09:05:03 GMT", result.header("Retry-After"));
        assertEquals("1772874000", result.header("X-RateLimit-Reset"));
        assertEquals("{\"error\":\"slow\"}", result.body());
    }

    @Test
    void redirectHtmlBytesAndEmptyStatus() throws IOException {
        server.route("GET", "/r", req -> FakeResponse.redirect(302, "/target"));
        server.route("GET", "/html", req -> FakeResponse.html(502, "<h1>Bad gateway</h1>"));
        server.route("GET", "/bin", req -> FakeResponse.bytes(200, "application/octet-stream",
                new byte[] {0, 1, 2, (byte) 0xff}));
        server.route("DELETE", "/e", req -> FakeResponse.status(204));

        Http.Result redirect = Http.get(server.url("/r"));
        assertEquals(302, redirect.code());
        assertEquals("/target", redirect.header("Location"));

        Http.Result html = Http.get(server.url("/html"));
        assertEquals(502, html.code());
        assertEquals("text/html; charset=utf-8", html.header("Content-Type"));
        assertEquals("<h1>Bad gateway</h1>", html.body());

        try (Response bin = Http.CLIENT.newCall(get("/bin")).execute()) {
            assertEquals("application/octet-stream", bin.header("Content-Type"));
            byte[] bytes = bin.body().bytes();
            assertEquals(4, bytes.length);
            assertEquals((byte) 0xff, bytes[3]);
        }

        Http.Result empty = Http.send("DELETE", server.url("/e"), null);
        assertEquals(204, empty.code());
        assertEquals("", empty.body());
        assertEquals(null, empty.header("Content-Type"));
    }
}
