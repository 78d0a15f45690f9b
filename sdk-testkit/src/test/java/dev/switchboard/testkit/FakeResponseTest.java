package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeResponseTest {

    @Test
    void withMethodsReturnNewInstances() {
        FakeResponse base = FakeResponse.json("{\"a\":1}");
        FakeResponse decorated = base.withHeader("X-A", "1").withRetryAfterSeconds(3);

        assertNull(base.header("X-A"));
        assertNull(base.header("Retry-After"));
        assertEquals("1", decorated.header("x-a"));
        assertEquals("3", decorated.header("Retry-After"));
        assertEquals(200, decorated.status());
        assertEquals("{\"a\":1}", decorated.bodyUtf8());
        assertEquals("application/json", decorated.header("Content-Type"));
    }

    @Test
    void retryAfterReplacesAndUsesImfFixdate() {
        FakeResponse response = FakeResponse.status(503)
                .withRetryAfterSeconds(5)
                .withRetryAfterDate(Instant.parse("1994-11-06T08:49:37Z"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", response.header("Retry-After"));
        // Two-digit day even early in the month (RFC_1123_DATE_TIME would print "3").
        assertEquals("Tue, 03 Feb 2026 00:00:00 GMT", FakeResponse.status(503)
                .withRetryAfterDate(Instant.parse("2026-02-03T00:00:00.999Z")).header("Retry-After"));
        assertEquals("42", response.withRateLimitReset(1).withRateLimitReset(42)
                .header("X-RateLimit-Reset"));
    }

    @Test
    void jsonFactoriesValidateAndSerialize() {
        assertEquals("{\"k\":[1,true,null]}",
                FakeResponse.json(201, TestJson.object("k", TestJson.array(1, true, null))).bodyUtf8());
        assertEquals(201, FakeResponse.json(201, "[]").status());
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.json("{nope"));
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.json(""));
        assertEquals("{nope", FakeResponse.text(200, "application/json", "{nope").bodyUtf8());
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.status(99));
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.status(600));
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.redirect(200, "/x"));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.status(200).withHeader("Bad Name", "v"));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.status(200).withHeader("X-A", "line\r\nInjected: 1"));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.status(200).withHeader("Content-Length", "5"));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.status(200).withRetryAfterSeconds(-1));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.disconnectDuringBody(200, "text/plain", ""));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.slowBody(200, "text/plain", "x", 0, Duration.ofMillis(1)));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.slowBody(200, "text/plain", "x", 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> FakeResponse.status(200).withHeadersDelay(Duration.ofMillis(-1)));
    }

    @Test
    void bytesAreCopiedAndDisconnectHasNoStatus() {
        byte[] data = {1, 2, 3};
        FakeResponse response = FakeResponse.bytes(200, "application/octet-stream", data);
        data[0] = 9;
        assertEquals(1, response.bodyUtf8().charAt(0));
        assertEquals(0, FakeResponse.disconnectBeforeResponse().status());
    }
}
