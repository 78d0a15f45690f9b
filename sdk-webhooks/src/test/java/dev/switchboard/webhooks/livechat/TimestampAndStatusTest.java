package dev.switchboard.webhooks.livechat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampAndStatusTest {

    @Test
    void timestampsKeepTheirText() {
        Timestamp t = Timestamp.of("2017-11-13T15:37:36.000000+01:00");
        assertEquals(Instant.parse("2017-11-13T14:37:36Z"), t.toInstant().orElseThrow());
        assertEquals(ZoneOffset.ofHours(1), t.toOffsetDateTime().orElseThrow().getOffset());
        assertEquals("\"2017-11-13T15:37:36.000000+01:00\"", Json.write(t));
        assertEquals(t, Json.decode(Json.writeBytes(t), Timestamp.class, "t"));
    }

    @Test
    void microsecondsAndDistantDates() {
        Timestamp t = Timestamp.of("2100-01-01T00:00:00.123456Z");
        assertEquals(123_456_000, t.toInstant().orElseThrow().getNano());
        assertEquals("2026-03-02T09:15:01.000100Z", Timestamp.of(Instant.parse("2026-03-02T09:15:01.000100Z")).raw());
    }

    @Test
    void textThatIsNotATimeIsKeptNotFatal() {
        Timestamp t = Timestamp.of("last tuesday");
        assertTrue(t.toInstant().isEmpty());
        assertEquals("last tuesday", t.raw());
        assertTrue(Timestamp.of("9".repeat(500)).toInstant().isEmpty());
    }

    @Test
    void routingStatusSpellings() {
        assertSame(RoutingStatus.ACCEPTING_CHATS, RoutingStatus.of("accepting chats").canonical());
        assertSame(RoutingStatus.ACCEPTING_CHATS, RoutingStatus.of("accepting_chats").canonical());
        assertSame(RoutingStatus.NOT_ACCEPTING_CHATS, RoutingStatus.of("not accepting chats").canonical());
        assertTrue(RoutingStatus.of("accepting chats").isKnown());
        assertTrue(RoutingStatus.of("Accepting Chats").acceptingChats());
        assertFalse(RoutingStatus.of("offline").acceptingChats());
        RoutingStatus future = RoutingStatus.of("on break");
        assertFalse(future.isKnown());
        assertEquals("on_break", future.canonical().value());
        assertEquals("\"accepting chats\"", Json.write(RoutingStatus.of("accepting chats")));
    }
}
