package dev.switchboard.examples.cli.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.cli.Cli;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketsCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, TicketsTargets.all(), List.of(), List.of(new TicketsTourLeg()));
        return cli.run(args);
    }

    private List<String> lines() {
        String s = out.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    @Test
    void exportsEveryTicketFromTheSandbox() {
        assertEquals(0, run(Map.of(), "export", "intercom", "tickets"));
        List<String> lines = lines();
        assertEquals(TicketsExportTarget.SANDBOX_TICKETS, lines.size());
        assertEquals("ticket", TestJson.parse(lines.get(0)).get("type").asText());
        assertTrue(TestJson.parse(lines.get(0)).has("ticket_attributes"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exported 45 tickets from intercom"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sendsSinceAsAnUpdatedAtFilterAndStopsAtMax() {
        try (FakeIntercomTickets fake = FakeIntercomTickets.start().seedTickets(5, true)) {
            assertEquals(0, run(Map.of("INTERCOM_TOKEN", FakeIntercomTickets.TOKEN), "export", "intercom", "tickets",
                    "--base-url", fake.baseUrl(), "--since", "2026-04-01T00:00:02Z", "--max", "2"));
            assertEquals(2, lines().size());
            assertEquals(TestJson.parse("{\"field\":\"updated_at\",\"operator\":\">\",\"value\":1775001602}"),
                    fake.server().takeRequest().json().get("query"));
        }
    }

    @Test
    void aRejectedTokenIsOneErrorLineWithoutTheToken() {
        try (FakeIntercomTickets fake = FakeIntercomTickets.start()) {
            assertEquals(1, run(Map.of("INTERCOM_TOKEN", "very-wrong-token"), "export", "intercom", "tickets", "--base-url", fake.baseUrl()));
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.startsWith("error: HTTP 401"), e);
            assertFalse(e.contains("very-wrong-token"));
            assertEquals(1, e.split("\n").length);
        }
    }

    @Test
    void theTourLegPasses() {
        assertEquals(0, run(Map.of(), "tour"));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("search open+submitted: 12 tickets over 3 pages"), o);
        assertTrue(o.contains("tour complete: 1 leg passed"), o);
    }
}
