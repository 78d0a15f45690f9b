package dev.switchboard.conversations.intercom;

import static dev.switchboard.conversations.intercom.IntercomTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.TestJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationsClientTest {
    private final IntercomTestSupport t = new IntercomTestSupport();
    private final ConversationsClient conversations = new ConversationsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    /** A conversation.list page with the given ids and, unless null, a next cursor. */
    static String listPage(String next, String... ids) {
        List<Object> items = new ArrayList<>();
        for (String id : ids) {
            items.add(TestJson.object("type", "conversation", "id", id, "admin_assignee_id", null));
        }
        Map<String, Object> pages = new LinkedHashMap<>();
        pages.put("type", "pages");
        if (next != null) {
            pages.put("next", Map.of("per_page", 2, "starting_after", next));
        }
        return TestJson.write(TestJson.object("type", "conversation.list", "conversations", items, "total_count", 5,
                "pages", pages));
    }

    @Test
    void getSendsTheViewAsQueryParameters() {
        t.server.route("GET", "/conversations/{id}", r -> FakeResponse.json(fixture("conversation.json")));
        Conversation c = conversations.get("2001");
        assertRequest(t.server.takeRequest(), "GET", "/conversations/2001", null);
        assertEquals("2001", c.id());
        assertEquals(5, c.parts().size());
        conversations.get("2001", ConversationView.DEFAULT.asPlaintext().withTranslations());
        assertRequest(t.server.takeRequest(), "GET", "/conversations/2001?display_as=plaintext&include_translations=true", null);
        conversations.get("2001", ConversationView.DEFAULT.withTranslations());
        assertRequest(t.server.takeRequest(), "GET", "/conversations/2001?include_translations=true", null);
    }

    @Test
    void getAsyncAndNotFound() throws Exception {
        t.server.route("GET", "/conversations/{id}", r -> "2001".equals(r.pathParam("id"))
                ? FakeResponse.json(fixture("conversation.json"))
                : FakeResponse.json(404, CallsClientTest.notFound("Resource Not Found")));
        assertEquals("2001", conversations.getAsync("2001").get().id());
        assertThrows(NotFoundException.class, () -> conversations.get("1"));
        assertTrue(conversations.getAsync(null).isCompletedExceptionally());
    }

    @Test
    void updateSendsOnlyWhatIsSetAndDisplayAsInTheQuery() {
        t.server.route("PUT", "/conversations/{id}", r -> FakeResponse.json(fixture("conversation.json")));
        conversations.update("2001", ConversationUpdate.builder().read(true).title("Billing").displayAsPlaintext(true).build());
        // IC-23: neither the path parameter nor display_as leaks into the body.
        assertRequest(t.server.takeRequest(), "PUT", "/conversations/2001?display_as=plaintext",
                "{\"read\":true,\"title\":\"Billing\"}");
    }

    @Test
    void companyIdIsAbsentNullOrAValue() {
        t.server.route("PUT", "/conversations/{id}", r -> FakeResponse.json(fixture("conversation.json")));
        conversations.update("1", ConversationUpdate.builder().read(false).build());
        conversations.update("1", ConversationUpdate.builder().clearCompanyId().build());
        conversations.update("1", ConversationUpdate.builder().companyId("5f4d3c1c").build());
        conversations.update("1", ConversationUpdate.builder().companyId(Patch.ofNull()).build());
        assertRequest(t.server.takeRequest(), "PUT", "/conversations/1", "{\"read\":false}");
        assertRequest(t.server.takeRequest(), "PUT", "/conversations/1", "{\"company_id\":null}");
        assertRequest(t.server.takeRequest(), "PUT", "/conversations/1", "{\"company_id\":\"5f4d3c1c\"}");
        assertRequest(t.server.takeRequest(), "PUT", "/conversations/1", "{\"company_id\":null}");
    }

    @Test
    void customAttributesAreSentWithTheirJsonTypes() {
        t.server.route("PUT", "/conversations/{id}", r -> FakeResponse.json(fixture("conversation.json")));
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("vip", true);
        attrs.put("score", new BigDecimal("4.50"));
        attrs.put("ratio", 0.25d);
        attrs.put("order_total_cents", 9007199254740993L);
        attrs.put("channel", "web");
        attrs.put("notes", null);
        attrs.put("order", List.of("21"));
        conversations.update("1", ConversationUpdate.builder().customAttributes(attrs).build());
        FakeRequest sent = t.server.takeRequest();
        assertEquals("{\"custom_attributes\":{\"vip\":true,\"score\":4.50,\"ratio\":0.25,"
                + "\"order_total_cents\":9007199254740993,\"channel\":\"web\",\"notes\":null,\"order\":[\"21\"]}}", sent.bodyUtf8());
    }

    @Test
    void updateNeedsSomethingToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConversationUpdate.builder().build());
        assertTrue(e.getMessage().contains("read, title, customAttributes or companyId"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConversationUpdate.builder().companyId(" "));
        assertThrows(IllegalArgumentException.class, () -> ConversationUpdate.builder().customAttribute("", 1));
    }

    @Test
    void adminRepliesHaveTheirExactBodies() {
        t.server.route("POST", "/conversations/{id}/reply", r -> FakeResponse.json(fixture("conversation.json")));
        QuickReplyOption yes = QuickReplyOption.of("Yes", "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb");
        QuickReplyOption no = QuickReplyOption.of("No", "f4a98af1-be56-4948-a57e-e1a83f8484c6");
        conversations.reply("2001", ConversationReply.adminComment("991267715", "Hello!").build());
        conversations.reply("2001", ConversationReply.adminNote("991267715", "<b>internal</b>")
                .createdAt(Instant.ofEpochSecond(1590000000)).build());
        conversations.reply("2001", ConversationReply.adminQuickReply("991267715", List.of(yes, no)).body("Helpful?")
                .attachmentUrls(List.of("https://files.example/a.png")).build());
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"comment\",\"type\":\"admin\",\"admin_id\":\"991267715\",\"body\":\"Hello!\"}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"note\",\"type\":\"admin\",\"admin_id\":\"991267715\",\"body\":\"<b>internal</b>\","
                        + "\"created_at\":1590000000}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"quick_reply\",\"type\":\"admin\",\"admin_id\":\"991267715\",\"body\":\"Helpful?\","
                        + "\"reply_options\":[{\"text\":\"Yes\",\"uuid\":\"a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb\"},"
                        + "{\"text\":\"No\",\"uuid\":\"f4a98af1-be56-4948-a57e-e1a83f8484c6\"}],"
                        + "\"attachment_urls\":[\"https://files.example/a.png\"]}");
    }

    @Test
    void contactRepliesByEachIdentifier() {
        t.server.route("POST", "/conversations/{id}/reply", r -> FakeResponse.json(fixture("conversation.json")));
        AttachmentFile file = AttachmentFile.of("a.json", "application/json", "{\"test\":1}".getBytes());
        conversations.reply("last", ConversationReply.contactComment(ContactIdentifier.intercomUserId("6762f1"), "Thanks")
                .attachmentFiles(List.of(file)).build());
        conversations.reply("2001", ConversationReply.contactComment(ContactIdentifier.userId("user-1"), "Yes")
                .replyOptions(List.of(QuickReplyOption.of("Yes", "a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb"))).build());
        conversations.reply("2001", ConversationReply.contactComment(ContactIdentifier.email("joe@example.com"), "Hi").build());
        assertRequest(t.server.takeRequest(), "POST", "/conversations/last/reply",
                "{\"message_type\":\"comment\",\"type\":\"user\",\"intercom_user_id\":\"6762f1\",\"body\":\"Thanks\","
                        + "\"attachment_files\":[{\"content_type\":\"application/json\",\"data\":\"eyJ0ZXN0IjoxfQ==\","
                        + "\"name\":\"a.json\"}]}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"comment\",\"type\":\"user\",\"user_id\":\"user-1\",\"body\":\"Yes\","
                        + "\"reply_options\":[{\"text\":\"Yes\",\"uuid\":\"a5e1c524-5ddd-4c3e-9328-6bca5d6e3edb\"}]}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"comment\",\"type\":\"user\",\"email\":\"joe@example.com\",\"body\":\"Hi\"}");
        assertFalse(file.toString().contains("eyJ0"), "toString never shows file content");
    }

    @Test
    void aContactAnswersAQuickReplyWithTheChangelogsNonUuidOptionId() {
        t.server.route("POST", "/conversations/{id}/reply", r -> FakeResponse.json(fixture("conversation.json")));
        conversations.reply("2001", ConversationReply.contactComment(ContactIdentifier.userId("user-1"), "oui")
                .replyOptions(List.of(QuickReplyOption.of("oui", "1448547007"))).build());
        conversations.reply("2001", ConversationReply.adminQuickReply("991267715",
                List.of(QuickReplyOption.of("oui", "1448547007"), QuickReplyOption.of("non", "1448547008"))).build());
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"comment\",\"type\":\"user\",\"user_id\":\"user-1\",\"body\":\"oui\","
                        + "\"reply_options\":[{\"text\":\"oui\",\"uuid\":\"1448547007\"}]}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/2001/reply",
                "{\"message_type\":\"quick_reply\",\"type\":\"admin\",\"admin_id\":\"991267715\",\"reply_options\":"
                        + "[{\"text\":\"oui\",\"uuid\":\"1448547007\"},{\"text\":\"non\",\"uuid\":\"1448547008\"}]}");
    }

    @Test
    void replyArgumentsAreCheckedBeforeSending() {
        String admin = "991267715";
        assertMessage("body is required for a comment reply", () -> ConversationReply.adminComment(admin, " ").build());
        assertMessage("body is required for a note reply", () -> ConversationReply.adminNote(admin, null).build());
        assertMessage("replyOptions (reply_options) are required for a quick_reply",
                () -> ConversationReply.adminQuickReply(admin, List.of()).build());
        assertMessage("replyOptions (reply_options) are required for a quick_reply",
                () -> ConversationReply.adminQuickReply(admin, null).build());
        assertMessage("replyOptions (reply_options) apply to quick_reply messages only",
                () -> ConversationReply.adminComment(admin, "x").replyOptions(List.of(QuickReplyOption.of("a"))).build());
        assertMessage("adminId must not be blank", () -> ConversationReply.adminComment("", "x").build());
        assertMessage("body is required for a comment reply",
                () -> ConversationReply.contactComment(ContactIdentifier.email("a@b.c"), "").build());
        List<String> urls = new ArrayList<>();
        List<AttachmentFile> files = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            urls.add("https://files.example/" + i + ".png");
            files.add(AttachmentFile.of(i + ".txt", "text/plain", new byte[] {1}));
        }
        assertMessage("attachmentUrls (attachment_urls) has 11 entries; Intercom allows at most 10",
                () -> ConversationReply.adminComment(admin, "x").attachmentUrls(urls).build());
        assertMessage("attachmentFiles (attachment_files) has 11 entries; Intercom allows at most 10",
                () -> ConversationReply.adminComment(admin, "x").attachmentFiles(files).build());
        ConversationReply.adminComment(admin, "x").attachmentUrls(urls.subList(0, 10)).attachmentFiles(files.subList(0, 10))
                .build();
        assertMessage("quick reply option uuid must not be blank", () -> QuickReplyOption.of("Yes", " "));
        assertMessage("replyOptions[1] needs a uuid (the option's id)", () -> ConversationReply.contactComment(
                ContactIdentifier.email("a@b.c"), "oui").replyOptions(List.of(QuickReplyOption.of("a"),
                new QuickReplyOption(dev.switchboard.core.json.JsonObject.of("text", "b")))).build());
        assertMessage("replyOptions[0] needs a text", () -> ConversationReply.adminQuickReply(admin,
                List.of(new QuickReplyOption(dev.switchboard.core.json.JsonObject.of("uuid", "1")))).build());
        assertMessage("replyOptions[0] must not be null", () -> ConversationReply.adminQuickReply(admin,
                java.util.Arrays.asList((QuickReplyOption) null)).build());
        assertMessage("quick reply option text must not be blank", () -> QuickReplyOption.of(" "));
        assertMessage("contact identifier field must be", () -> new ContactIdentifier("phone", "1"));
        assertMessage("email must not be blank", () -> ContactIdentifier.email(""));
        assertEquals(0, t.server.requestCount());
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(expected), () -> "message was: " + e.getMessage());
    }

    @Test
    void replyIsNotRetriedOnceSent() {
        t.server.faults().statusSequence("POST", "/conversations/{id}/reply", 503);
        t.server.route("POST", "/conversations/{id}/reply", r -> FakeResponse.json(fixture("conversation.json")));
        assertThrows(dev.switchboard.core.ServerException.class,
                () -> conversations.reply("1", ConversationReply.adminComment("1", "x").build()));
        assertEquals(1, t.server.requestCount());
    }

    @Test
    void listPagesWithTheCursorInTheQuery() {
        t.server.route("GET", "/conversations", r -> {
            String after = r.query("starting_after");
            if (after == null) {
                return FakeResponse.json(listPage("c2", "1", "2"));
            }
            return "c2".equals(after) ? FakeResponse.json(listPage("c4", "3", "4")) : FakeResponse.json(listPage(null, "5"));
        });
        List<String> ids = conversations.list(2).stream().map(ConversationListItem::id).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), ids);
        assertRequest(t.server.takeRequest(), "GET", "/conversations?per_page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/conversations?per_page=2&starting_after=c2", null);
        assertRequest(t.server.takeRequest(), "GET", "/conversations?per_page=2&starting_after=c4", null);
        conversations.list().firstPage();
        assertRequest(t.server.takeRequest(), "GET", "/conversations", null);
    }

    @Test
    void listPageSizeIsChecked() {
        assertMessage("perPage must be between 1 and 150, was 151", () -> conversations.list(151));
        assertMessage("perPage must be between 1 and 150, was 0", () -> conversations.list(0));
        assertMessage("perPage must be between 1 and 150", () -> conversations.search(SearchQuery.field("open").eq(true), 151));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void searchWithoutPaginationStillAdvancesTheBodyCursor() {
        // IC-11: the official SDK re-sent the first body forever when the request had no pagination object.
        t.server.route("POST", "/conversations/search", r -> {
            JsonNode after = r.json().path("pagination").path("starting_after");
            if (after.isMissingNode()) {
                return FakeResponse.json(listPage("s2", "1", "2"));
            }
            return "s2".equals(after.asText()) ? FakeResponse.json(listPage("s4", "3", "4")) : FakeResponse.json(listPage(null, "5"));
        });
        SearchQuery q = SearchQuery.and(SearchQuery.field("open").eq(true),
                SearchQuery.field("created_at").gt(Instant.ofEpochSecond(1306054154)));
        List<String> ids = conversations.search(q).stream().map(ConversationListItem::id).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), ids);
        String query = "{\"operator\":\"AND\",\"value\":[{\"field\":\"open\",\"operator\":\"=\",\"value\":true},"
                + "{\"field\":\"created_at\",\"operator\":\">\",\"value\":1306054154}]}";
        assertRequest(t.server.takeRequest(), "POST", "/conversations/search", "{\"query\":" + query + "}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/search",
                "{\"query\":" + query + ",\"pagination\":{\"starting_after\":\"s2\"}}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/search",
                "{\"query\":" + query + ",\"pagination\":{\"starting_after\":\"s4\"}}");
        assertEquals(3, t.server.requestCount());
    }

    @Test
    void searchWithAPageSizeKeepsItNextToTheCursor() {
        t.server.route("POST", "/conversations/search", r -> r.json().path("pagination").has("starting_after")
                ? FakeResponse.json(listPage(null, "3")) : FakeResponse.json(listPage("s2", "1", "2")));
        assertEquals(3, conversations.search(SearchQuery.field("state").eq("open"), 2).stream().count());
        String query = "{\"field\":\"state\",\"operator\":\"=\",\"value\":\"open\"}";
        assertRequest(t.server.takeRequest(), "POST", "/conversations/search",
                "{\"query\":" + query + ",\"pagination\":{\"per_page\":2}}");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/search",
                "{\"query\":" + query + ",\"pagination\":{\"per_page\":2,\"starting_after\":\"s2\"}}");
    }

    @Test
    void aRepeatedCursorStopsTheSearch() {
        t.server.route("POST", "/conversations/search", r -> FakeResponse.json(listPage("same", "1")));
        Paginator<ConversationListItem> results = conversations.search(SearchQuery.field("open").eq(true));
        PaginationException e = assertThrows(PaginationException.class, () -> results.stream().count());
        assertTrue(e.getMessage().contains("repeated the cursor"), e.getMessage());
        assertEquals(2, t.server.requestCount(), "stopped at the first repeat");
    }

    @Test
    void searchIsRetriedOnRateLimitsAndResumable() {
        t.server.faults().next("POST", "/conversations/search", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":"
                + "[{\"code\":\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit\"}]}")
                .withRateLimitReset(IntercomTestSupport.NOW.getEpochSecond() + 3));
        t.server.route("POST", "/conversations/search", r -> FakeResponse.json(listPage("s2", "1")));
        Page<ConversationListItem> first = conversations.search(SearchQuery.field("open").eq(true)).firstPage();
        assertEquals("s2", first.nextCursor().orElseThrow());
        assertEquals(List.of(java.time.Duration.ofSeconds(3)), t.sleeper.sleeps());
        conversations.search(SearchQuery.field("open").eq(true)).resumeFrom("s2").firstPage();
        List<FakeRequest> sent = t.server.requests();
        assertEquals("s2", sent.get(2).json().path("pagination").path("starting_after").asText());
    }

    @Test
    void aRateLimitLongerThanTheCapFailsWithTheResetTime() {
        t.server.route("GET", "/conversations", r -> FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":"
                + "[{\"code\":\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit\"}]}")
                .withHeader("X-RateLimit-Remaining", "0")
                .withRateLimitReset(IntercomTestSupport.NOW.getEpochSecond() + 3600));
        RateLimitException e = assertThrows(RateLimitException.class, () -> conversations.list().firstPage());
        assertEquals(0, e.rateLimit().remaining().getAsLong());
        assertEquals(IntercomTestSupport.NOW.plusSeconds(3600), e.rateLimit().reset().orElseThrow());
        assertTrue(t.sleeper.sleeps().isEmpty());
    }

    @Test
    void searchRequestPageSizeIsChecked() {
        assertMessage("pagination.per_page must be an integer between 1 and 150",
                () -> conversations.search(new SearchRequest(SearchQuery.field("open").eq(true), Map.of("per_page", 500))));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void listItemsAssigneesAndUnknownFields() {
        t.server.route("GET", "/conversations", r -> FakeResponse.json("{\"type\":\"conversation.list\",\"conversations\":["
                + "{\"id\":\"1\",\"admin_assignee_id\":\"991267715\",\"team_assignee_id\":5017691,\"new_thing\":1}],"
                + "\"pages\":{\"type\":\"pages\"}}"));
        ConversationListItem item = conversations.list().firstPage().items().get(0);
        assertEquals("991267715", item.adminAssigneeId());
        assertEquals("5017691", item.teamAssigneeId());
        assertEquals(1, item.json().get("new_thing"));
        assertNull(item.title());
    }

    @Test
    void aRecordWithAMistypedFieldDoesNotFailItsPage() {
        t.server.route("GET", "/conversations", r -> FakeResponse.json("{\"type\":\"conversation.list\",\"conversations\":["
                + "{\"id\":\"1\",\"created_at\":1767225600},"
                + "{\"id\":\"2\",\"created_at\":\"tomorrow\",\"tags\":\"vip\",\"open\":true},"
                + "{\"id\":\"3\",\"created_at\":1767225700}],\"pages\":{\"type\":\"pages\"}}"));
        List<ConversationListItem> items = conversations.list().stream().toList();
        assertEquals(List.of("1", "2", "3"), items.stream().map(ConversationListItem::id).toList(), "the whole page is read");
        ConversationListItem bad = items.get(1);
        assertEquals(Boolean.TRUE, bad.open(), "the record's other fields work");
        DecodeException e = assertThrows(DecodeException.class, bad::createdAt);
        assertTrue(e.getMessage().contains("path $.created_at"), e.getMessage());
        DecodeException tags = assertThrows(DecodeException.class, bad::tags);
        assertTrue(tags.getMessage().contains("expected an object, was a string"), tags.getMessage());
        assertEquals("{\"id\":\"2\",\"created_at\":\"tomorrow\",\"tags\":\"vip\",\"open\":true}", Json.write(bad),
                "written back as sent");
        assertEquals(Instant.ofEpochSecond(1767225700), items.get(2).createdAt());
    }
}
