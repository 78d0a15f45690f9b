package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeIntercomTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:04Z"));
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).calls(60).conversations(45).start();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Intercom-Version", "2.14");
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

    private HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, fake.token());
    }

    private static JsonNode json(HttpResponse<String> r) {
        return TestJson.parse(r.body());
    }

    @Test
    void aContactCreatedThroughTheContactsPartJoinsACompanyAndBothListsSayIt() {
        HttpResponse<String> created = send("POST", "/contacts", "{\"role\":\"user\",\"email\":\"grace@example.com\"}");
        assertEquals(200, created.statusCode(), created.body());
        String contact = json(created).path("id").asText();
        String company = fake.companies().companyIds().get(0);
        HttpResponse<String> attached = send("POST", "/contacts/" + contact + "/companies", "{\"id\":\"" + company + "\"}");
        assertEquals(200, attached.statusCode(), attached.body());
        assertTrue(fake.companies().contactIds().contains(contact));
        JsonNode members = json(send("GET", "/companies/" + company + "/contacts", null));
        boolean listed = false;
        for (JsonNode c : members.path("data")) {
            if (c.path("id").asText().equals(contact)) {
                listed = true;
                assertEquals("grace@example.com", c.path("email").asText(), "the contact as the contacts part served it");
            }
        }
        assertTrue(listed, members.toString());
        JsonNode own = json(send("GET", "/contacts/" + contact + "/companies", null));
        assertEquals(List.of(company), ids(own.path("data")), "the contact's own list follows the attach");
        assertEquals(200, send("DELETE", "/contacts/" + contact + "/companies/" + company, null).statusCode());
        assertEquals(List.of(), ids(json(send("GET", "/contacts/" + contact + "/companies", null)).path("data")));
        assertError(send("POST", "/contacts/nobody/companies", "{\"id\":\"" + company + "\"}"), 404, "not_found");
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new java.util.ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asText()));
        return ids;
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("error.list", body.path("type").asText());
        assertEquals(code, body.path("errors").path(0).path("code").asText(), r.body());
        assertTrue(body.path("request_id").asText().matches("[0-9a-f-]{36}"), r.body());
    }

    @Test
    void requiresTheBearerToken() {
        assertError(send("GET", "/calls", null, null), 401, "unauthorized");
        assertError(send("GET", "/calls", null, "wrong"), 401, "unauthorized");
        assertEquals(200, send("GET", "/calls", null).statusCode());
        assertEquals(FakeIntercom.DEFAULT_TOKEN, fake.token());
        assertFalse(fake.toString().contains(fake.token()));
    }

    @Test
    void everyResponseHasRateLimitHeadersOfTheCurrentWindow() {
        HttpResponse<String> first = send("GET", "/calls", null);
        HttpResponse<String> second = send("GET", "/calls/999", null);
        HttpResponse<String> denied = send("GET", "/calls", null, null);
        assertEquals("167", first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
        assertEquals("166", first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        assertEquals("165", second.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        assertEquals(404, second.statusCode());
        assertTrue(denied.headers().firstValue("X-RateLimit-Remaining").isPresent());
        long reset = Instant.parse("2026-05-01T12:00:10Z").getEpochSecond();
        assertEquals(String.valueOf(reset), first.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        clock.advance(java.time.Duration.ofSeconds(10));
        HttpResponse<String> next = send("GET", "/calls", null);
        assertEquals("166", next.headers().firstValue("X-RateLimit-Remaining").orElseThrow(), "a new window");
        assertEquals(String.valueOf(reset + 10), next.headers().firstValue("X-RateLimit-Reset").orElseThrow());
    }

    @Test
    void recordsTheIntercomVersionOfEachRequest() {
        send("GET", "/calls", null);
        HttpRequest old = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/calls"))
                .header("Authorization", "Bearer " + fake.token()).header("Intercom-Version", "2.13").build();
        HttpRequest none = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/calls"))
                .header("Authorization", "Bearer " + fake.token()).build();
        try {
            http.send(old, HttpResponse.BodyHandlers.discarding());
            http.send(none, HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(java.util.Arrays.asList("2.14", "2.13", null), fake.versions());
    }

    @Test
    void callsArePagedByPageNumberOf25AtMost() {
        JsonNode page1 = json(send("GET", "/calls", null));
        assertEquals(25, page1.path("data").size());
        assertEquals(60, page1.path("total_count").asInt());
        assertEquals(3, page1.path("pages").path("total_pages").asInt());
        JsonNode page3 = json(send("GET", "/calls?page=3&per_page=25", null));
        assertEquals(10, page3.path("data").size());
        assertEquals(3, page3.path("pages").path("page").asInt());
        assertEquals(0, json(send("GET", "/calls?page=4", null)).path("data").size());
        assertError(send("GET", "/calls?per_page=26", null), 400, "parameter_invalid");
        assertEquals(fake.callIds().get(0), json(send("GET", "/calls/" + fake.callIds().get(0), null)).path("id").asText());
        assertError(send("GET", "/calls/999", null), 404, "not_found");
    }

    @Test
    void recordingRedirectsToAnotherHostThatRecordsItsRequests() throws Exception {
        HttpResponse<String> r = send("GET", "/calls/" + fake.callIds().get(0) + "/recording", null);
        assertEquals(302, r.statusCode());
        URI location = URI.create(r.headers().firstValue("Location").orElseThrow());
        assertNotEquals(URI.create(fake.baseUrl()).getPort(), location.getPort());
        assertEquals(0, fake.recordingServer().requestCount());
        HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(location).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, audio.statusCode());
        assertEquals("audio/mpeg", audio.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(1, fake.recordingServer().requestCount());
        assertEquals(null, fake.recordingServer().takeRequest().header("Authorization"));
        HttpResponse<String> none = send("GET", "/calls/" + fake.callIds().get(3) + "/recording", null);
        assertError(none, 404, "not_found");
        assertEquals("Recording Not Found", json(none).path("errors").path(0).path("message").asText());
    }

    @Test
    void transcriptIsTextOrEmptyJson() {
        HttpResponse<String> text = send("GET", "/calls/" + fake.callIds().get(0) + "/transcript", null);
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertTrue(text.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=transcription_data-\\d{4}-\\d{2}-\\d{2}\\.txt"));
        assertTrue(text.body().startsWith("[00:00:03] Teammate 1:"));
        HttpResponse<String> none = send("GET", "/calls/" + fake.callIds().get(2) + "/transcript", null);
        assertEquals("[{}]", none.body());
    }

    @Test
    void searchCallsByConversationIds() {
        String conversation = fake.call(fake.callIds().get(0)).orElseThrow().path("conversation_id").asText();
        JsonNode found = json(send("POST", "/calls/search", "{\"conversation_ids\":[\"" + conversation + "\"]}"));
        assertEquals("list", found.path("type").asText());
        assertTrue(found.path("data").size() >= 1);
        assertEquals("completed", found.path("data").path(0).path("transcript_status").asText());
        assertEquals(3, found.path("data").path(0).path("transcript").size());
        assertError(send("POST", "/calls/search", "{\"conversation_ids\":[]}"), 400, "conversation_id_limit_exceeded");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"" + i + "\"");
        }
        assertError(send("POST", "/calls/search", "{\"conversation_ids\":[" + String.join(",", many) + "]}"), 400,
                "conversation_id_limit_exceeded");
    }

    @Test
    void conversationsArePagedWithAQueryCursor() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(send("GET", "/conversations?per_page=20" + (cursor == null ? "" : "&starting_after=" + cursor),
                    null));
            page.path("conversations").forEach(c -> ids.add(c.path("id").asText()));
            assertFalse(page.path("conversations").path(0).has("conversation_parts"), "list items have no parts");
            cursor = page.path("pages").path("next").path("starting_after").asText(null);
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(fake.conversationIds(), ids);
        assertError(send("GET", "/conversations?starting_after=bogus", null), 400, "parameter_invalid");
        assertError(send("GET", "/conversations?per_page=151", null), 400, "parameter_invalid");
    }

    @Test
    void conversationsHaveAiAgentPartsAndQuickReplies() {
        JsonNode c = json(send("GET", "/conversations/" + fake.conversationIds().get(0), null));
        JsonNode parts = c.path("conversation_parts").path("conversation_parts");
        assertTrue(c.path("ai_agent").path("created_at").isNumber());
        boolean aiPart = false;
        boolean options = false;
        for (JsonNode p : parts) {
            aiPart |= p.path("author").path("from_ai_agent").asBoolean() && p.path("author").path("is_ai_answer").asBoolean();
            options |= p.path("metadata").path("quick_reply_options").path(0).path("translations").has("fr");
        }
        assertTrue(aiPart && options);
        JsonNode plain = json(send("GET", "/conversations/" + fake.conversationIds().get(0) + "?display_as=plaintext", null));
        assertFalse(plain.path("source").path("body").asText().contains("<p>"));
        assertError(send("GET", "/conversations/1", null), 404, "not_found");
    }

    @Test
    void searchEvaluatesFiltersAndGroupsWithABodyCursor() {
        String q = "{\"query\":{\"operator\":\"AND\",\"value\":[{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"},"
                + "{\"field\":\"created_at\",\"operator\":\">\",\"value\":\"1767261600\"}]},\"pagination\":{\"per_page\":3}}";
        JsonNode page = json(send("POST", "/conversations/search", q));
        int total = page.path("total_count").asInt();
        Set<String> seen = new HashSet<>();
        while (true) {
            for (JsonNode c : page.path("conversations")) {
                assertEquals("open", c.path("state").asText());
                assertTrue(c.path("created_at").asLong() >= 1767261600L);
                assertTrue(seen.add(c.path("id").asText()));
            }
            JsonNode next = page.path("pages").path("next").path("starting_after");
            if (next.isMissingNode()) {
                break;
            }
            page = json(send("POST", "/conversations/search", q.replace("\"per_page\":3", "\"per_page\":3,\"starting_after\":\""
                    + next.asText() + "\"")));
        }
        assertEquals(total, seen.size());
        assertTrue(total > 3, "more than one page");

        String or = "{\"query\":{\"operator\":\"OR\",\"value\":[{\"field\":\"id\",\"operator\":\"IN\",\"value\":[\"100001\","
                + "\"100002\"]},{\"field\":\"source.author.email\",\"operator\":\"~\",\"value\":\"contact3@\"}]}}";
        assertEquals(3, json(send("POST", "/conversations/search", or)).path("total_count").asInt());
        String lt = "{\"query\":{\"field\":\"created_at\",\"operator\":\"<\",\"value\":1767232800}}";
        assertEquals(2, json(send("POST", "/conversations/search", lt)).path("total_count").asInt(), "< includes the bound");
        String noCursor = "{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true}}";
        assertEquals(20, json(send("POST", "/conversations/search", noCursor)).path("pages").path("per_page").asInt(),
                "Intercom's default page size without a pagination object");
        String tooDeep = "{\"query\":{\"operator\":\"AND\",\"value\":[{\"operator\":\"OR\",\"value\":[{\"operator\":\"AND\","
                + "\"value\":[{\"field\":\"open\",\"operator\":\"=\",\"value\":true}]}]}]}}";
        assertError(send("POST", "/conversations/search", tooDeep), 400, "parameter_invalid");
        assertError(send("POST", "/conversations/search", "{}"), 400, "parameter_invalid");
    }

    @Test
    void updateStoresTitleReadAttributesAndCompany() {
        String id = fake.conversationIds().get(1);
        assertEquals("company-2", fake.companyId(id).orElseThrow());
        JsonNode updated = json(send("PUT", "/conversations/" + id, "{\"title\":\"New\",\"read\":false,"
                + "\"custom_attributes\":{\"vip\":false,\"new\":1.25},\"company_id\":null}"));
        assertEquals("New", updated.path("title").asText());
        assertFalse(updated.path("read").asBoolean());
        assertFalse(updated.path("custom_attributes").path("vip").asBoolean());
        assertEquals("1.25", updated.path("custom_attributes").path("new").asText());
        assertEquals("web", updated.path("custom_attributes").path("channel").asText(), "other attributes kept");
        assertTrue(fake.companyId(id).isEmpty());
        assertTrue(fake.lastUpdate(id).orElseThrow().path("company_id").isNull());
        send("PUT", "/conversations/" + id, "{\"company_id\":\"c9\"}");
        assertEquals("c9", fake.companyId(id).orElseThrow());
        send("PUT", "/conversations/" + id, "{\"read\":true}");
        assertEquals("c9", fake.companyId(id).orElseThrow(), "absent leaves the company alone");
        assertEquals(clock.instant().getEpochSecond(), fake.conversation(id).orElseThrow().path("updated_at").asLong());
    }

    @Test
    void replyAppendsAPartAndChecksTheBody() {
        String id = fake.conversationIds().get(0);
        int before = fake.conversation(id).orElseThrow().path("conversation_parts").path("total_count").asInt();
        JsonNode c = json(send("POST", "/conversations/" + id + "/reply", "{\"message_type\":\"quick_reply\",\"type\":\"admin\","
                + "\"admin_id\":\"1\",\"reply_options\":[{\"text\":\"Yes\",\"uuid\":\"a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb\"}]}"));
        JsonNode parts = c.path("conversation_parts");
        assertEquals(before + 1, parts.path("total_count").asInt());
        JsonNode last = parts.path("conversation_parts").path(before);
        assertEquals("quick_reply", last.path("part_type").asText());
        assertEquals("a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb",
                last.path("metadata").path("quick_reply_options").path(0).path("uuid").asText());
        String contact = fake.conversation(id).orElseThrow().path("contacts").path("contacts").path(0).path("id").asText();
        JsonNode answer = json(send("POST", "/conversations/last/reply", "{\"message_type\":\"comment\",\"type\":\"user\","
                + "\"intercom_user_id\":\"" + contact + "\",\"body\":\"Yes\",\"reply_options\":[{\"text\":\"Yes\","
                + "\"uuid\":\"a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb\"}]}"));
        assertEquals(id, answer.path("id").asText(), "last is the contact's latest conversation");
        assertEquals("open", answer.path("state").asText());
        assertError(send("POST", "/conversations/" + id + "/reply", "{\"message_type\":\"comment\",\"type\":\"admin\","
                + "\"admin_id\":\"1\"}"), 400, "parameter_invalid");
        assertError(send("POST", "/conversations/" + id + "/reply", "{\"message_type\":\"quick_reply\",\"type\":\"admin\","
                + "\"admin_id\":\"1\"}"), 400, "parameter_invalid");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            urls.add("\"https://x.example/" + i + ".png\"");
        }
        assertError(send("POST", "/conversations/" + id + "/reply", "{\"message_type\":\"comment\",\"type\":\"admin\","
                + "\"admin_id\":\"1\",\"body\":\"x\",\"attachment_urls\":[" + String.join(",", urls) + "]}"), 400,
                "parameter_invalid");
        assertError(send("POST", "/conversations/999/reply", "{\"message_type\":\"comment\",\"type\":\"admin\","
                + "\"admin_id\":\"1\",\"body\":\"x\"}"), 404, "not_found");
    }

    @Test
    void messagesAreCheckedRecordedAndAnswered() {
        JsonNode m = json(send("POST", "/messages", "{\"message_type\":\"in_app\",\"body\":\"Hi\","
                + "\"from\":{\"type\":\"admin\",\"id\":394051},\"to\":[{\"type\":\"user\",\"id\":\"u1\"}],"
                + "\"create_conversation_without_contact_reply\":true}"));
        assertEquals("inapp", m.path("message_type").asText());
        assertEquals("admin_message", m.path("type").asText());
        assertTrue(fake.conversation(m.path("conversation_id").asText()).isPresent());
        assertEquals(1, fake.messages().size());
        assertError(send("POST", "/messages", "{\"message_type\":\"email\",\"body\":\"Hi\",\"template\":\"plain\","
                + "\"from\":{\"type\":\"admin\",\"id\":1},\"to\":{\"type\":\"user\",\"id\":\"u1\"}}"), 422, "parameter_not_found");
        assertError(send("POST", "/messages", "{\"message_type\":\"inapp\",\"body\":null,"
                + "\"from\":{\"type\":\"admin\",\"id\":1},\"to\":{\"type\":\"user\",\"id\":\"u1\"}}"), 400, "parameter_invalid");
        assertError(send("POST", "/messages", "{\"message_type\":\"inapp\",\"body\":\"b\","
                + "\"from\":{\"type\":\"admin\",\"id\":1},\"to\":{\"type\":\"user\",\"id\":\"u1\"},\"cc\":[{\"type\":\"x\"}]}"),
                400, "parameter_invalid");
        assertEquals(1, fake.messages().size(), "rejected messages are not recorded");
    }

    @Test
    void faultsAnswerWith429AndErrors() {
        fake.faults().rateLimited("GET", "/calls", Instant.parse("2026-05-01T12:01:00Z"));
        fake.faults().status("GET", "/calls/{id}", 503);
        assertEquals(2, fake.faults().pending());
        HttpResponse<String> limited = send("GET", "/calls", null);
        assertError(limited, 429, "rate_limit_exceeded");
        assertEquals("0", limited.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
        assertEquals(String.valueOf(Instant.parse("2026-05-01T12:01:00Z").getEpochSecond()),
                limited.headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertError(send("GET", "/calls/1", null), 503, "server_error");
        assertEquals(200, send("GET", "/calls", null).statusCode(), "one-shot");
        fake.faults().rateLimited();
        assertEquals(String.valueOf(Instant.parse("2026-05-01T12:00:10Z").getEpochSecond()),
                send("GET", "/conversations", null).headers().firstValue("X-RateLimit-Reset").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> fake.faults().status("GET", "/calls", 302));
    }

    @Test
    void ticketsShareTheServerAndToken() {
        assertTrue(fake.tickets() == fake.tickets());
        HttpResponse<String> types = send("GET", "/ticket_types", null);
        assertEquals(200, types.statusCode(), types.body());
        assertEquals(401, send("GET", "/ticket_types", null, "wrong").statusCode());
        assertEquals(200, send("GET", "/calls", null).statusCode(), "calls still served");
    }

    @Test
    void builderChecksItsArguments() {
        assertThrows(IllegalArgumentException.class, () -> FakeIntercom.builder().token(" "));
        assertThrows(IllegalArgumentException.class, () -> FakeIntercom.builder().calls(-1));
        assertThrows(IllegalArgumentException.class, () -> FakeIntercom.builder().rateLimit(0));
        try (FakeIntercom empty = FakeIntercom.builder().token("t-1").calls(0).conversations(0).start()) {
            assertEquals(List.of(), empty.callIds());
            assertEquals(List.of(), empty.conversationIds());
        }
    }
}
