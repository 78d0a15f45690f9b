package dev.switchboard.examples.cli.aloochat;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AloochatTourLegTest {

    @Test
    void theLegPassesAndShowsStatusStatsAndLimits() {
        CliRun r = CliRun.run(Map.of(), List.of(), List.of(new AloochatTourLeg()), "tour");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("== aloochat: team notifications, read status, rate limits", lines.get(0));
        assertTrue(lines.contains("all notifications: 230 in 3 pages of 100 (skip sent: [null, 100, 200])"),
                r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  stats of user 1: unread ")), r::toString);
        assertTrue(lines.contains("client-side limit of 100 requests per minute (and 1000 per hour): with 95 used this"
                + " minute, 10 more calls sent 5 at once; the other 5 waited for the minute to pass (60.0 s, simulated)"),
                r::toString);
        assertTrue(lines.contains("429 with Retry-After: 3 -> retried after 3.0 s; 429 without Retry-After -> retried"
                + " after 15.0 s (simulated)"), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("credentials: all ") && l.endsWith("x-api-key: ***")),
                r::toString);
        assertFalse(r.out().contains(FakeAloochat.API_KEY));
        assertEquals(r.out(), CliRun.run(Map.of(), List.of(), List.of(new AloochatTourLeg()), "tour").out(),
                "deterministic");
    }
}
