package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every credential kind the CLI reads, echoed back by a hostile server in a request-id header, an error body
 * (plain, JSON-escaped and URL-encoded): the CLI's stderr never shows it, with or without {@code --debug}.
 */
class CredentialEchoTest {

    private static FakeResponse echo(int status, String secret) {
        String body = "{\"message\":\"denied for " + secret + "\",\"request_id\":\"" + secret.replace("/", "\\/") + "\",\"url\":\""
                + URLEncoder.encode(secret, StandardCharsets.UTF_8) + "\"}";
        return FakeResponse.json(status, body).withHeader("X-Request-Id", secret);
    }

    private static void assertHidden(CliRun r, String secret) {
        String shown = r.err() + r.out();
        for (String form : List.of(secret, secret.replace("/", "\\/"), URLEncoder.encode(secret, StandardCharsets.UTF_8))) {
            assertFalse(shown.contains(form), "the CLI shows " + form + ":\n" + shown);
        }
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("error: "), r.err());
    }

    private static void both(Map<String, String> env, String secret, String... args) {
        assertHidden(CliRun.run(env, Targets.exports(), List.of(), args), secret);
        String[] debug = java.util.Arrays.copyOf(args, args.length + 1);
        debug[args.length] = "--debug";
        assertHidden(CliRun.run(env, Targets.exports(), List.of(), debug), secret);
    }

    @Test
    void intercomToken() {
        String token = "ic/TOKEN+echo=1";
        try (FakeServer server = FakeServer.start()) {
            server.route("POST", "/tickets/search", r -> echo(401, token));
            both(Map.of("INTERCOM_TOKEN", token), token, "export", "intercom", "tickets", "--base-url", server.baseUrl());
        }
    }

    @Test
    void moveworksApiKeyAndOAuthClientSecret() {
        String key = "mw/KEY+echo=2";
        String clientSecret = "mw/CLIENT+secret=3";
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/export/v1/records/conversations", r -> echo(403, key));
            server.route("POST", "/oauth/v1/token", r -> echo(400, clientSecret));
            both(Map.of("MOVEWORKS_API_KEY", key), key, "export", "moveworks", "conversations", "--base-url", server.baseUrl());
            both(Map.of("MOVEWORKS_CLIENT_ID", "client-1", "MOVEWORKS_CLIENT_SECRET", clientSecret), clientSecret,
                    "export", "moveworks", "conversations", "--base-url", server.baseUrl());
        }
    }

    @Test
    void sugerKey() {
        String key = "sg/KEY+echo=4";
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/org/{org}/notificationEvent", r -> echo(403, key));
            both(Map.of("SUGER_API_KEY", key), key, "export", "suger", "events", "--org", "org-1", "--base-url", server.baseUrl());
        }
    }

    @Test
    void aloochatKey() {
        String key = "ac/KEY+echo=5";
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/team-notifications", r -> echo(401, key));
            both(Map.of("ALOOCHAT_API_KEY", key), key, "export", "aloochat", "notifications", "--base-url", server.baseUrl());
        }
    }
}
