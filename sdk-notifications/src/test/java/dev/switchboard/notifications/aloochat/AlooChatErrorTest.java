package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.ErrorDetail;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PermissionDeniedException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** AlooChat's documented error body, and every other shape a proxy or framework may send instead. */
class AlooChatErrorTest {
    private final FakeServer server = FakeServer.start();

    @AfterEach
    void close() {
        server.close();
    }

    private ApiException failure(FakeResponse response) {
        server.route("GET", "/team-notifications/stats", r -> response);
        try (AlooChat aloochat = AlooChat.builder().apiKey(AlooChatClientTest.KEY).baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.none()).build()) {
            return assertThrows(ApiException.class, () -> aloochat.notifications().stats());
        }
    }

    @Test
    void theDocumentedBodyGivesTheMessageAndTheErrorCode() {
        ApiException e = failure(FakeResponse.json(400, Fixture.text("aloochat/error-400.json")));
        assertInstanceOf(ValidationException.class, e);
        assertEquals("Invalid notification_type parameter", e.serverMessage().orElseThrow());
        assertEquals(List.of(new ErrorDetail("ValidationError", "Invalid notification_type parameter", null)),
                e.details());
        assertEquals("HTTP 400 Bad Request on GET /team-notifications/stats: Invalid notification_type parameter",
                e.getMessage());
        assertEquals(Fixture.tree("aloochat/error-400.json"), Json.tree(e.rawBody().getBytes(), "raw body"));
    }

    @Test
    void theDocumentedBodysStatusCodeTimestampAndPathAreTyped() {
        ApiException e = failure(FakeResponse.json(400, Fixture.text("aloochat/error-400.json")));
        AlooChatError body = AlooChatError.of(e).orElseThrow();
        assertEquals("ValidationError", body.error());
        assertEquals("Invalid notification_type parameter", body.message());
        assertEquals(List.of("Invalid notification_type parameter"), body.messages());
        assertEquals(400, body.statusCode());
        assertEquals(java.time.Instant.parse("2024-01-10T10:00:00Z"), body.timestamp());
        assertEquals("/team-notifications", body.path());
        assertEquals(Fixture.tree("aloochat/error-400.json"), Json.toTree(body));
    }

    /** The fake server's first matching route wins, so one route answers the given responses in turn. */
    private List<ApiException> failures(FakeResponse... responses) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        server.route("GET", "/team-notifications/stats", r -> responses[next.getAndIncrement()]);
        List<ApiException> out = new java.util.ArrayList<>();
        try (AlooChat aloochat = AlooChat.builder().apiKey(AlooChatClientTest.KEY).baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.none()).build()) {
            for (int i = 0; i < responses.length; i++) {
                out.add(assertThrows(ApiException.class, () -> aloochat.notifications().stats()));
            }
        }
        return out;
    }

    @Test
    void theTypedErrorBodyReadsAMessageArrayAndKeepsMistypedFieldsRaw() {
        List<ApiException> es = failures(
                FakeResponse.json(400, "{\"statusCode\":400,\"message\":[\"a\",\"b\"],\"error\":\"Bad Request\"}"),
                FakeResponse.json(500, "{\"statusCode\":\"x\",\"timestamp\":\"soon\",\"path\":[],\"message\":{}}"));
        AlooChatError arr = AlooChatError.of(es.get(0)).orElseThrow();
        assertEquals(List.of("a", "b"), arr.messages());
        assertThrows(dev.switchboard.core.DecodeException.class, arr::message);
        assertEquals(null, arr.timestamp());
        assertEquals(null, arr.path());
        AlooChatError odd = AlooChatError.of(es.get(1)).orElseThrow();
        assertThrows(dev.switchboard.core.DecodeException.class, odd::statusCode);
        assertThrows(dev.switchboard.core.DecodeException.class, odd::timestamp);
        assertThrows(dev.switchboard.core.DecodeException.class, odd::path);
        assertThrows(dev.switchboard.core.DecodeException.class, odd::messages);
        assertEquals(Json.tree(es.get(1).rawBody().getBytes(), "raw"), Json.toTree(odd), "kept as sent");
    }

    @Test
    void thereIsNoTypedErrorBodyForTextHtmlArraysOrEmptyOrCutBodies() {
        for (ApiException e : failures(FakeResponse.text(502, "text/plain", "Bad Gateway"),
                FakeResponse.html(503, "<html>down</html>"), FakeResponse.json(500, "[1]"),
                FakeResponse.truncatedJson(500, "{\"statusCode\":500,\"error\":\"x\"}", 10), FakeResponse.status(500))) {
            assertTrue(AlooChatError.of(e).isEmpty(), e.rawBody());
        }
    }

    @Test
    void aMessageArrayGivesOneDetailPerMessage() {
        ApiException e = failure(FakeResponse.json(400, "{\"statusCode\":400,\"message\":[\"limit must not be greater"
                + " than 100\",\"skip must be an integer number\"],\"error\":\"Bad Request\"}"));
        assertEquals("limit must not be greater than 100; skip must be an integer number", e.serverMessage().orElseThrow());
        assertEquals(List.of(new ErrorDetail("Bad Request", "limit must not be greater than 100", null),
                new ErrorDetail("Bad Request", "skip must be an integer number", null)), e.details());
    }

    @Test
    void anErrorNameWithoutAMessageIsTheMessage() {
        ApiException e = failure(FakeResponse.json(403, "{\"error\":\"Forbidden\",\"statusCode\":403}"));
        assertInstanceOf(PermissionDeniedException.class, e);
        assertEquals("Forbidden", e.serverMessage().orElseThrow());
        assertEquals(List.of(), e.details());
    }

    @Test
    void aStatusCodeAloneGivesNoMessageButTheRawBody() {
        ApiException e = failure(FakeResponse.json(500, "{\"statusCode\":500}"));
        assertInstanceOf(ServerException.class, e);
        assertTrue(e.serverMessage().isEmpty());
        assertEquals("{\"statusCode\":500}", e.rawBody());
    }

    @Test
    void otherShapesFallBackToTheGenericReading() {
        assertEquals("quota exceeded", failure(FakeResponse.json(429, "\"quota exceeded\"")).serverMessage().orElseThrow());
    }

    @Test
    void plainTextHtmlEmptyAndTruncatedBodiesAreDescribed() {
        try (FakeServer s = FakeServer.start()) {
            s.route("GET", "/team-notifications/{id}", r -> switch (r.pathParam("id")) {
                case "text" -> FakeResponse.text(502, "text/plain", "upstream connect error\nreset reason: overflow");
                case "html" -> FakeResponse.html(503, "<html><head><title>503 Service Temporarily Unavailable</title>"
                        + "</head></html>");
                case "empty" -> FakeResponse.status(500);
                default -> FakeResponse.truncatedJson(400, "{\"error\":\"ValidationError\",\"message\":\"bad\"}", 20);
            });
            try (AlooChat aloochat = AlooChat.builder().apiKey(AlooChatClientTest.KEY).baseUrl(s.baseUrl())
                    .retryPolicy(RetryPolicy.none()).build()) {
                TeamNotificationsClient n = aloochat.notifications();
                assertEquals("upstream connect error", message(() -> n.get("text")));
                assertEquals("the body is an HTML page, likely from a proxy or gateway (\"503 Service Temporarily"
                        + " Unavailable\")", message(() -> n.get("html")));
                assertEquals("empty body", message(() -> n.get("empty")));
                assertEquals("the JSON error body is malformed or truncated", message(() -> n.get("cut")));
            }
        }
    }

    private static String message(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ApiException.class, call).serverMessage().orElseThrow();
    }

    @Test
    void theFakesAuthAndNotFoundErrorsUseTheDocumentedShape() {
        try (FakeAloochat fake = FakeAloochat.builder().notifications(5).start();
                AlooChat wrong = AlooChat.builder().apiKey("wrong-key-123456").baseUrl(fake.baseUrl()).build();
                AlooChat right = AlooChat.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            AuthenticationException auth = assertThrows(AuthenticationException.class, () -> wrong.notifications().stats());
            assertEquals("Invalid or missing API key", auth.serverMessage().orElseThrow());
            assertEquals("Unauthorized", auth.details().get(0).code());
            assertFalse(auth.getMessage().contains("wrong-key-123456"));
            NotFoundException missing = assertThrows(NotFoundException.class,
                    () -> right.notifications().get("00000000-0000-0000-0000-000000000000"));
            assertEquals("Notification not found", missing.serverMessage().orElseThrow());
            ValidationException invalid = assertThrows(ValidationException.class, () -> right.notifications()
                    .list(NotificationFilter.builder().notificationType(NotificationType.of("bogus")).build()).firstPage());
            assertEquals("Invalid notification_type parameter", invalid.serverMessage().orElseThrow());
            assertEquals(1, invalid.attempts(), "a 400 is not retried");
        }
    }
}
