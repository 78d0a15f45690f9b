package dev.switchboard.conversations.intercom.teams;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.intercom.FakeIntercomDirectory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamsClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final TeamsClient teams = new TeamsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsAndGetsTeamsWithAdminIdsAsStrings() throws Exception {
        FakeIntercomDirectory.on(t.server, MoreTestSupport.TOKEN);
        List<Team> all = teams.list();
        assertRequest(t.server.takeRequest(), "GET", "/teams", null);
        assertEquals(List.of("Support", "Billing"), all.stream().map(Team::name).toList());
        Team support = all.get(0);
        assertEquals(List.of("991267460", "991267461"), support.adminIds(), "integers read as their digits");
        assertEquals(List.of("991267460"), support.adminPriorityLevel().primaryAdminIds());
        assertEquals("round_robin", support.distributionMethod());
        assertNull(support.assignmentLimit(), "only a load-balanced team has one");
        Team billing = teams.get("5017691");
        assertRequest(t.server.takeRequest(), "GET", "/teams/5017691", null);
        assertEquals(10, billing.assignmentLimit());
        assertNull(billing.adminPriorityLevel());
        assertTrue(billing.json().containsKey("admin_priority_level"), "sent as null, kept as null");
        assertEquals("team_not_found", assertThrows(NotFoundException.class, () -> teams.get("1")).details().get(0).code());
        assertEquals(2, teams.listAsync().get().size());
        assertEquals("Billing", teams.getAsync("5017691").get().name());
        assertTrue(teams.getAsync("..").isCompletedExceptionally());
        assertEquals("teamId must not be blank", assertThrows(IllegalArgumentException.class, () -> teams.get(" ")).getMessage());
    }

    @Test
    void theSpecsEmptyListAndAMistypedAdminId() {
        t.server.route("GET", "/teams", r -> FakeResponse.json("{\"type\":\"team.list\",\"teams\":[]}"));
        assertEquals(List.of(), teams.list());
        Team odd = decode("{\"id\":991267902,\"admin_ids\":[1,{\"x\":1}],\"assignment_limit\":null}", Team.class);
        assertEquals("991267902", odd.id());
        assertEquals("1", odd.adminIds().get(0));
        DecodeException e = assertThrows(DecodeException.class, () -> odd.adminIds().get(1));
        assertTrue(e.location().contains("admin_ids[1]"), e.location());
    }
}
