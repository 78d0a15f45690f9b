package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeIntercomTagsTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeIntercom sandbox = FakeIntercom.builder().clock(clock).start();
    private final FakeHttp http = new FakeHttp(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void createsFindsByNameCaseInsensitivelyAndRenames() {
        JsonNode created = http.ok("POST", "/tags", "{\"name\":\"Churn risk\"}");
        String id = created.path("id").asText();
        assertEquals("{\"type\":\"tag\",\"id\":\"" + id + "\",\"name\":\"Churn risk\"}", created.toString());
        assertEquals(id, http.ok("POST", "/tags", "{\"name\":\"churn RISK\"}").path("id").asText(), "found, not created");
        assertEquals("At risk", http.ok("POST", "/tags", "{\"name\":\"At risk\",\"id\":\"" + id + "\"}").path("name").asText());
        assertEquals("At risk", http.ok("GET", "/tags/" + id, null).path("name").asText());
        assertEquals(4, http.ok("GET", "/tags", null).path("data").size());
        assertEquals("list", http.ok("GET", "/tags", null).path("type").asText());
        assertEquals("400 parameter_invalid", http.error("POST", "/tags", "{\"test\":\"invalid\"}"));
        assertEquals("400 parameter_invalid", http.error("POST", "/tags", "{\"name\":\"VIP\",\"id\":\"" + id + "\"}"));
        assertEquals("404 not_found", http.error("POST", "/tags", "{\"name\":\"x\",\"id\":\"404\"}"));
    }

    @Test
    void tagsAndUntagsCompaniesAllOrNone() {
        FakeIntercomCompanies companies = sandbox.companies();
        String acme = companies.idOf("acme-1").orElseThrow();
        JsonNode tag = http.ok("POST", "/tags", "{\"name\":\"Key account\",\"companies\":[{\"id\":\"" + acme + "\"},"
                + "{\"company_id\":\"globex-2\"}]}");
        String id = tag.path("id").asText();
        assertEquals(2, http.ok("GET", "/companies?tag_id=" + id, null).path("data").size());
        assertEquals("404 company_not_found", http.error("POST", "/tags", "{\"name\":\"Key account\",\"companies\":"
                + "[{\"company_id\":\"initech-3\"},{\"company_id\":\"nope\"}]}"));
        assertEquals(2, http.ok("GET", "/companies?tag_id=" + id, null).path("data").size(), "nothing changed");
        http.ok("POST", "/tags", "{\"name\":\"Key account\",\"companies\":[{\"company_id\":\"globex-2\",\"untag\":true}]}");
        assertEquals(1, http.ok("GET", "/companies?tag_id=" + id, null).path("data").size());
        assertEquals("404 tag_not_found", http.error("POST", "/tags", "{\"name\":\"Never made\",\"companies\":"
                + "[{\"company_id\":\"acme-1\",\"untag\":true}]}"));
        http.ok("POST", "/tags", "{\"name\":\"Key accounts\",\"id\":\"" + id + "\"}");
        assertEquals("Key accounts", companies.company(acme).orElseThrow().path("tags").path("tags").path(0).path("name").asText(),
                "a rename shows on the companies");
    }

    @Test
    void tagsUsersTheCompaniesPartKnows() {
        String contact = sandbox.companies().contactIds().get(0);
        String id = http.ok("POST", "/tags", "{\"name\":\"Beta\",\"users\":[{\"id\":\"" + contact + "\"}]}").path("id").asText();
        assertEquals(List.of(contact), sandbox.tags().taggedContacts(id));
        assertEquals("404 not_found", http.error("POST", "/tags", "{\"name\":\"Beta\",\"users\":[{\"id\":\"nobody\"}]}"));
    }

    @Test
    void deletingATagThatASegmentUsesIsRefused() {
        assertEquals("400 tag_has_dependent_objects", http.error("DELETE", "/tags/" + FakeDirectoryData.VIP, null));
        assertTrue(http.send("DELETE", "/tags/" + FakeDirectoryData.VIP, null).body()
                .contains("Unable to delete Tag with dependent objects. Segments: VIP customers."));
        assertEquals(200, http.send("DELETE", "/tags/" + FakeDirectoryData.URGENT, null).statusCode());
        assertEquals("", http.send("DELETE", "/tags/" + FakeDirectoryData.BILLING, null).body(), "no body");
        assertEquals("404 not_found", http.error("GET", "/tags/" + FakeDirectoryData.URGENT, null));
        assertEquals("404 not_found", http.error("DELETE", "/tags/" + FakeDirectoryData.URGENT, null));
    }

    @Test
    void tagsTheSandboxsConversationsWhoseTagsShowIt() {
        String conversation = sandbox.conversationIds().get(0);
        JsonNode applied = http.ok("POST", "/conversations/" + conversation + "/tags",
                "{\"id\":\"" + FakeDirectoryData.URGENT + "\",\"admin_id\":991267460}");
        assertEquals(clock.instant().getEpochSecond(), applied.path("applied_at").asLong());
        assertEquals("{\"type\":\"admin\",\"id\":\"991267460\"}", applied.path("applied_by").toString());
        JsonNode tags = sandbox.conversation(conversation).orElseThrow().path("tags").path("tags");
        assertEquals(FakeDirectoryData.URGENT, tags.get(tags.size() - 1).path("id").asText());
        assertEquals("404 not_found", http.error("POST", "/conversations/999/tags", "{\"id\":\"7522907\",\"admin_id\":\"1\"}"));
        assertEquals("404 tag_not_found", http.error("POST", "/conversations/" + conversation + "/tags",
                "{\"id\":\"404\",\"admin_id\":\"1\"}"));
        assertEquals("400 parameter_invalid", http.error("POST", "/conversations/" + conversation + "/tags", "{\"id\":\"7522907\"}"));
        JsonNode removed = http.ok("DELETE", "/conversations/" + conversation + "/tags/" + FakeDirectoryData.URGENT,
                "{\"admin_id\":\"991267460\"}");
        assertEquals(applied, removed);
        assertEquals("404 tag_not_found", http.error("DELETE", "/conversations/" + conversation + "/tags/"
                + FakeDirectoryData.URGENT, "{\"admin_id\":\"991267460\"}"));
        assertFalse(sandbox.conversation(conversation).orElseThrow().path("tags").toString().contains(FakeDirectoryData.URGENT));
    }

    @Test
    void onItsOwnItKnowsThreeConversationsAndNoCompanies() {
        try (FakeIntercomTags alone = FakeIntercomTags.start()) {
            FakeHttp own = new FakeHttp(alone.baseUrl(), FakeIntercomTags.TOKEN);
            own.ok("POST", "/conversations/100001/tags", "{\"id\":\"7522908\",\"admin_id\":\"1\"}");
            assertEquals("404 not_found", own.error("POST", "/conversations/100004/tags", "{\"id\":\"7522908\",\"admin_id\":\"1\"}"));
            assertEquals("404 company_not_found", own.error("POST", "/tags", "{\"name\":\"x\",\"companies\":[{\"id\":\"1\"}]}"));
            assertEquals(3, alone.tags().size());
        }
    }
}
