package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeServerRecordingTest {

    private FakeServer server;

    @BeforeEach
    void start() {
        server = FakeServer.start();
        server.route("*", "/r/{n}", req -> FakeResponse.status(200));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordsInArrivalOrderAndTakesEachOnce() throws IOException {
        Http.get(server.url("/r/1"));
        Http.send("POST", server.url("/r/2"), "{\"a\":1}");
        Http.get(server.url("/missing"));

        assertEquals(3, server.requestCount());
        assertEquals(List.of("GET /r/1", "POST /r/2", "GET /missing"),
                server.requests().stream().map(FakeRequest::toString).toList());

        assertEquals("/r/1", server.takeRequest().path());
        FakeRequest post = server.takeRequest();
        assertEquals("POST", post.method());
        assertEquals("2", post.pathParam("n"));
        assertEquals(1, post.json().get("a").asInt());
        assertEquals("/missing", server.takeRequest().path());

        // Taking does not remove from the snapshot.
        assertEquals(3, server.requests().size());
        AssertionError none = assertThrows(AssertionError.class,
                () -> server.takeRequest(Duration.ofMillis(20)));
        assertEquals("no request arrived within 20ms", none.getMessage());
    }

    @Test
    void takeRequestWaitsForALateRequest() throws Exception {
        CompletableFuture<FakeRequest> taken = CompletableFuture.supplyAsync(server::takeRequest);
        Thread.sleep(30);
        Http.get(server.url("/r/late"));
        assertEquals("/r/late", taken.get(5, TimeUnit.SECONDS).path());
    }

    @Test
    void snapshotIsACopy() throws IOException {
        Http.get(server.url("/r/1"));
        List<FakeRequest> snapshot = server.requests();
        Http.get(server.url("/r/2"));

        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.remove(0));
        assertEquals(2, server.requests().size());
    }

    @Test
    void clearRequestsResetsCountAndTakeCursor() throws IOException {
        Http.get(server.url("/r/1"));
        Http.get(server.url("/r/2"));
        server.takeRequest();

        server.clearRequests();
        assertEquals(0, server.requestCount());
        assertTrue(server.requests().isEmpty());

        Http.get(server.url("/r/3"));
        assertEquals("/r/3", server.takeRequest().path());
    }

    @Test
    void timeoutMessageUsesWholeSecondsWhenExact() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> server.takeRequest(Duration.ofSeconds(0)));
        assertEquals("no request arrived within 0s", error.getMessage());
    }

    @Test
    void requestBodyIsDefensivelyCopied() throws IOException {
        Http.send("PUT", server.url("/r/1"), "{\"k\":\"v\"}");
        FakeRequest request = server.takeRequest();

        byte[] body = request.body();
        body[0] = 'X';
        assertArrayEquals("{\"k\":\"v\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                request.body());
        assertEquals("{\"k\":\"v\"}", request.bodyUtf8());
    }
}
