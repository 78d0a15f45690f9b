package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private FakeServer server;

    @BeforeEach
    void start() {
        server = FakeServer.start();
        server.route("GET", "/a/{id}",
                req -> FakeResponse.text(200, "text/plain", "a" + req.pathParam("id")));
        server.route("GET", "/b", req -> FakeResponse.text(200, "text/plain", "b"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unscopedFaultsAreServedInFifoOrderThenRoutingResumes() throws IOException {
        server.faults().next(
                FakeResponse.text(500, "text/plain", "first"),
                FakeResponse.text(502, "text/plain", "second"));
        server.faults().next(FakeResponse.status(429).withRetryAfterSeconds(1));
        assertEquals(3, server.faults().pending());

        Http.Result first = Http.get(server.url("/b"));
        Http.Result second = Http.get(server.url("/a/1"));
        Http.Result third = Http.get(server.url("/nowhere"));
        Http.Result fourth = Http.get(server.url("/b"));

        assertEquals(List.of(500, 502, 429, 200),
                List.of(first.code(), second.code(), third.code(), fourth.code()));
        assertEquals("first", first.body());
        assertEquals("second", second.body());
        assertEquals("1", third.header("Retry-After"));
        assertEquals("b", fourth.body());
        assertEquals(0, server.faults().pending());
        // Faulted requests are recorded like any other.
        assertEquals(4, server.requestCount());
        assertEquals("/b", server.takeRequest().path());
        assertEquals("/a/1", server.takeRequest().path());
    }

    @Test
    void scopedFaultsLeaveOtherRoutesAlone() throws IOException {
        server.faults().next("GET", "/a/{id}", FakeResponse.status(503), FakeResponse.status(504));

        assertEquals(200, Http.get(server.url("/b")).code());
        // Same path, other method: the fault does not apply, routing answers 405.
        assertEquals(405, Http.send("POST", server.url("/a/1"), "{}").code());
        assertEquals(2, server.faults().pending());
        assertEquals(503, Http.get(server.url("/a/1")).code());
        assertEquals(200, Http.get(server.url("/b")).code());
        assertEquals(504, Http.get(server.url("/a/2")).code());
        assertEquals("a3", Http.get(server.url("/a/3")).body());

        // The recorded request of a scoped fault carries the fault template's parameters.
        List<FakeRequest> requests = server.requests();
        assertEquals("1", requests.get(2).pathParam("id"));
        assertEquals("2", requests.get(4).pathParam("id"));
    }

    @Test
    void oldestApplicableFaultWinsAcrossScopedAndUnscoped() throws IOException {
        server.faults()
                .next("GET", "/a/{id}", FakeResponse.status(503))
                .next(FakeResponse.status(500));

        // /b skips the scoped fault and takes the unscoped one behind it.
        assertEquals(500, Http.get(server.url("/b")).code());
        assertEquals(503, Http.get(server.url("/a/1")).code());
        assertEquals(200, Http.get(server.url("/a/1")).code());
    }

    @Test
    void statusSequenceThenNormal() throws IOException {
        server.faults().statusSequence("GET", "/a/{id}", 503, 503, 429);

        for (int expected : new int[] {503, 503, 429}) {
            Http.Result result = Http.get(server.url("/a/9"));
            assertEquals(expected, result.code());
            assertEquals(TestJson.object("error", "injected", "status", expected),
                    TestJson.parse(result.body()));
        }
        Http.Result normal = Http.get(server.url("/a/9"));
        assertEquals(200, normal.code());
        assertEquals("a9", normal.body());
    }

    @Test
    void scopedFaultWithStarMethodAppliesToUnroutedMethods() throws IOException {
        server.faults().next("*", "/b", FakeResponse.status(418));
        assertEquals(418, Http.send("DELETE", server.url("/b"), null).code());
        assertEquals(405, Http.send("DELETE", server.url("/b"), null).code());
    }

    @Test
    void clearDropsPendingFaults() throws IOException {
        server.faults().next(FakeResponse.status(500)).statusSequence("GET", "/b", 503);
        assertEquals(2, server.faults().pending());
        server.faults().clear();
        assertEquals(0, server.faults().pending());
        assertEquals(200, Http.get(server.url("/b")).code());
    }

    @Test
    void invalidArgumentsAreRejected() {
        Faults faults = server.faults();
        assertThrows(IllegalArgumentException.class, () -> faults.next());
        assertThrows(IllegalArgumentException.class, () -> faults.next("GET", "/a"));
        assertThrows(IllegalArgumentException.class,
                () -> faults.next("GET", "a", FakeResponse.status(500)));
        assertThrows(IllegalArgumentException.class, () -> faults.statusSequence("GET", "/a", 99));
        assertEquals(0, faults.pending());
    }
}
