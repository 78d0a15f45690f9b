package dev.switchboard.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exact requests of every tickets operation, against canned answers. */
class TicketsRequestTest {
    static final String TICKET = "{\"type\":\"ticket\",\"id\":\"627\",\"ticket_id\":\"34\",\"category\":\"Customer\"}";
    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
    private final IntercomConnection connection = IntercomConnection.builder().accessToken("tok-tickets").baseUrl(server.baseUrl())
            .clock(clock).sleeper(new RecordingSleeper(clock)::sleep).retryPolicy(RetryPolicy.builder().random(() -> 1.0).build()).build();
    private final TestTicketing ticketing = TestTicketing.on(connection);

    @AfterEach
    void close() {
        connection.close();
        server.close();
    }

    private FakeRequest only() {
        FakeRequest r = server.takeRequest();
        assertEquals("Bearer tok-tickets", r.header("Authorization"));
        assertEquals("2.14", r.header("Intercom-Version"));
        return r;
    }

    @Test
    void createSendsTheAssignmentAndAttributes() {
        server.route("POST", "/tickets", r -> FakeResponse.json(TICKET));
        Ticket t = ticketing.tickets().create(CreateTicketRequest.builder("90", TicketContact.byEmail("ada@example.com"))
                .attribute("_default_title_", "Printer on fire").attribute("priority_score", 3).attribute("urgent", true)
                .linkConversation("555").companyId("c-1").createdAt(Instant.ofEpochSecond(4102444800L))
                .assignToAdmin("991268013").assignToTeam("5017691").skipNotifications(true).build());
        assertEquals("627", t.id());
        FakeRequest r = only();
        assertEquals("POST", r.method());
        assertEquals("/tickets", r.target());
        assertEquals(TestJson.parse("{\"ticket_type_id\":\"90\",\"contacts\":[{\"email\":\"ada@example.com\"}],"
                + "\"conversation_to_link_id\":\"555\",\"company_id\":\"c-1\",\"created_at\":4102444800,"
                + "\"ticket_attributes\":{\"_default_title_\":\"Printer on fire\",\"priority_score\":3,\"urgent\":true},"
                + "\"assignment\":{\"admin_assignee_id\":\"991268013\",\"team_assignee_id\":\"5017691\"},\"skip_notifications\":true}"), r.json());
    }

    @Test
    void createWithoutAssignmentLeavesItOut() {
        server.route("POST", "/tickets", r -> FakeResponse.json(TICKET));
        ticketing.tickets().create(CreateTicketRequest.builder("90", TicketContact.byId("c9")).build());
        assertEquals(TestJson.parse("{\"ticket_type_id\":\"90\",\"contacts\":[{\"id\":\"c9\"}]}"), only().json());
    }

    @Test
    void enqueueReturnsThePendingJob() {
        server.route("POST", "/tickets/enqueue", r -> FakeResponse.json("{\"type\":\"job\",\"id\":\"20\",\"status\":\"pending\","
                + "\"url\":\"https://api.intercom.io/jobs/status/20\",\"resource_type\":\"ticket\",\"resource_id\":null,\"resource_url\":null}"));
        Job job = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byExternalId("ext-1")).build());
        assertEquals(JobStatus.PENDING, job.status());
        assertFalse(job.isFinished());
        assertTrue(job.createdId().isEmpty());
        FakeRequest r = only();
        assertEquals("/tickets/enqueue", r.target());
        assertEquals(TestJson.parse("{\"ticket_type_id\":\"90\",\"contacts\":[{\"external_id\":\"ext-1\"}]}"), r.json());
    }

    @Test
    void updateUsesThe214ShapeAndNeverTheNestedAssignment() {
        server.route("PUT", "/tickets/{id}", r -> FakeResponse.json(TICKET));
        ticketing.tickets().update("627", UpdateTicketRequest.builder().performedBy(991268011L).assignTo("991268013")
                .ticketStateId("8498").open(false).shared(true).snoozedUntil(Instant.ofEpochSecond(1775005200L))
                .attribute("_default_title_", "New title").clearCompany().skipNotifications(false).build());
        FakeRequest r = only();
        assertEquals("PUT", r.method());
        assertEquals("/tickets/627", r.target());
        assertEquals(TestJson.parse("{\"ticket_attributes\":{\"_default_title_\":\"New title\"},\"ticket_state_id\":\"8498\","
                + "\"company_id\":null,\"open\":false,\"is_shared\":true,\"snoozed_until\":1775005200,\"admin_id\":991268011,"
                + "\"assignee_id\":\"991268013\",\"skip_notifications\":false}"), r.json());
        assertFalse(r.json().has("assignment"));
        assertFalse(r.json().has("ticket_id"), "path parameters never leak into the body");
        assertTrue(r.json().get("admin_id").isIntegralNumber(), "admin_id is an integer in 2.14");
        assertTrue(r.json().get("assignee_id").isTextual(), "assignee_id is a string in 2.14");
    }

    @Test
    void companyIdIsAbsentNullOrAValue() {
        server.route("PUT", "/tickets/{id}", r -> FakeResponse.json(TICKET));
        ticketing.tickets().update("1", UpdateTicketRequest.builder().open(true).build());
        ticketing.tickets().update("1", UpdateTicketRequest.builder().clearCompany().build());
        ticketing.tickets().update("1", UpdateTicketRequest.builder().companyId("co-9").unassign().build());
        assertEquals("{\"open\":true}", server.takeRequest().bodyUtf8());
        assertEquals("{\"company_id\":null}", server.takeRequest().bodyUtf8());
        assertEquals(TestJson.parse("{\"company_id\":\"co-9\",\"assignee_id\":\"0\"}"), server.takeRequest().json());
    }

    @Test
    void getAndDeleteEncodeTheId() {
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json(TICKET));
        server.route("DELETE", "/tickets/{id}", r -> FakeResponse.json("{\"id\":\"a/b\",\"object\":\"ticket\",\"deleted\":true}"));
        ticketing.tickets().get("a/b");
        TicketDeleted d = ticketing.tickets().delete("a/b");
        assertTrue(d.deleted());
        assertEquals("/tickets/a%2Fb", only().target());
        FakeRequest del = only();
        assertEquals("DELETE", del.method());
        assertEquals(0, del.body().length);
    }

    @Test
    void searchCarriesTheCursorInTheBodyWithoutACallerPaginationObject() {
        server.route("POST", "/tickets/search", r -> r.json().has("pagination")
                ? FakeResponse.json("{\"type\":\"ticket.list\",\"tickets\":[{\"id\":\"2\"}],\"total_count\":2,\"pages\":{\"type\":\"pages\"}}")
                : FakeResponse.json("{\"type\":\"ticket.list\",\"tickets\":[{\"id\":\"1\"}],\"total_count\":2,"
                        + "\"pages\":{\"type\":\"pages\",\"next\":{\"per_page\":1,\"starting_after\":\"c1\"}}}"));
        List<String> ids = ticketing.tickets().search(SearchRequest.of(SearchQuery.field("open").eq(true))).stream().map(Ticket::id).toList();
        assertEquals(List.of("1", "2"), ids);
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true}}"), only().json());
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true},"
                + "\"pagination\":{\"starting_after\":\"c1\"}}"), only().json());
    }

    @Test
    void searchStopsWhenTheServerRepeatsACursor() {
        server.route("POST", "/tickets/search", r -> FakeResponse.json("{\"tickets\":[{\"id\":\"1\"}],"
                + "\"pages\":{\"next\":{\"starting_after\":\"same\"}}}"));
        dev.switchboard.core.PaginationException e = assertThrows(dev.switchboard.core.PaginationException.class,
                () -> ticketing.tickets().search(SearchRequest.of(SearchQuery.field("open").eq(true))).forEach(t -> { }));
        assertTrue(e.getMessage().contains("repeated the cursor"));
        assertEquals(2, server.requestCount());
    }

    @Test
    void repliesAsAdminAndAsContact() {
        server.route("POST", "/tickets/{id}/reply", r -> FakeResponse.json("{\"type\":\"ticket_part\",\"id\":\"156\",\"part_type\":\"note\"}"));
        QuickReplyOption yes = QuickReplyOption.of("Yes", "4e2b9c3a-5c1f-4ab9-9b55-2b9b1c7d7e01");
        ticketing.tickets().reply("627", TicketReply.note("991268011", "<p>Checked</p>").crossPosted()
                .withAttachments(List.of("https://files.example.com/a.png")));
        ticketing.tickets().reply("627", TicketReply.quickReply("991268011", List.of(yes)));
        ticketing.tickets().reply("627", TicketReply.fromEmail("ada@example.com", "Thanks"));
        assertEquals(TestJson.parse("{\"message_type\":\"note\",\"type\":\"admin\",\"body\":\"<p>Checked</p>\",\"admin_id\":\"991268011\","
                + "\"attachment_urls\":[\"https://files.example.com/a.png\"],\"cross_post\":true}"), only().json());
        assertEquals(TestJson.parse("{\"message_type\":\"quick_reply\",\"type\":\"admin\",\"admin_id\":\"991268011\","
                + "\"reply_options\":[{\"text\":\"Yes\",\"uuid\":\"4e2b9c3a-5c1f-4ab9-9b55-2b9b1c7d7e01\"}]}"), only().json());
        FakeRequest contact = only();
        assertEquals("/tickets/627/reply", contact.target());
        assertEquals(TestJson.parse("{\"message_type\":\"comment\",\"type\":\"user\",\"body\":\"Thanks\",\"email\":\"ada@example.com\"}"),
                contact.json());
    }

    @Test
    void aTicketQuickReplyAndAContactsAnswerMayUseTheChangelogsNonUuidOptionId() {
        server.route("POST", "/tickets/{id}/reply", r -> FakeResponse.json("{\"type\":\"ticket_part\",\"id\":\"157\"}"));
        QuickReplyOption oui = QuickReplyOption.of("oui", "1448547007");
        ticketing.tickets().reply("627", TicketReply.quickReply("991268011", List.of(oui, QuickReplyOption.of("non", "1448547008"))));
        ticketing.tickets().reply("627", new TicketReply.Contact("comment", "user", "oui", null, null, "ada@example.com", null,
                null, List.of(oui), null));
        assertEquals(TestJson.parse("{\"message_type\":\"quick_reply\",\"type\":\"admin\",\"admin_id\":\"991268011\","
                + "\"reply_options\":[{\"text\":\"oui\",\"uuid\":\"1448547007\"},{\"text\":\"non\",\"uuid\":\"1448547008\"}]}"),
                only().json());
        assertEquals(TestJson.parse("{\"message_type\":\"comment\",\"type\":\"user\",\"body\":\"oui\",\"email\":\"ada@example.com\","
                + "\"reply_options\":[{\"text\":\"oui\",\"uuid\":\"1448547007\"}]}"), only().json());
    }

    @Test
    void attachesAndDetachesTags() {
        server.route("POST", "/tickets/{id}/tags", r -> FakeResponse.json("{\"type\":\"tag\",\"id\":\"7522907\",\"name\":\"Urgent\"}"));
        server.route("DELETE", "/tickets/{id}/tags/{tag}", r -> FakeResponse.json("{\"type\":\"tag\",\"id\":\"7522907\",\"name\":\"Urgent\"}"));
        assertEquals("Urgent", ticketing.tickets().attachTag("627", "7522907", "780").name());
        ticketing.tickets().detachTag("627", "7522907", "780");
        FakeRequest attach = only();
        assertEquals(TestJson.parse("{\"id\":\"7522907\",\"admin_id\":\"780\"}"), attach.json());
        FakeRequest detach = only();
        assertEquals("DELETE", detach.method());
        assertEquals("/tickets/627/tags/7522907", detach.target());
        assertEquals(TestJson.parse("{\"admin_id\":\"780\"}"), detach.json());
    }

    @Test
    void everyTicketTypeMethodCanOverrideTheIntercomVersion() {
        server.route("GET", "/ticket_types", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        server.route("GET", "/ticket_types/{id}", r -> FakeResponse.json("{\"type\":\"ticket_type\",\"id\":\"68\"}"));
        server.route("POST", "/ticket_types", r -> FakeResponse.json("{\"type\":\"ticket_type\",\"id\":\"68\"}"));
        server.route("PUT", "/ticket_types/{id}", r -> FakeResponse.json("{\"type\":\"ticket_type\",\"id\":\"68\"}"));
        server.route("POST", "/ticket_types/{id}/attributes", r -> FakeResponse.json("{\"type\":\"ticket_type_attribute\",\"id\":\"5\"}"));
        server.route("PUT", "/ticket_types/{id}/attributes/{a}", r -> FakeResponse.json("{\"type\":\"ticket_type_attribute\",\"id\":\"5\"}"));
        var preview = IntercomConnection.version("Preview");
        TicketTypesClient types = ticketing.ticketTypes().withOptions(preview);
        types.list();
        assertEquals("68", types.get("68").id());
        types.create(TicketTypeRequest.create("Bug"));
        types.update("68", TicketTypeRequest.update().withArchived(true));
        types.createAttribute("68", TicketTypeAttributeRequest.create("Severity", "How bad", "string"));
        types.updateAttribute("68", "5", TicketTypeAttributeRequest.update().archived(true));
        List<String> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FakeRequest r = server.takeRequest();
            assertEquals("Preview", r.header("Intercom-Version"), r.method() + " " + r.target());
            sent.add(r.method() + " " + r.target());
        }
        assertEquals(List.of("GET /ticket_types", "GET /ticket_types/68", "POST /ticket_types", "PUT /ticket_types/68",
                "POST /ticket_types/68/attributes", "PUT /ticket_types/68/attributes/5"), sent);
        ticketing.ticketTypes().get("68");
        assertEquals("2.14", only().header("Intercom-Version"), "without options the connection's version");
    }

    @Test
    void ticketTypesAndStates() {
        server.route("GET", "/ticket_types", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[{\"type\":\"ticket_type\",\"id\":\"67\"}]}"));
        server.route("POST", "/ticket_types", r -> FakeResponse.json("{\"type\":\"ticket_type\",\"id\":\"68\"}"));
        server.route("PUT", "/ticket_types/{id}", r -> FakeResponse.json("{\"type\":\"ticket_type\",\"id\":\"68\"}"));
        server.route("POST", "/ticket_types/{id}/attributes", r -> FakeResponse.json("{\"type\":\"ticket_type_attribute\",\"id\":\"5\"}"));
        server.route("PUT", "/ticket_types/{id}/attributes/{a}", r -> FakeResponse.json("{\"type\":\"ticket_type_attribute\",\"id\":\"5\"}"));
        server.route("GET", "/ticket_states", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[{\"type\":\"ticket_state\",\"id\":\"1\","
                + "\"category\":\"submitted\"}]}"));
        assertEquals("67", ticketing.ticketTypes().list().get(0).id());
        ticketing.ticketTypes().create(TicketTypeRequest.create("Bug").withCategory(TicketCategory.TRACKER).withIcon("🐞"));
        ticketing.ticketTypes().update("68", TicketTypeRequest.update().withArchived(true));
        ticketing.ticketTypes().createAttribute("68", TicketTypeAttributeRequest.create("Severity", "How bad", "list")
                .listItems("low,high", false).required(true, false));
        ticketing.ticketTypes().updateAttribute("68", "5", TicketTypeAttributeRequest.update().archived(true));
        assertEquals(TicketStateCategory.SUBMITTED, ticketing.ticketStates().list().get(0).category());
        only();
        assertEquals(TestJson.parse("{\"name\":\"Bug\",\"category\":\"Tracker\",\"icon\":\"🐞\"}"), only().json());
        assertEquals(TestJson.parse("{\"archived\":true}"), only().json());
        assertEquals(TestJson.parse("{\"name\":\"Severity\",\"description\":\"How bad\",\"data_type\":\"list\",\"required_to_create\":true,"
                + "\"required_to_create_for_contacts\":false,\"list_items\":\"low,high\",\"allow_multiple_values\":false}"), only().json());
        FakeRequest upd = only();
        assertEquals("/ticket_types/68/attributes/5", upd.target());
        assertEquals(TestJson.parse("{\"archived\":true}"), upd.json());
    }

    @Test
    void badInputFailsBeforeAnyRequestAndNamesTheArgument() {
        assertEquals("ticketTypeId must not be blank",
                assertThrows(IllegalArgumentException.class, () -> CreateTicketRequest.builder(" ", TicketContact.byId("1")).build()).getMessage());
        assertEquals("contacts must not be empty",
                assertThrows(IllegalArgumentException.class, () -> CreateTicketRequest.builder("90", null)).getMessage());
        assertEquals("email must not be blank", assertThrows(IllegalArgumentException.class, () -> TicketContact.byEmail("")).getMessage());
        assertEquals("ticket_id must not be blank", assertThrows(IllegalArgumentException.class, () -> ticketing.tickets().get(" ")).getMessage());
        assertEquals("replyOptions must not be empty for a quick_reply",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.quickReply("1", List.of())).getMessage());
        assertEquals("body must not be blank for a comment",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.comment("1", "")).getMessage());
        List<String> eleven = java.util.Collections.nCopies(11, "https://x.example.com/f");
        assertEquals("attachmentUrls has 11 entries; at most 10",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.comment("1", "b").withAttachments(eleven)).getMessage());
        assertEquals("crossPost applies to notes only",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.comment("1", "b").crossPosted()).getMessage());
        assertEquals("adminId must not be blank", assertThrows(IllegalArgumentException.class, () -> TicketReply.note(" ", "b")).getMessage());
        assertEquals("1448547007", QuickReplyOption.of("oui", "1448547007").uuid(), "the changelog's option id is no UUID");
        assertEquals("quick reply option uuid must not be blank", assertThrows(IllegalArgumentException.class, () -> QuickReplyOption.of("a", "")).getMessage());
        QuickReplyOption noId = new QuickReplyOption(dev.switchboard.core.json.JsonObject.of("text", "a"));
        QuickReplyOption noText = new QuickReplyOption(dev.switchboard.core.json.JsonObject.of("uuid", "1448547007"));
        assertEquals("replyOptions[0] needs a uuid (the option's id)",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.quickReply("1", List.of(noId))).getMessage());
        assertEquals("replyOptions[0] needs a text",
                assertThrows(IllegalArgumentException.class, () -> TicketReply.comment("1", "b").withReplyOptions(List.of(noText))).getMessage());
        assertEquals("replyOptions[0] needs a uuid (the option's id)", assertThrows(IllegalArgumentException.class,
                () -> new TicketReply.Contact("comment", "user", "oui", null, null, "a@b.c", null, null, List.of(noId), null)).getMessage());
        assertEquals("tagId must not be blank",
                assertThrows(IllegalArgumentException.class, () -> ticketing.tickets().attachTag("1", "", "2")).getMessage());
        assertEquals("adminId must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> UpdateTicketRequest.builder().performedBy(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(SearchQuery.field("open").eq(true), 151));
        assertThrows(IllegalArgumentException.class, () -> TicketTypeAttributeRequest.create("a", "b", "blob"));
        assertEquals("dataType cannot be changed; use TicketTypeAttributeRequest.update", assertThrows(IllegalArgumentException.class,
                () -> ticketing.ticketTypes().updateAttribute("1", "2", TicketTypeAttributeRequest.create("a", "b", "string"))).getMessage());
        assertEquals(0, server.requestCount());
    }

    @Test
    void createIsNotRetriedBut503OnGetIs() {
        server.route("POST", "/tickets", r -> FakeResponse.json(503, "{}"));
        server.route("GET", "/tickets/{id}", r -> FakeResponse.json(TICKET));
        server.faults().statusSequence("GET", "/tickets/{id}", 503);
        assertThrows(dev.switchboard.core.ServerException.class,
                () -> ticketing.tickets().create(CreateTicketRequest.builder("90", TicketContact.byId("1")).build()));
        assertEquals(1, server.requestCount());
        ticketing.tickets().get("627");
        assertEquals(3, server.requestCount());
    }

    @Test
    void aTicketWithAMistypedFieldDoesNotFailTheSearchPage() {
        server.route("POST", "/tickets/search", r -> FakeResponse.json("{\"type\":\"ticket.list\",\"tickets\":["
                + "{\"type\":\"ticket\",\"id\":\"1\",\"created_at\":\"not a time\",\"ticket_state\":\"oops\"},"
                + "{\"type\":\"ticket\",\"id\":\"2\",\"admin_assignee_id\":991268013,\"snoozed_until\":null}],"
                + "\"total_count\":2,\"pages\":{\"type\":\"pages\",\"page\":1,\"total_pages\":1}}"));
        List<Ticket> found = new java.util.ArrayList<>();
        ticketing.tickets().search(SearchRequest.of(SearchQuery.field("open").eq(true))).forEach(found::add);
        assertEquals(List.of("1", "2"), found.stream().map(Ticket::id).toList(), "every record of the page arrives");
        assertThrows(dev.switchboard.core.DecodeException.class, () -> found.get(0).createdAt());
        assertThrows(dev.switchboard.core.DecodeException.class, () -> found.get(0).ticketState());
        assertEquals("991268013", found.get(1).adminAssigneeId());
        String written = dev.switchboard.core.json.Json.write(found.get(1));
        assertTrue(written.contains("\"admin_assignee_id\":991268013"), "an integer id is written back as the integer: " + written);
        assertTrue(written.contains("\"snoozed_until\":null"), "an explicit null is kept: " + written);
    }

    @Test
    void cancellingAnAsyncJobWaitCancelsItsCall() throws Exception {
        java.util.concurrent.CountDownLatch canceled = new java.util.concurrent.CountDownLatch(1);
        okhttp3.OkHttpClient watched = new okhttp3.OkHttpClient.Builder().eventListener(new okhttp3.EventListener() {
            @Override
            public void canceled(okhttp3.Call call) {
                canceled.countDown();
            }
        }).build();
        server.route("GET", "/jobs/status/{id}", r -> FakeResponse.json("{\"type\":\"job\",\"id\":\"9\",\"status\":\"pending\"}")
                .withHeadersDelay(java.time.Duration.ofSeconds(20)));
        try (IntercomConnection c = IntercomConnection.builder().accessToken("tok").baseUrl(server.baseUrl()).okHttpClient(watched)
                .build()) {
            java.util.concurrent.CompletableFuture<Job> wait = TestTicketing.on(c).jobs().awaitCompletionAsync("9",
                    java.time.Duration.ofMinutes(1));
            server.takeRequest(java.time.Duration.ofSeconds(5));
            wait.cancel(true);
            assertTrue(canceled.await(2, java.util.concurrent.TimeUnit.SECONDS), "the poll in flight was not cancelled");
        } finally {
            watched.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void cancellingAnAsyncJobWaitDuringAPauseStopsThePolling() throws Exception {
        server.route("GET", "/jobs/status/{id}", r -> FakeResponse.json("{\"type\":\"job\",\"id\":\"9\",\"status\":\"pending\"}"));
        java.util.concurrent.BlockingQueue<Runnable> pauses = new java.util.concurrent.LinkedBlockingQueue<>();
        try (IntercomConnection c = IntercomConnection.builder().accessToken("tok").baseUrl(server.baseUrl()).clock(clock)
                .scheduler((delay, task) -> pauses.add(task)).build()) {
            java.util.concurrent.CompletableFuture<Job> wait = TestTicketing.on(c).jobs().awaitCompletionAsync("9",
                    dev.switchboard.core.http.PollWait.DEFAULT);
            Runnable pause = pauses.poll(5, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(pause != null, "the first poll answered pending and a pause was scheduled");
            assertTrue(wait.cancel(true));
            pause.run();
            assertEquals(1, server.requestCount(), "no poll after the cancellation");
            assertTrue(pauses.isEmpty());
        }
    }
}
