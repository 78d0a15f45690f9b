package dev.switchboard.examples.cli.suger;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code switchboard export suger events|messages}, driven through the command with injected targets. */
class SugerExportTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-15T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FakeSuger fake = FakeSuger.builder().clock(clock).events(2500).messages(37).start();
    private final Map<String, String> env = Map.of("SUGER_API_KEY", FakeSuger.API_KEY, "SUGER_ORG_ID",
            FakeSuger.ORGANIZATION_ID);

    @AfterEach
    void close() {
        fake.close();
    }

    private CliRun run(Map<String, String> environment, String... args) {
        return CliRun.run(environment, SugerTargets.all(b -> b.clock(clock).sleeper(sleeper::sleep)), List.of(),
                args);
    }

    @Test
    void eventsAreOneJsonLineEachWithPrioritiesAlwaysSent() {
        CliRun r = run(env, "export", "suger", "events", "--base-url", fake.baseUrl(), "--since", "2025-12-01");
        assertEquals(0, r.exit(), r::toString);
        List<FakeRequest> requests = fake.server().requests();
        FakeRequest first = requests.get(0);
        assertEquals("/org/org-sandbox/notificationEvent?startDate=2025-12-01&priorities=LOW%2CMEDIUM%2CHIGH%2CCRITICAL"
                + "&limit=1000&offset=0", first.target());
        assertEquals("Key " + FakeSuger.API_KEY, first.header("Authorization"));
        long expected = fake.events().stream().filter(e -> e.path("timestamp").asText().compareTo("2025-12-01") >= 0)
                .count();
        assertEquals(expected, r.outLines().size());
        for (String line : r.outLines()) {
            JsonNode event = TestJson.parse(line);
            assertEquals(fake.event(event.path("eventID").asText()).toString(), line, "written as the server sent it");
        }
        assertTrue(r.err().contains("the server counts " + expected + " events"), r::toString);
        assertTrue(r.err().endsWith("exported " + expected + " events from suger\n"), r::toString);
        assertFalse(r.err().contains(FakeSuger.API_KEY));
    }

    @Test
    void prioritiesAndOrgFromTheCommandLine() {
        CliRun r = run(Map.of("SUGER_API_KEY", FakeSuger.API_KEY), "export", "suger", "events", "--base-url",
                fake.baseUrl(), "--org", FakeSuger.ORGANIZATION_ID, "--priorities", "critical,HIGH");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("HIGH,CRITICAL", fake.server().takeRequest().query("priorities"));
        for (String line : r.outLines()) {
            String p = TestJson.parse(line).path("priority").asText();
            assertTrue(p.equals("HIGH") || p.equals("CRITICAL"), p);
        }
    }

    @Test
    void maxStopsBeforeTheNextPage() {
        CliRun r = run(env, "export", "suger", "events", "--base-url", fake.baseUrl(), "--since", "2020-01-01",
                "--max", "5");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(5, r.outLines().size());
        assertEquals(1, fake.server().requestCount(), "2500 events are 3 pages, but the sink was full after the first");
        CliRun all = run(env, "export", "suger", "events", "--base-url", fake.baseUrl(), "--since", "2020-01-01");
        assertEquals(2500, all.outLines().size());
        assertEquals(1 + 3, fake.server().requestCount());
    }

    @Test
    void messagesSinceAreFilteredClientSide() {
        CliRun all = run(env, "export", "suger", "messages", "--base-url", fake.baseUrl());
        assertEquals(0, all.exit(), all::toString);
        assertEquals(37, all.outLines().size());
        CliRun recent = run(env, "export", "suger", "messages", "--base-url", fake.baseUrl(), "--since",
                "2026-01-14T00:00:00Z");
        assertEquals(0, recent.exit(), recent::toString);
        assertTrue(recent.err().contains("filtered client-side"), recent::toString);
        for (String line : recent.outLines()) {
            assertTrue(Instant.parse(TestJson.parse(line).path("creationTime").asText())
                    .compareTo(Instant.parse("2026-01-14T00:00:00Z")) >= 0, line);
        }
        assertEquals(4, recent.outLines().size(), "one message every 9 hours: 36 hours back from 12:00");
    }

    @Test
    void withoutCredentialsTheEmbeddedSandboxAnswers() {
        CliRun r = run(Map.of(), "export", "suger", "events", "--max", "3");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(3, r.outLines().size());
        assertTrue(r.err().startsWith("no --base-url and no SUGER_API_KEY: exporting from the embedded Suger sandbox"),
                r::toString);
        assertEquals(0, fake.server().requestCount());
    }

    @Test
    void aRejectedKeyIsExitOneWithTheKeyMasked() {
        String wrong = "wrong-key-0123456789";
        CliRun r = run(Map.of("SUGER_API_KEY", wrong, "SUGER_ORG_ID", FakeSuger.ORGANIZATION_ID), "export", "suger",
                "events", "--base-url", fake.baseUrl());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("error: HTTP 401 Unauthorized on GET /org/org-sandbox/notificationEvent: invalid API key or token",
                r.errLines().get(r.errLines().size() - 1));
        assertFalse(r.err().contains(wrong));
    }

    @Test
    void aBaseUrlWithoutAKeyIsAUsageError() {
        CliRun r = run(Map.of(), "export", "suger", "events", "--base-url", fake.baseUrl(), "--org", "o");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("error: SUGER_API_KEY is not set; it is needed to call " + fake.baseUrl(), r.errLines().get(0));
        assertEquals(0, fake.server().requestCount());
    }
}
