package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestShapeTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    record TicketUpdate(@JsonProperty("admin_id") Integer adminId, @JsonProperty("company_id") Patch<String> companyId,
            @JsonProperty("open") Patch<Boolean> open) {
    }

    @Test
    void sendsExactMethodPathQueryHeadersAndBody() {
        server.route("PUT", "/tickets/{id}", r -> FakeResponse.json("{\"id\":\"" + r.pathParam("id") + "\"}"));
        ClientConfig config = f.config(server).defaultHeader("Intercom-Version", "2.14").userAgentSuffix("intercom").build();
        try (Transport t = Transport.create(config)) {
            ApiRequest r = ApiRequest.builder(HttpMethod.PUT, "/tickets/{id}", "tk 1/2")
                    .query("display_as", "plaintext")
                    .query("skip", null)
                    .header("X-Extra", "1")
                    .jsonBody(new TicketUpdate(7, Patch.ofNull(), Patch.absent()))
                    .build();
            JsonNode out = t.execute(r, JsonNode.class);
            assertEquals("tk 1/2", out.get("id").asText());
        }
        FakeRequest sent = server.takeRequest();
        assertEquals("PUT", sent.method());
        assertEquals("/tickets/tk%201%2F2?display_as=plaintext", sent.target());
        assertEquals("application/json", sent.header("Accept"));
        assertTrue(sent.header("User-Agent").matches("switchboard-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? intercom"), sent.header("User-Agent"));
        assertEquals("2.14", sent.header("Intercom-Version"));
        assertEquals("1", sent.header("X-Extra"));
        assertTrue(sent.header("Content-Type").startsWith("application/json"));
        // Path and query parameters never leak into the body; Patch.absent is left out, Patch.ofNull is null.
        assertEquals("{\"admin_id\":7,\"company_id\":null}", sent.bodyUtf8());
    }

    @Test
    void sendsFormBodies() {
        server.route("POST", "/form", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("a", "1 2");
            fields.put("b", "&");
            t.send(ApiRequest.builder(HttpMethod.POST, "/form").formBody(fields).build());
        }
        FakeRequest sent = server.takeRequest();
        assertEquals("a=1+2&b=%26", sent.bodyUtf8());
        assertTrue(sent.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    }

    @Test
    void repeatsQueryParametersInOrder() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").query("priorities", "LOW").query("priorities", "HIGH").build());
        }
        assertEquals(List.of("LOW", "HIGH"), server.takeRequest().queryAll("priorities"));
    }

    @Test
    void perRequestHeadersWinOverClientDefaults() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).defaultHeader("Intercom-Version", "2.14").build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x")
                    .options(RequestOptions.builder().header("Intercom-Version", "2.13").timeouts(Timeouts.builder().read(Duration.ofSeconds(2)).build()).build())
                    .build());
        }
        assertEquals("2.13", server.takeRequest().header("Intercom-Version"));
    }

    @Test
    void invalidArgumentsFailBeforeAnyRequestAndNameTheArgument() {
        assertEquals("ticket_id must not be blank",
                assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder(HttpMethod.GET, "/tickets/{ticket_id}", " ")).getMessage());
        assertEquals("ticket_id must not be null",
                assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder(HttpMethod.GET, "/tickets/{ticket_id}", (Object) null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder(HttpMethod.GET, "/t/{id}", ".."))
                .getMessage().startsWith("id must not be"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ApiRequest.builder(HttpMethod.GET, "/t/{a}/{b}", "x"))
                .getMessage().contains("b"));
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> ApiRequest.builder(HttpMethod.GET, "/x").header("X-Token", "abc\r\nInjected: yes"));
        assertFalse(header.getMessage().contains("abc"), "header values are never echoed");
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiRequest getWithBody = ApiRequest.builder(HttpMethod.GET, "/x").jsonBody(Map.of("a", 1)).build();
            assertThrows(IllegalArgumentException.class, () -> t.send(getWithBody));
        }
        assertEquals(0, server.requestCount());
        assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder("not a url"));
        assertThrows(IllegalArgumentException.class, () -> Timeouts.builder().connect(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().maxRetries(-1));
    }

    @Test
    void anEmptyBodyWhereAResultIsExpectedIsADecodeExceptionButSendAcceptsIt() {
        server.route("DELETE", "/x", r -> FakeResponse.status(204));
        try (Transport t = Transport.create(f.config(server).build())) {
            dev.switchboard.core.DecodeException e = assertThrows(dev.switchboard.core.DecodeException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.DELETE, "/x").build(), JsonNode.class));
            assertEquals("could not decode response of DELETE /x as JsonNode: it is empty", e.getMessage());
            ApiResponse<Void> r = t.send(ApiRequest.builder(HttpMethod.DELETE, "/x").build());
            assertEquals(204, r.status());
            assertEquals(1, r.attempts());
        }
    }

    @Test
    void tellsTheResponseListenerAboutEveryAttempt() {
        server.route("GET", "/x", r -> FakeResponse.json("{}").withHeader("X-RateLimit-Remaining", "41"));
        server.faults().statusSequence("GET", "/x", 503);
        java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Transport t = Transport.create(f.config(server).responseListener((method, url, status, headers) -> {
            seen.add(method + " " + status + " " + headers.first("X-RateLimit-Remaining").orElse("-"));
            throw new IllegalStateException("a failing listener changes nothing");
        }).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
        }
        assertEquals(List.of("GET 503 -", "GET 200 41"), seen);
    }

    @Test
    void exposesStatusHeadersRequestIdAndRateLimitOnResponses() {
        server.route("GET", "/x", r -> FakeResponse.json("{\"a\":1}")
                .withHeader("X-Request-Id", "req-9")
                .withHeader("X-RateLimit-Limit", "1000")
                .withHeader("X-RateLimit-Remaining", "998")
                .withRateLimitReset(1775001600L));
        try (Transport t = Transport.create(f.config(server).build())) {
            ApiResponse<JsonNode> r = t.send(ApiRequest.builder(HttpMethod.GET, "/x").build(), ResponseDecoder.json(JsonNode.class));
            assertEquals(200, r.status());
            assertEquals("req-9", r.requestId());
            assertEquals(TestJson.parse("{\"a\":1}"), r.value());
            assertEquals(1000, r.rateLimit().limit().getAsLong());
            assertEquals(998, r.rateLimit().remaining().getAsLong());
            assertEquals(java.time.Instant.ofEpochSecond(1775001600L), r.rateLimit().reset().orElseThrow());
            assertEquals("req-9", r.headers().first("x-request-id").orElseThrow());
        }
    }
}
