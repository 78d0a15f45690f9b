package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.testing.CapturedLogs;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoggingTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @BeforeEach
    void clear() {
        CapturedLogs.clear();
    }

    @AfterEach
    void close() {
        server.close();
    }

    private List<String> httpLines() {
        return CapturedLogs.lines().stream().filter(l -> l.contains("dev.switchboard.http")).toList();
    }

    @Test
    void logsOneDebugLinePerAttemptWithHeaderNamesOnly() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        server.faults().statusSequence("GET", "/x", 503);
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer("tok-LOG-1")).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").query("api_key", "qs-secret-9").query("page", 2).build());
        }
        List<String> lines = httpLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        String first = lines.get(0);
        assertTrue(first.startsWith("DEBUG dev.switchboard.http: GET http://127.0.0.1:"), first);
        assertTrue(first.contains("/x?api_key=***&page=2 -> 503 (attempt 1, "), first);
        assertTrue(first.contains("Authorization"), "header names are logged: " + first);
        assertTrue(lines.get(1).contains("-> 200 (attempt 2, "), lines.get(1));
        assertTrue(CapturedLogs.all().contains("DEBUG dev.switchboard.retry: GET"), CapturedLogs.all());
        assertFalse(CapturedLogs.all().contains("tok-LOG-1"));
        assertFalse(CapturedLogs.all().contains("qs-secret-9"));
    }

    @Test
    void logsNoBodiesUnlessEnabled() {
        server.route("POST", "/x", r -> FakeResponse.json("{\"echo\":\"response-body-marker\"}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.send(ApiRequest.builder(HttpMethod.POST, "/x").jsonBody(Map.of("note", "request-body-marker")).build());
        }
        assertFalse(CapturedLogs.all().contains("body-marker"));
    }

    @Test
    void redactsBodiesWhenEnabled() {
        server.route("POST", "/oauth/token", r -> FakeResponse.json("{\"access_token\":\"issued-AT-77\",\"expires_in\":3600}"));
        server.route("POST", "/x", r -> FakeResponse.json(400, "{\"message\":\"bad\",\"password\":\"pw-in-error\"}"));
        try (Transport t = Transport.create(f.config(server).logBodies(true)
                .credentials(Credentials.oauth2(OAuth2ClientCredentials.json(server.url("/oauth/token"), "cid", "client-SECRET-5")))
                .build())) {
            assertThrows(ApiException.class, () -> t.execute(ApiRequest.builder(HttpMethod.POST, "/x")
                    .jsonBody(Map.of("note", "visible-note", "api_key", "body-key-3", "nested", Map.of("token", "nested-tok-4")))
                    .build(), JsonNode.class));
        }
        String all = CapturedLogs.all();
        assertTrue(all.contains("visible-note"), all);
        assertTrue(all.contains("\"client_id\":\"cid\""), "the token request body is logged, redacted: " + all);
        for (String secret : List.of("client-SECRET-5", "issued-AT-77", "body-key-3", "nested-tok-4")) {
            assertFalse(all.contains(secret), secret + " leaked into:\n" + all);
        }
    }

    @Test
    void noSecretInLogsOrMessagesAcrossAFailureScenario() {
        server.route("GET", "/x", r -> FakeResponse.html(502, "<html><title>gw</title>apikey-ABCD-1234 rejected</html>"));
        try (Transport t = Transport.create(f.config(server).logBodies(true)
                .credentials(Credentials.apiKeyHeader("x-api-key", "apikey-ABCD-1234")).build())) {
            SwitchboardException e = assertThrows(SwitchboardException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
            assertFalse(e.getMessage().contains("apikey-ABCD-1234"));
            assertFalse(((ApiException) e).rawBody().contains("apikey-ABCD-1234"));
        }
        assertFalse(CapturedLogs.all().contains("apikey-ABCD-1234"), CapturedLogs.all());
        assertTrue(CapturedLogs.all().contains("x-api-key"), "the header name is logged");
    }
}
