package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeIntercomDirectoryTest {
    private final FakeIntercom sandbox = FakeIntercom.start();
    private final FakeHttp http = new FakeHttp(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void segmentsCarryCountsOnlyWhenAsked() {
        JsonNode plain = http.ok("GET", "/segments", null);
        assertEquals("segment.list", plain.path("type").asText());
        assertEquals(3, plain.path("segments").size());
        assertFalse(plain.path("segments").path(0).has("count"));
        assertFalse(plain.has("pages"));
        assertEquals(5, http.ok("GET", "/segments?include_count=true", null).path("segments").path(0).path("count").asInt());
        assertEquals("contact", http.ok("GET", "/segments/" + FakeDirectoryData.NEW_LEADS, null).path("person_type").asText());
        assertEquals("404 not_found", http.error("GET", "/segments/nope", null));
        assertEquals("400 parameter_invalid", http.error("GET", "/segments?include_count=maybe", null));
    }

    @Test
    void teamsListAndOne() {
        JsonNode teams = http.ok("GET", "/teams", null);
        assertEquals("team.list", teams.path("type").asText());
        assertEquals(2, teams.path("teams").size());
        JsonNode billing = http.ok("GET", "/teams/5017691", null);
        assertEquals(10, billing.path("assignment_limit").asInt());
        assertTrue(billing.path("admin_priority_level").isNull());
        assertFalse(http.ok("GET", "/teams/814865", null).has("assignment_limit"), "only load-balanced teams have one");
        assertEquals("404 team_not_found", http.error("GET", "/teams/1", null));
    }

    @Test
    void adminsInTheirThreeShapes() {
        JsonNode me = http.ok("GET", "/me", null);
        assertEquals(FakeIntercomAdmins.ME, me.path("id").asText());
        assertEquals("app", me.path("app").path("type").asText());
        assertTrue(me.path("email_verified").asBoolean());
        assertEquals(FakeAdminViews.AVATAR, me.path("avatar").path("image_url").asText());
        JsonNode list = http.ok("GET", "/admins", null);
        assertEquals("admin.list", list.path("type").asText());
        assertFalse(list.path("admins").path(0).has("avatar"));
        assertTrue(http.ok("GET", "/admins?display_avatar=true", null).path("admins").path(1).path("avatar").isObject());
        assertEquals(FakeAdminViews.AVATAR, http.ok("GET", "/admins/991267461", null).path("avatar").asText(), "a URL string");
        assertEquals("[814865,5017691]", http.ok("GET", "/admins/991267461", null).path("team_ids").toString());
        assertEquals("404 admin_not_found", http.error("GET", "/admins/1", null));
        assertEquals("400 parameter_invalid", http.error("GET", "/admins?display_avatar=yes", null));
        assertEquals(2, http.ok("GET", "/admins/activity_logs?created_at_after=0", null).path("activity_logs").size(),
                "the activity log route still wins over /admins/{admin_id}");
    }
}
