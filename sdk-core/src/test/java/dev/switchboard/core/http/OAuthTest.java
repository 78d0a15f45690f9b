package dev.switchboard.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();
    private final AtomicInteger issued = new AtomicInteger();

    @AfterEach
    void close() {
        server.close();
    }

    private void tokenEndpoint(long expiresIn) {
        server.route("POST", "/oauth/v1/token", r -> FakeResponse.json(
                "{\"access_token\":\"at-" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"));
        server.route("GET", "/data", r -> FakeResponse.json("{\"auth\":\"" + r.header("Authorization") + "\"}"));
    }

    private Transport transport(OAuth2ClientCredentials creds) {
        return Transport.create(f.config(server).credentials(Credentials.oauth2(creds)).build());
    }

    private OAuth2ClientCredentials json() {
        return OAuth2ClientCredentials.json(server.url("/oauth/v1/token"), "client-1", "very-secret-1");
    }

    private static ApiRequest data() {
        return ApiRequest.builder(HttpMethod.GET, "/data").build();
    }

    @Test
    void fetchesATokenOnceAndReusesIt() {
        tokenEndpoint(3600);
        try (Transport t = transport(json())) {
            assertEquals("Bearer at-1", t.execute(data(), JsonNode.class).get("auth").asText());
            assertEquals("Bearer at-1", t.execute(data(), JsonNode.class).get("auth").asText());
        }
        FakeRequest token = server.requests().get(0);
        assertEquals("POST", token.method());
        assertEquals(TestJson.parse("{\"grant_type\":\"client_credentials\",\"client_id\":\"client-1\",\"client_secret\":\"very-secret-1\"}"),
                token.json());
        assertTrue(token.header("Authorization") == null, "the token request carries no bearer token");
        assertEquals(1, issued.get());
    }

    @Test
    void sendsAFormBodyWhenAsked() {
        tokenEndpoint(3600);
        try (Transport t = transport(OAuth2ClientCredentials.form(server.url("/oauth/v1/token"), "c", "s3cr3t").withScope("read"))) {
            t.send(data());
        }
        assertEquals("grant_type=client_credentials&client_id=c&client_secret=s3cr3t&scope=read", server.requests().get(0).bodyUtf8());
    }

    @Test
    void refreshesBeforeExpiry() {
        tokenEndpoint(3600);
        try (Transport t = transport(json())) {
            t.send(data());
            f.clock.advance(Duration.ofSeconds(3600 - 61));
            assertEquals("Bearer at-1", t.execute(data(), JsonNode.class).get("auth").asText());
            f.clock.advance(Duration.ofSeconds(2)); // now inside the 60 s refresh window
            assertEquals("Bearer at-2", t.execute(data(), JsonNode.class).get("auth").asText());
        }
        assertEquals(2, issued.get());
    }

    @Test
    void fiftyParallelCallsShareOneTokenRequest() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.route("POST", "/oauth/v1/token", r -> {
            release.await();
            return FakeResponse.json("{\"access_token\":\"at-" + issued.incrementAndGet() + "\",\"expires_in\":3600}");
        });
        server.route("GET", "/data", r -> FakeResponse.json("{\"auth\":\"" + r.header("Authorization") + "\"}"));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try (Transport t = transport(json())) {
            List<Future<String>> results = new ArrayList<>();
            CountDownLatch started = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    started.countDown();
                    return t.execute(data(), JsonNode.class).get("auth").asText();
                }));
            }
            started.await();
            release.countDown();
            for (Future<String> r : results) {
                assertEquals("Bearer at-1", r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, issued.get());
        assertEquals(1, server.requests().stream().filter(r -> r.path().equals("/oauth/v1/token")).count());
    }

    @Test
    void aRejectedTokenIsReplacedOnceOn401() {
        tokenEndpoint(3600);
        server.faults().next("GET", "/data", FakeResponse.json(401, "{\"error\":\"token revoked\"}"));
        try (Transport t = transport(json())) {
            assertEquals("Bearer at-2", t.execute(data(), JsonNode.class).get("auth").asText());
        }
        assertEquals(2, issued.get());
        assertTrue(f.sleeper.sleeps().isEmpty());
    }

    @Test
    void aSecond401IsAnAuthenticationException() {
        tokenEndpoint(3600);
        server.faults().next("GET", "/data", FakeResponse.json(401, "{}"), FakeResponse.json(401, "{}"));
        try (Transport t = transport(json())) {
            assertThrows(AuthenticationException.class, () -> t.execute(data(), JsonNode.class));
        }
        assertEquals(2, issued.get());
    }

    @Test
    void aFailingTokenEndpointSurfacesItsErrorWithoutTheSecret() {
        server.route("POST", "/oauth/v1/token", r -> FakeResponse.json(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"bad secret very-secret-1\"}"));
        try (Transport t = transport(json())) {
            AuthenticationException e = assertThrows(AuthenticationException.class, () -> t.execute(data(), JsonNode.class));
            assertFalse(e.getMessage().contains("very-secret-1"), e.getMessage());
            assertFalse(e.rawBody().contains("very-secret-1"));
            assertTrue(e.getMessage().contains("/oauth/v1/token"));
        }
        assertEquals(0, server.requests().stream().filter(r -> r.path().equals("/data")).count());
    }

    @Test
    void aTokenResponseWithoutAccessTokenIsADecodeException() {
        server.route("POST", "/oauth/v1/token", r -> FakeResponse.json("{\"token_type\":\"Bearer\"}"));
        try (Transport t = transport(json())) {
            DecodeException e = assertThrows(DecodeException.class, () -> t.execute(data(), JsonNode.class));
            assertTrue(e.getMessage().contains("access_token"));
        }
    }

    @Test
    void derivedTransportsShareTheCachedToken() {
        tokenEndpoint(3600);
        try (Transport t = transport(json())) {
            t.send(data());
            Transport derived = t.withConfig(b -> b.defaultHeader("X-Derived", "1"));
            assertEquals("Bearer at-1", derived.execute(data(), JsonNode.class).get("auth").asText());
        }
        assertEquals(1, issued.get());
    }
}
