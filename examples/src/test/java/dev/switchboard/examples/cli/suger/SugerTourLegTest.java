package dev.switchboard.examples.cli.suger;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.suger.FakeSuger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SugerTourLegTest {

    @Test
    void theLegPassesAndShowsPagingPrioritiesAndDrift() {
        CliRun r = CliRun.run(Map.of(), List.of(), List.of(new SugerTourLeg()), "tour");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("== suger: notification events, priorities, enum drift", lines.get(0));
        assertEquals("(sandbox: a fake Suger API on this machine; waits are simulated)", lines.get(1));
        assertTrue(lines.contains("  the 503 was retried after 0.4 s (backoff, simulated)"), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  page 1: 100 events (totalCount ")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("nextOffset null: last page")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("without priorities the server sends HIGH and CRITICAL only")),
                r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  action \"\" -> NotificationEventAction.EMPTY in ")),
                r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  action \"QUOTE_RENEWAL\" (newer than this SDK)")),
                r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains("re-encoded byte for byte as served")), r::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("legacy bearer-token client: 1 token request")), r::toString);
        assertTrue(lines.get(lines.size() - 1).equals("tour complete: 1 leg passed"), r::toString);
        assertFalse(r.out().contains(FakeSuger.API_KEY));
        assertFalse(r.out().contains(FakeSuger.API_CLIENT_SECRET));
        assertFalse(r.out().contains("sgr-tok-"), "no bearer token printed");
    }

    @Test
    void theLegIsDeterministic() {
        CliRun first = CliRun.run(Map.of(), List.of(), List.of(new SugerTourLeg()), "tour");
        CliRun second = CliRun.run(Map.of(), List.of(), List.of(new SugerTourLeg()), "tour");
        assertEquals(first.out(), second.out());
    }
}
