package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.conversations.intercom.IntercomBuilder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FinAgentClientTest {
    static final String TOKEN = "test-token-0123456789";
    static final Instant T = Instant.parse("2025-01-24T10:01:20Z");

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FinAgentClient fin = new IntercomBuilder<>(FinAgentClient::new).accessToken(TOKEN).baseUrl(server.baseUrl())
            .clock(clock).sleeper(sleeper::sleep).retryPolicy(RetryPolicy.builder().random(() -> 0.5).build()).build();

    @AfterEach
    void close() {
        fin.connection().close();
        server.close();
    }

    private static FinStartRequest.Builder start() {
        return FinStartRequest.builder("ext-123", FinMessage.user("How can I see my account details?", T),
                FinUser.builder("123456").name("John Doe").email("john.doe@example.com").attribute("plan_type", "Pro").build());
    }

    static void assertRequest(FakeRequest r, String path, String json) {
        assertEquals("POST", r.method());
        assertEquals(path, r.target());
        assertEquals("Bearer " + TOKEN, r.header("Authorization"));
        assertEquals("2.14", r.header("Intercom-Version"));
        assertEquals(TestJson.write(TestJson.parse(json)), r.bodyUtf8());
    }

    @Test
    void startSendsEveryFieldAndDecodesTheAnswer() {
        server.route("POST", "/fin/start", r -> FakeResponse.json("{\"conversation_id\":\"ext-123\",\"user_id\":\"user-456\","
                + "\"status\":\"thinking\",\"created_at_ms\":\"2025-01-24T10:00:00.123Z\",\"sse_subscription_url\":"
                + "\"https://rt.example/event-stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG&rewind=2m\","
                + "\"errors\":{\"user\":{\"attributes\":{\"invalid_attr\":\"User attribute 'invalid_attr' does not exist\"}}}}"));
        FinConversation c = fin.start(start()
                .attachment(FinAttachment.url(URI.create("https://example.com/document.pdf")))
                .attachment(FinAttachment.file("s.png", "image/png", new byte[] {1, 2, 3}))
                .conversationMetadata(FinConversationMetadata.builder()
                        .history(List.of(FinMessage.user("I need help", Instant.parse("2025-01-24T10:00:01Z")),
                                FinMessage.agent("What do you need help with?", Instant.parse("2025-01-24T10:01:00.5Z"))))
                        .attribute("priority_level", "high").build())
                .build());
        assertRequest(server.takeRequest(), "/fin/start", "{\"conversation_id\":\"ext-123\",\"message\":{\"author\":\"user\","
                + "\"body\":\"How can I see my account details?\",\"timestamp\":\"2025-01-24T10:01:20.000Z\"},"
                + "\"user\":{\"id\":\"123456\",\"name\":\"John Doe\",\"email\":\"john.doe@example.com\",\"attributes\":{\"plan_type\":\"Pro\"}},"
                + "\"attachments\":[{\"type\":\"url\",\"url\":\"https://example.com/document.pdf\"},"
                + "{\"type\":\"file\",\"name\":\"s.png\",\"content_type\":\"image/png\",\"data\":\"AQID\"}],"
                + "\"conversation_metadata\":{\"history\":[{\"author\":\"user\",\"body\":\"I need help\",\"timestamp\":\"2025-01-24T10:00:01.000Z\"},"
                + "{\"author\":\"agent\",\"body\":\"What do you need help with?\",\"timestamp\":\"2025-01-24T10:01:00.500Z\"}],"
                + "\"attributes\":{\"priority_level\":\"high\"}}}");
        assertEquals("ext-123", c.conversationId());
        assertEquals("user-456", c.userId());
        assertEquals(FinStatus.THINKING, c.status());
        assertEquals(Instant.parse("2025-01-24T10:00:00.123Z"), c.createdAt());
        assertEquals(Map.of("invalid_attr", "User attribute 'invalid_attr' does not exist"), c.errors().userAttributes());
        assertEquals(Map.of(), c.errors().conversationAttributes());
        assertTrue(c.hasAttributeErrors());
        assertEquals("rt.example", c.sseSubscriptionUrl().getHost());
        assertFalse(c.toString().contains("eyJhbG"), c.toString());
    }

    @Test
    void unknownStatusNullsAndWrongTypesDecodeOnDemand() {
        FinConversation c = new FinConversation(dev.switchboard.core.json.Json.object(("{\"status\":\"pondering\","
                + "\"created_at_ms\":null,\"user_id\":true,\"errors\":{\"user\":{\"attributes\":{\"a\":1}}},"
                + "\"sse_subscription_url\":\"not a url\"}").getBytes(), "t"));
        assertFalse(c.status().isKnown());
        assertEquals("pondering", c.status().value());
        assertNull(c.createdAt());
        assertNull(c.conversationId());
        assertThrows(DecodeException.class, c::userId);
        assertThrows(DecodeException.class, () -> c.errors().userAttributes());
        assertThrows(DecodeException.class, c::sseSubscriptionUrl);
    }

    @Test
    void attachmentLimitAndArgumentsAreCheckedBeforeSending() {
        List<FinAttachment> eleven = new ArrayList<>(Collections.nCopies(11, FinAttachment.url(URI.create("https://e.x/a"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> start().attachments(eleven).build());
        assertEquals("attachments: at most 10 per request, was 11", e.getMessage());
        assertEquals("conversationId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> FinReplyRequest.builder(" ", FinMessage.user("x", T), FinUser.of("1"))).getMessage());
        assertEquals("message body must not be blank", assertThrows(IllegalArgumentException.class,
                () -> FinMessage.user("", T)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FinAttachment.url(URI.create("file:///etc/passwd")));
        assertThrows(IllegalArgumentException.class, () -> FinUser.builder("1").attribute("x", List.of()));
        assertEquals(10, start().attachments(eleven.subList(0, 10)).build().toJson().get("attachments") instanceof List<?> l
                ? l.size() : -1);
        assertEquals(0, server.requestCount());
    }

    @Test
    void csatIsRetriedBecauseItIsIdempotentButStartIsNot() {
        server.faults().next(FakeResponse.status(503));
        server.route("POST", "/fin/csat", r -> FakeResponse.json("{\"conversation_id\":\"ext-123\",\"rating\":\"amazing\",\"status\":\"rated\"}"));
        FinCsatResult r = fin.csat(FinCsatRequest.of("ext-123", CsatRating.AMAZING).withRemark("Fast"));
        assertEquals(2, server.requestCount());
        assertRequest(server.takeRequest(), "/fin/csat", "{\"conversation_id\":\"ext-123\",\"rating\":\"amazing\",\"remark\":\"Fast\"}");
        assertEquals(CsatRating.AMAZING, r.rating());
        assertTrue(r.isRated());
        server.clearRequests();
        server.faults().next(FakeResponse.status(503));
        server.route("POST", "/fin/start", req -> FakeResponse.json("{}"));
        assertThrows(ServerException.class, () -> fin.start(start().build()));
        assertEquals(1, server.requestCount());
    }

    @Test
    void csat422CarriesIntercomsMessage() {
        server.route("POST", "/fin/csat", r -> FakeResponse.json(422, "{\"errors\":{\"base\":\"No rating survey found for this conversation\"}}"));
        ValidationException e = assertThrows(ValidationException.class, () -> fin.csat(FinCsatRequest.of("ext-123", CsatRating.of("meh"))));
        assertEquals(422, e.status());
        assertEquals(1, server.requestCount());
    }
}
