package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.ConflictException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.ErrorDetail;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PermissionDeniedException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    private ApiException fail(FakeResponse response) {
        server.route("GET", "/x", r -> response);
        try (Transport t = Transport.create(f.config(server).retryPolicy(RetryPolicy.none()).build())) {
            return assertThrows(ApiException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
        }
    }

    @ParameterizedTest
    @CsvSource({"400,ValidationException", "422,ValidationException", "401,AuthenticationException",
            "403,PermissionDeniedException", "404,NotFoundException", "409,ConflictException", "429,RateLimitException",
            "500,ServerException", "502,ServerException", "503,ServerException", "418,ApiException", "302,ApiException"})
    void mapsEachStatusToItsException(int status, String type) {
        ApiException e = fail(status == 302 ? FakeResponse.redirect(302, "https://elsewhere.test/") : FakeResponse.json(status, "{}"));
        assertEquals(type, e.getClass().getSimpleName());
        assertEquals(status, e.status());
        Class<?>[] all = {ValidationException.class, AuthenticationException.class, PermissionDeniedException.class,
                NotFoundException.class, ConflictException.class, RateLimitException.class, ServerException.class};
        assertTrue(List.of(all).contains(e.getClass()) || e.getClass() == ApiException.class);
    }

    @Test
    void parsesIntercomStyleErrorBodies() {
        ApiException e = fail(FakeResponse.json(404, "{\"type\":\"error.list\",\"request_id\":\"b1d3-77\",\"errors\":"
                + "[{\"code\":\"ticket_not_found\",\"message\":\"Ticket not found\"},{\"code\":\"x\",\"message\":\"second\",\"field\":\"id\"}]}"));
        assertEquals("b1d3-77", e.requestId().orElseThrow());
        assertEquals(List.of(new ErrorDetail("ticket_not_found", "Ticket not found", null), new ErrorDetail("x", "second", "id")), e.details());
        assertEquals("HTTP 404 Not Found on GET /x: Ticket not found (request id b1d3-77)", e.getMessage());
    }

    @Test
    void prefersTheRequestIdHeader() {
        ApiException e = fail(FakeResponse.json(500, "{\"request_id\":\"from-body\"}").withHeader("X-Request-Id", "from-header"));
        assertEquals("from-header", e.requestId().orElseThrow());
    }

    @Test
    void describesHtmlErrorPagesFromProxies() {
        ApiException e = fail(FakeResponse.html(502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"));
        assertEquals("HTTP 502 Bad Gateway on GET /x: the body is an HTML page, likely from a proxy or gateway (\"502 Bad Gateway\")", e.getMessage());
        assertTrue(e.rawBody().contains("nginx"));
    }

    @Test
    void describesEmptyBodies() {
        assertEquals("HTTP 503 Service Unavailable on GET /x: empty body", fail(FakeResponse.status(503)).getMessage());
    }

    @Test
    void describesTruncatedJsonBodies() {
        ApiException e = fail(FakeResponse.truncatedJson(500, "{\"message\":\"something broke\",\"x\":1}", 12));
        assertTrue(e.getMessage().endsWith("the JSON error body is malformed or truncated"), e.getMessage());
    }

    @Test
    void usesJsonStringAndTextBodiesAsTheMessage() {
        assertEquals("HTTP 400 Bad Request on GET /x: invalid organization id", fail(FakeResponse.json(400, "\"invalid organization id\"")).getMessage());
        server.close();
    }

    @Test
    void usesTheFirstLineOfATextBody() {
        ApiException e = fail(FakeResponse.text(500, "text/plain", "boom\nstack line 1\nstack line 2"));
        assertEquals("HTTP 500 Internal Server Error on GET /x: boom", e.getMessage());
    }

    @Test
    void capsTheRawBodyAndKeepsItOutOfTheMessage() {
        String marker = "UNIQUE-MARKER-" + "y".repeat(20_000);
        ApiException e = fail(FakeResponse.json(500, "{\"message\":\"short\",\"debug\":\"" + marker + "\"}"));
        assertEquals(8 * 1024, e.rawBody().length());
        assertTrue(e.error().rawBodyTruncated());
        assertFalse(e.getMessage().contains("UNIQUE-MARKER"));
        assertTrue(e.getMessage().contains("larger than 8192 bytes"), e.getMessage());
    }

    @Test
    void boundsTheServerMessage() {
        ApiException e = fail(FakeResponse.json(400, "{\"message\":\"" + "m".repeat(5000) + "\"}"));
        assertTrue(e.getMessage().length() < 400, "message length " + e.getMessage().length());
    }

    @Test
    void scrubsEchoedCredentialsFromTheBodyAndMessage() {
        server.route("GET", "/x", r -> FakeResponse.json(401, "{\"message\":\"token sk-live-abcdef123 is invalid\"}"));
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer("sk-live-abcdef123")).build())) {
            ApiException e = assertThrows(AuthenticationException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
            assertFalse(e.getMessage().contains("sk-live-abcdef123"));
            assertFalse(e.rawBody().contains("sk-live-abcdef123"));
            assertTrue(e.getMessage().contains("token *** is invalid"), e.getMessage());
            assertFalse(e.toString().contains("sk-live"));
        }
    }

    @Test
    void aSuccessBodyThatIsNotTheExpectedJsonIsADecodeException() {
        server.route("GET", "/x", r -> FakeResponse.truncatedJson(200, "{\"id\":\"1\",\"name\":\"n\"}", 10));
        try (Transport t = Transport.create(f.config(server).build())) {
            DecodeException e = assertThrows(DecodeException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), Map.class));
            assertTrue(e.getMessage().startsWith("could not decode response of GET /x as Map: it is truncated JSON"), e.getMessage());
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
            assertFalse(e.getMessage().contains("\"id\""));
        }
        assertEquals(1, server.requestCount(), "a malformed body is not retried");
    }

    @Test
    void aHtmlSuccessBodyIsADecodeExceptionNotACrash() {
        server.route("GET", "/x", r -> FakeResponse.html(200, "<html>login page</html>"));
        try (Transport t = Transport.create(f.config(server).build())) {
            assertThrows(DecodeException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
        }
    }

    @Test
    void deeplyNestedSuccessBodiesFailCleanly() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        server.route("GET", "/x", r -> FakeResponse.text(200, "application/json", deep));
        try (Transport t = Transport.create(f.config(server).build())) {
            DecodeException e = assertThrows(DecodeException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
            assertTrue(e.getMessage().contains("safety limit"), e.getMessage());
        }
    }

    @Test
    void ofChoosesTheSubclass() {
        dev.switchboard.core.ApiError err = new dev.switchboard.core.ApiError(404, "GET", "/p", Headers.empty(), null, null, null, "", false, 1, null);
        assertSame(NotFoundException.class, ApiException.of(err).getClass());
    }
}
