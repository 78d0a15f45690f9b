package dev.switchboard.examples.cli.aloochat;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code switchboard export aloochat notifications}, driven through the command with injected targets. */
class AloochatExportTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-15T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(230).start();
    private final Map<String, String> env = Map.of("ALOOCHAT_API_KEY", FakeAloochat.API_KEY);

    @AfterEach
    void close() {
        fake.close();
    }

    private CliRun run(Map<String, String> environment, String... args) {
        return CliRun.run(environment, AloochatTargets.all(b -> b.clock(clock).sleeper(sleeper::sleep)), List.of(),
                args);
    }

    @Test
    void everyNotificationIsOneJsonLineAsServed() {
        CliRun r = run(env, "export", "aloochat", "notifications", "--base-url", fake.baseUrl());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(230, r.outLines().size());
        for (String line : r.outLines()) {
            String id = TestJson.parse(line).path("id").asText();
            assertEquals(fake.notification(id).toString(), line);
        }
        List<String> targets = fake.server().requests().stream().map(FakeRequest::target).toList();
        assertEquals(List.of("/team-notifications?limit=100", "/team-notifications?limit=100&skip=100",
                "/team-notifications?limit=100&skip=200"), targets);
        fake.server().requests().forEach(q -> assertEquals(FakeAloochat.API_KEY, q.header("x-api-key")));
        assertTrue(r.err().contains("the server counts 230 notifications"), r::toString);
        assertTrue(r.err().endsWith("exported 230 notifications from aloochat\n"), r::toString);
        assertEquals(List.of(), sleeper.sleeps(), "3 requests are far below the limits");
    }

    @Test
    void sinceIsSentAsStartDate() {
        CliRun r = run(env, "export", "aloochat", "notifications", "--base-url", fake.baseUrl(), "--since",
                "2026-01-15T00:00:00Z");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("/team-notifications?start_date=2026-01-15T00%3A00%3A00Z&limit=100",
                fake.server().takeRequest().target());
        assertEquals(12, r.outLines().size(), "one an hour, the newest 3 minutes before noon");
    }

    @Test
    void maxStopsBeforeTheNextPage() {
        CliRun r = run(env, "export", "aloochat", "notifications", "--base-url", fake.baseUrl(), "--max", "100");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(100, r.outLines().size());
        assertEquals(1, fake.server().requestCount());
    }

    @Test
    void a429IsWaitedOutAndTheExportCompletes() {
        fake.rateLimitNext(1, 5L);
        CliRun r = run(env, "export", "aloochat", "notifications", "--base-url", fake.baseUrl(), "--max", "1");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void aRejectedKeyIsExitOneWithTheKeyMasked() {
        String wrong = "wrong-aloochat-key-42";
        CliRun r = run(Map.of("ALOOCHAT_API_KEY", wrong), "export", "aloochat", "notifications", "--base-url",
                fake.baseUrl());
        assertEquals(1, r.exit(), r::toString);
        assertEquals("error: HTTP 401 Unauthorized on GET /team-notifications: Invalid or missing API key",
                r.errLines().get(r.errLines().size() - 1));
        assertFalse(r.err().contains(wrong));
    }

    @Test
    void withoutCredentialsTheEmbeddedSandboxAnswers() {
        CliRun r = run(Map.of(), "export", "aloochat", "notifications", "--max", "7");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(7, r.outLines().size());
        assertTrue(r.err().startsWith("no --base-url and no ALOOCHAT_API_KEY: exporting from the embedded AlooChat"
                + " sandbox"), r::toString);
    }

    @Test
    void aBaseUrlWithoutAKeyIsAUsageError() {
        CliRun r = run(Map.of(), "export", "aloochat", "notifications", "--base-url", fake.baseUrl());
        assertEquals(2, r.exit(), r::toString);
        assertEquals("error: ALOOCHAT_API_KEY is not set; it is needed to call " + fake.baseUrl(), r.errLines().get(0));
    }
}
