package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contacts fake over raw HTTP: its seeds, its paging, its state changes and Intercom's error bodies. */
class FakeIntercomContactsTest {
    private static final String TOKEN = "contacts-test-token";
    private final ManualClock clock = ManualClock.at(Instant.ofEpochSecond(FakeIntercomContacts.EPOCH + 60));
    private final FakeServer server = FakeServer.start();
    private final FakeIntercomContacts fake = FakeIntercomContacts.on(server, TOKEN, clock);
    private final HttpClient http = HttpClient.newHttpClient();
    private final String first = fake.contactIds().get(0);

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode ok(String method, String path, String body) {
        HttpResponse<String> r = send(method, path, body, TOKEN);
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        return TestJson.parse(r.body());
    }

    private void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = TestJson.parse(r.body());
        assertEquals("error.list", body.path("type").asText());
        assertEquals(code, body.path("errors").path(0).path("code").asText(), r.body());
    }

    @Test
    void seedsThirtyContactsAndListsThemWithAQueryCursor() {
        assertEquals(30, fake.contactIds().size());
        assertError(send("GET", "/contacts", null, null), 401, "unauthorized");
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("GET", "/contacts?per_page=12" + (cursor == null ? "" : "&starting_after=" + cursor), null);
            assertEquals("list", page.path("type").asText());
            assertEquals(30, page.path("total_count").asInt());
            assertEquals(3, page.path("pages").path("total_pages").asInt());
            page.path("data").forEach(c -> ids.add(c.path("id").asText()));
            cursor = page.path("pages").path("next").path("starting_after").asText(null);
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(fake.contactIds(), ids);
        assertEquals(50, ok("GET", "/contacts", null).path("pages").path("per_page").asInt());
        assertError(send("GET", "/contacts?per_page=151", null, TOKEN), 400, "parameter_invalid");
        assertError(send("GET", "/contacts?starting_after=bogus", null, TOKEN), 400, "parameter_invalid");
        JsonNode c = ok("GET", "/contacts/" + first, null);
        assertEquals(List.of("user", "user-1", "2"), List.of(c.path("role").asText(), c.path("external_id").asText(),
                c.path("tags").path("total_count").asText()));
        assertEquals("/contacts/" + first + "/notes", c.path("notes").path("url").asText());
        assertEquals("91", c.path("opted_out_subscription_types").path("data").path(0).path("id").asText());
        assertEquals("lead", ok("GET", "/contacts/" + fake.contactIds().get(25), null).path("role").asText());
    }

    @Test
    void searchesWithTheDslAndPagesWithTheCursorInTheBody() {
        JsonNode leads = ok("POST", "/contacts/search", "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"},"
                + "\"pagination\":{\"per_page\":4}}");
        assertEquals(10, leads.path("total_count").asInt());
        assertEquals(4, leads.path("data").size());
        String cursor = leads.path("pages").path("next").path("starting_after").asText();
        JsonNode next = ok("POST", "/contacts/search", "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"},"
                + "\"pagination\":{\"per_page\":4,\"starting_after\":\"" + cursor + "\"}}");
        assertEquals(fake.contactIds().get(24), next.path("data").path(0).path("id").asText());
        JsonNode vip = ok("POST", "/contacts/search", "{\"query\":{\"operator\":\"AND\",\"value\":[{\"field\":\"tag_id\","
                + "\"operator\":\"=\",\"value\":\"82\"},{\"field\":\"location.country\",\"operator\":\"=\",\"value\":\"United States\"}]}}");
        assertEquals(List.of(first), ids(vip));
        JsonNode org = ok("POST", "/contacts/search", "{\"query\":{\"field\":\"email_domain\",\"operator\":\"=\",\"value\":"
                + "\"example.org\"}}");
        assertTrue(org.path("total_count").asInt() > 0);
        org.path("data").forEach(c -> assertTrue(c.path("email").asText().endsWith("@example.org")));
        assertError(send("POST", "/contacts/search", "{\"query\":{\"field\":\"role\",\"operator\":\"=\",\"value\":\"lead\"},"
                + "\"pagination\":{\"starting_after\":\"" + FakeIntercomState.cursor("contacts", 3) + "\"}}", TOKEN),
                400, "parameter_invalid");
        assertError(send("POST", "/contacts/search", "{}", TOKEN), 400, "parameter_invalid");
    }

    @Test
    void createsUpdatesClearsAndRefusesDuplicates() {
        JsonNode created = ok("POST", "/contacts", "{\"role\":\"lead\",\"email\":\"new@example.com\",\"name\":\"New\","
                + "\"custom_attributes\":{\"vip\":true,\"spend\":1.50}}");
        String id = created.path("id").asText();
        assertEquals(List.of("lead", "New", FakeIntercomContacts.EPOCH + 60), List.of(created.path("role").asText(),
                created.path("name").asText(), created.path("created_at").asLong()));
        assertTrue(created.path("custom_attributes").path("vip").isBoolean());
        assertError(send("POST", "/contacts", "{\"name\":\"nobody\"}", TOKEN), 400, "parameter_invalid");
        assertError(send("POST", "/contacts", "{\"external_id\":\"user-2\"}", TOKEN), 409, "conflict");
        clock.advance(Duration.ofSeconds(5));
        JsonNode updated = ok("PUT", "/contacts/" + id, "{\"name\":null,\"avatar\":\"https://x.example/a.png\","
                + "\"custom_attributes\":{\"vip\":null},\"role\":\"user\"}");
        assertTrue(updated.path("name").isNull());
        assertEquals("https://x.example/a.png", updated.path("avatar").path("image_url").asText());
        assertTrue(updated.path("custom_attributes").path("vip").isNull());
        assertEquals(FakeIntercomContacts.EPOCH + 65, updated.path("updated_at").asLong());
        assertError(send("PUT", "/contacts/" + id, "{\"role\":\"lead\"}", TOKEN), 400, "parameter_invalid");
        assertError(send("PUT", "/contacts/" + id, "{\"signed_up_at\":\"yesterday\"}", TOKEN), 400, "parameter_invalid");
        assertError(send("PUT", "/contacts/nobody", "{\"name\":\"x\"}", TOKEN), 404, "not_found");
        assertEquals(fake.contactIds().get(2), ok("GET", "/contacts/find_by_external_id/user-3", null).path("id").asText());
        JsonNode deleted = ok("DELETE", "/contacts/" + id, null);
        assertEquals(List.of(id, "contact", "true"), List.of(deleted.path("id").asText(), deleted.path("type").asText(),
                deleted.path("deleted").asText()));
        assertError(send("GET", "/contacts/" + id, null, TOKEN), 404, "not_found");
    }

    @Test
    void mergesALeadIntoAUserAndTheLeadIsGone() {
        String lead = fake.contactIds().get(20);
        String user = fake.contactIds().get(1);
        ok("POST", "/contacts/" + lead + "/notes", "{\"body\":\"Lead note\"}");
        assertError(send("POST", "/contacts/merge", "{\"from\":\"" + user + "\",\"into\":\"" + first + "\"}", TOKEN), 400,
                "parameter_invalid");
        JsonNode merged = ok("POST", "/contacts/merge", "{\"from\":\"" + lead + "\",\"into\":\"" + user + "\"}");
        assertEquals(user, merged.path("id").asText());
        assertEquals(List.of("82", "84"), fake.tagsOf(user));
        assertEquals("<p>Lead note</p>", fake.notesOf(user).get(0).path("body").asText());
        assertFalse(fake.contactIds().contains(lead));
        assertError(send("GET", "/contacts/" + lead, null, TOKEN), 404, "not_found");
        assertError(send("GET", "/contacts/find_by_external_id/nobody", null, TOKEN), 404, "not_found");
    }

    @Test
    void archivesUnarchivesAndBlocks() {
        assertTrue(ok("POST", "/contacts/" + first + "/archive", null).path("archived").asBoolean());
        assertTrue(fake.isArchived(first));
        assertFalse(ok("POST", "/contacts/" + first + "/unarchive", null).path("archived").asBoolean());
        assertFalse(fake.isArchived(first));
        assertTrue(ok("POST", "/contacts/" + first + "/block", null).path("blocked").asBoolean());
        assertTrue(fake.isBlocked(first) && fake.isArchived(first));
    }

    @Test
    void attachedListsTagsSubscriptionsAndNotes() {
        JsonNode companies = ok("GET", "/contacts/" + first + "/companies", null);
        assertEquals(List.of(2, 3, 2), List.of(companies.path("data").size(), companies.path("total_count").asInt(),
                companies.path("pages").path("total_pages").asInt()));
        assertEquals(server.baseUrl() + "/contacts/" + first + "/companies?page=2", companies.path("pages").path("next").asText());
        JsonNode last = ok("GET", "/contacts/" + first + "/companies?page=2", null);
        assertTrue(last.path("pages").path("next").isNull());
        assertEquals(1, last.path("data").size());
        assertEquals("Active users", ok("GET", "/contacts/" + first + "/segments", null).path("data").path(0).path("name").asText());
        JsonNode tag = ok("POST", "/contacts/" + first + "/tags", "{\"id\":\"83\"}");
        assertEquals(List.of("Churn risk", FakeIntercomContacts.EPOCH + 60), List.of(tag.path("name").asText(),
                tag.path("applied_at").asLong()));
        assertEquals(List.of("81", "82", "83"), fake.tagsOf(first));
        assertError(send("POST", "/contacts/" + first + "/tags", "{\"id\":\"999\"}", TOKEN), 404, "not_found");
        ok("DELETE", "/contacts/" + first + "/tags/81", null);
        assertEquals(2, ok("GET", "/contacts/" + first + "/tags", null).path("data").size());
        assertEquals("106", ok("POST", "/contacts/" + first + "/subscriptions", "{\"id\":\"106\",\"consent_type\":\"opt_in\"}")
                .path("id").asText());
        assertError(send("POST", "/contacts/" + first + "/subscriptions", "{\"id\":\"106\",\"consent_type\":\"maybe\"}",
                TOKEN), 400, "parameter_invalid");
        ok("DELETE", "/contacts/" + first + "/subscriptions/91", null);
        assertEquals(List.of("93", "106"), fake.subscriptionsOf(first));
        JsonNode notes = ok("GET", "/contacts/" + first + "/notes", null);
        assertEquals(List.of(2, 3), List.of(notes.path("data").size(), notes.path("total_count").asInt()));
        JsonNode note = ok("POST", "/contacts/" + first + "/notes", "{\"body\":\"Hello\",\"contact_id\":\"" + first
                + "\",\"admin_id\":\"991267583\"}");
        assertEquals(List.of("<p>Hello</p>", "Eve Oduya", first), List.of(note.path("body").asText(),
                note.path("author").path("name").asText(), note.path("contact").path("id").asText()));
        assertEquals(note, ok("GET", "/notes/" + note.path("id").asText(), null));
        assertError(send("POST", "/contacts/" + first + "/notes", "{\"body\":\"x\",\"admin_id\":\"1\"}", TOKEN), 404,
                "not_found");
        assertError(send("GET", "/notes/99999", null, TOKEN), 404, "not_found");
        assertError(send("GET", "/contacts/nobody/notes", null, TOKEN), 404, "not_found");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("data").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }
}
