package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The clients against the stateful {@link FakeIntercom}: whole flows, as a user's integration test would run them. */
class FakeIntercomEndToEndTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:03Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).start();
    private final TestIntercom intercom = TestIntercom.builder()
            .accessToken(fake.token()).baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep).build();

    @AfterEach
    void close() {
        intercom.close();
        fake.close();
    }

    @Test
    void listsEveryCallAcrossPageNumberPages() {
        List<Page<Call>> pages = new ArrayList<>();
        intercom.calls().list().pages().forEach(pages::add);
        assertEquals(3, pages.size());
        assertEquals(fake.callIds(), pages.stream().flatMap(p -> p.items().stream()).map(Call::id).toList());
        assertEquals(List.of(25, 25, 10), pages.stream().map(p -> p.items().size()).toList());
        assertEquals(List.of("2.14", "2.14", "2.14"), fake.versions());
    }

    @Test
    void recordingUrlPointsToAnotherHostThatIsNeverContacted() {
        URI url = intercom.calls().recordingUrl(fake.callIds().get(0));
        URI api = URI.create(fake.baseUrl());
        assertNotEquals(api.getPort(), url.getPort(), "the recording is on another host:port");
        assertEquals(fake.recordingServer().port(), url.getPort());
        assertTrue(url.getQuery().contains("X-Amz-Signature="), url.toString());
        assertEquals(0, fake.recordingServer().requestCount());
        assertThrows(NotFoundException.class, () -> intercom.calls().recordingUrl(fake.callIds().get(3)), "no recording");
    }

    @Test
    void transcriptsAreTextOrNone() {
        CallTranscript text = intercom.calls().transcript(fake.callIds().get(0));
        assertEquals(CallTranscript.Format.TEXT, text.format());
        assertTrue(text.text().orElseThrow().startsWith("[00:00:03] Teammate 1:"));
        assertTrue(text.fileName().orElseThrow().startsWith("transcription_data-"));
        assertTrue(intercom.calls().transcript(fake.callIds().get(2)).isEmpty(), "[{}] means none");
    }

    @Test
    void searchCallsByConversation() {
        Call first = intercom.calls().get(fake.callIds().get(0));
        List<Call> found = intercom.calls().search(List.of(first.conversationId()));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(c -> first.conversationId().equals(c.conversationId())));
        assertTrue(found.get(0).hasTranscript());
    }

    @Test
    void everyGeneratedRecordRoundTripsLosslessly() {
        for (String id : fake.conversationIds().subList(0, 6)) {
            JsonNode served = fake.conversation(id).orElseThrow();
            Conversation c = Json.convert(served, Conversation.class);
            assertEquals(Json.tree(Json.writeBytes(served), "served"), Json.tree(Json.writeBytes(c), "model"), id);
        }
        JsonNode call = fake.call(fake.callIds().get(0)).orElseThrow();
        assertEquals(Json.tree(Json.writeBytes(call), "served"),
                Json.tree(Json.writeBytes(Json.convert(call, Call.class)), "model"));
    }

    @Test
    void searchesConversationsWithTheDslAcrossBodyCursorPages() {
        Instant since = Instant.ofEpochSecond(1_767_225_600L + 10 * 3_600L);
        List<ConversationListItem> open = intercom.conversations().search(SearchQuery.and(
                SearchQuery.field("state").eq("open"),
                SearchQuery.field("created_at").gt(since)), 3).stream().toList();
        assertFalse(open.isEmpty());
        assertTrue(open.stream().allMatch(c -> c.state() == ConversationState.OPEN
                && !c.createdAt().isBefore(since)));
        List<FakeRequest> searches = fake.requests().stream().filter(r -> r.path().equals("/conversations/search")).toList();
        assertEquals((open.size() + 2) / 3, searches.size());
        assertTrue(searches.get(1).json().path("pagination").path("starting_after").isTextual());
    }

    @Test
    void listsEveryConversation() {
        assertEquals(fake.conversationIds(), intercom.conversations().list().stream().map(ConversationListItem::id).toList());
    }

    @Test
    void clearsTheCompanyWithAnExplicitNull() {
        String id = fake.conversationIds().get(1);
        assertTrue(fake.companyId(id).isPresent());
        Conversation updated = intercom.conversations().update(id, ConversationUpdate.builder().clearCompanyId()
                .customAttribute("vip", false).build());
        assertTrue(fake.companyId(id).isEmpty());
        assertTrue(fake.lastUpdate(id).orElseThrow().path("company_id").isNull());
        assertEquals(Boolean.FALSE, updated.customAttributes().get("vip"));
        assertEquals(new java.math.BigDecimal("4.5"), updated.customAttributes().get("score"));
    }

    @Test
    void quickReplyAddsAPartWithTheOptions() {
        String id = fake.conversationIds().get(0);
        QuickReplyOption yes = QuickReplyOption.of("Yes");
        Conversation c = intercom.conversations().reply(id, ConversationReply.adminQuickReply("991267700",
                List.of(yes, QuickReplyOption.of("No"))).body("Shall I close it?").build());
        ConversationPart last = c.parts().get(c.parts().size() - 1);
        assertEquals("quick_reply", last.partType());
        assertEquals(yes.uuid(), last.quickReplyOptions().get(0).uuid());
        assertTrue(c.parts().stream().anyMatch(ConversationPart::fromAiAgent), "the generated conversation has Fin's parts");
    }

    @Test
    void sendsAnEmailWithCcAndBcc() {
        Message m = intercom.messages().create(CreateMessage.email(394051L).subject("Hello").body("Hi there")
                .template(EmailTemplate.PLAIN).to(Recipient.user("u1")).cc(List.of(Recipient.lead("l1")))
                .bcc(Recipient.user("u2")).build());
        assertEquals(MessageType.EMAIL, m.messageType());
        JsonNode received = fake.messages().get(0);
        assertEquals("l1", received.path("cc").path(0).path("id").asText());
        assertEquals("u2", received.path("bcc").path("id").asText());
    }

    @Test
    void aRateLimitWaitsUntilTheResetOfTheWindow() {
        fake.faults().rateLimited("GET", "/calls");
        intercom.calls().list().firstPage();
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps(), "12:00:03 waits until 12:00:10");
        assertEquals(2, fake.requests().size());
        assertTrue(intercom.connection().rateLimit().remaining().isPresent());
    }

    @Test
    void aWrongTokenIsRefused() {
        try (IntercomConnection wrong = IntercomConnection.builder().accessToken("wrong-token-123").baseUrl(fake.baseUrl())
                .build()) {
            AuthenticationException e = assertThrows(AuthenticationException.class, () -> new CallsClient(wrong).get("1"));
            assertEquals("unauthorized", e.details().get(0).code());
            assertTrue(e.requestId().isPresent());
        }
    }
}
