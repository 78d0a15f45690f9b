package dev.switchboard.examples.cli.moveworks;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoveworksTourLegTest {

    @Test
    void theLegPassesOfflineAndShowsEveryStep() {
        CliRun r = CliRun.run(Map.of(), List.of(), List.of(new MoveworksTourLeg()), "tour");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("== moveworks: Data API, SysEvents, OData paging", lines.get(0));
        for (String line : List.of(
                "(sandbox: FakeMoveworksDataApi with OAuth client credentials; waits are simulated on a manual clock)",
                "GET /export/v1/records/conversations/$count: 40 conversations",
                "  dmOnly()        $filter=route eq 'DM': 10 (what the entity held before April 2026)",
                "  sysEventsOnly() $filter=route ne 'DM': 30 (notifications, interceptions)",
                "  page 1: 10 conversations, next link",
                "  page 2: 10 conversations, next link",
                "  retry after HTTP 429: waiting 60.0 s (no Retry-After, so the Moveworks default; simulated)",
                "  page 3: 10 conversations, last page",
                "  30 SysEvent conversations in 3 pages",
                "  TICKET_INTERCEPTION (route Ticket): ticket INC0013018, \"Outlook won't open after the update\"",
                "  CHANNEL_INTERCEPTION (route Channel): #ask-hr (C08019), \"How do I update my W-4?\"",
                "  COMMS_NOTIFICATION (route Notification): campaign cmp-7 \"Open enrollment\"",
                "  APPROVAL_UPDATE_NOTIFICATION (route Notification): REQUEST_ITEM from snow, domain IT",
                "  legacy notifications (route Notification, no type): 2",
                "bot reach-outs: 28 of 30 SysEvent conversations have a bot message; 2 interceptions had no reach-out",
                "plugin resources without interaction (tickets auto-filed by channel interception): 1")) {
            assertTrue(lines.contains(line), () -> "missing: " + line + "\n" + r);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("plugin calls: ") && l.contains("map to a bot interaction")), r::toString);
        assertTrue(lines.get(lines.size() - 2).startsWith("OAuth: 1 token request (POST /oauth/v1/token, expires_in 3600) served all "),
                r::toString);
        assertEquals("tour complete: 1 leg passed", lines.get(lines.size() - 1));
        assertFalse(r.out().contains(MoveworksTourLeg.CLIENT_SECRET), r::toString);
        assertFalse(r.out().contains("fake-mw-token-"), r::toString);
    }
}
