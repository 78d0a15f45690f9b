package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.testing.CapturedLogs;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A hostile server echoing a credential back, in every form and place it can: none of it reaches the caller's output. */
class SecretEchoTest {
    private static final String TOKEN = "tok/ECHO+9f3a=secret";
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

    private Transport transport() {
        return Transport.create(f.config(server).credentials(Credentials.bearer(TOKEN)).logBodies(true).build());
    }

    private static String everything(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        String s = w + String.valueOf(e);
        if (e instanceof ApiException a) {
            s += a.error() + a.requestId().orElse("") + a.error().rawBody() + a.details();
        }
        return s;
    }

    private static void assertNoToken(String where, String text) {
        for (String form : new String[] {TOKEN, TOKEN.replace("/", "\\/"), URLEncoder.encode(TOKEN, StandardCharsets.UTF_8),
            URLEncoder.encode(TOKEN, StandardCharsets.UTF_8).replace("+", "%20"), "ECHO+9f3a"}) {
            assertFalse(text.contains(form), where + " shows the token as " + form + ":\n" + text);
        }
    }

    private ApiException fail(FakeResponse response) {
        server.route("GET", "/echo", r -> response);
        try (Transport t = transport()) {
            return assertThrows(ApiException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/echo").build(), JsonNode.class));
        }
    }

    @Test
    void aRequestIdHeaderEchoingTheTokenIsScrubbed() {
        ApiException e = fail(FakeResponse.json(404, "{\"error\":\"no\"}").withHeader("X-Request-Id", TOKEN));
        assertNoToken("the exception", everything(e));
        assertNoToken("the logs", CapturedLogs.all());
    }

    @Test
    void aRequestIdInTheBodyIsScrubbed() {
        ApiException e = fail(FakeResponse.json(400, "{\"request_id\":\"" + TOKEN.replace("/", "\\/") + "\",\"requestId\":\""
                + TOKEN + "\",\"message\":\"bad " + TOKEN + "\"}"));
        assertNoToken("the exception", everything(e));
    }

    @Test
    void jsonEscapedAndUrlEncodedEchoesAreScrubbed() {
        ApiException e = fail(FakeResponse.text(500, "text/plain", "saw " + TOKEN.replace("/", "\\/") + " and "
                + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8) + " and " + URLEncoder.encode(TOKEN, StandardCharsets.UTF_8)
                .replace("+", "%20")));
        assertNoToken("the exception", everything(e));
        assertNoToken("the logs", CapturedLogs.all());
    }

    @Test
    void aTokenAcrossTheErrorBodyCapIsScrubbedWhole() {
        for (int shift = 1; shift < TOKEN.length(); shift += 3) {
            String padding = "x".repeat(8 * 1024 - shift);
            String path = "/cap/" + shift;
            server.route("GET", path, r -> FakeResponse.text(500, "text/plain", padding + TOKEN + "tail"));
            try (Transport t = transport()) {
                ApiException e = assertThrows(ApiException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, path).build(),
                        JsonNode.class));
                assertTrue(e.error().rawBodyTruncated());
                assertFalse(e.error().rawBody().endsWith(TOKEN.substring(0, shift)), "shift " + shift + ": a prefix is left");
                assertNoToken("shift " + shift, everything(e));
            }
        }
    }

    @Test
    void aMalformed200BodyQuotingTheTokenLeavesItOutOfTheCause() {
        server.route("GET", "/echo", r -> FakeResponse.text(200, "application/json", "{\"a\": " + TOKEN.replace("/", "") + "}"));
        try (Transport t = transport()) {
            DecodeException e = assertThrows(DecodeException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/echo").build(), JsonNode.class));
            String trace = everything(e);
            assertFalse(trace.contains(TOKEN.replace("/", "")), trace);
        }
    }

    @Test
    void aMalformedTokenResponseIsNotLoggedWithItsToken() {
        server.route("POST", "/oauth/token", r -> FakeResponse.text(200, "application/json",
                "{\"access_token\":\"at-LEAK-77aa99bb\",\"expires_in\":3600,,}"));
        try (Transport t = Transport.create(f.config(server).logBodies(true)
                .credentials(OAuth2ClientCredentials.json(server.url("/oauth/token"), "client", "cs-SECRET-55")).build())) {
            assertThrows(SwitchboardException.class, () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class));
        }
        assertFalse(CapturedLogs.all().contains("at-LEAK-77aa99bb"), CapturedLogs.all());
        assertFalse(CapturedLogs.all().contains("cs-SECRET-55"), CapturedLogs.all());
    }
}
