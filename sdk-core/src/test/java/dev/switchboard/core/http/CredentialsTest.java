package dev.switchboard.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.HttpResponse;
import dev.switchboard.core.spi.Transport;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.auth.OAuth2ClientCredentials;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    private final FakeServer server = FakeServer.start();
    private final FakeServer other = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
        other.close();
    }

    private FakeRequest sendWith(Credentials credentials) {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).credentials(credentials).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
        }
        return server.takeRequest();
    }

    @Test
    void sendsABearerToken() {
        assertEquals("Bearer tok-1", sendWith(Credentials.bearer("tok-1")).header("Authorization"));
    }

    @Test
    void sendsAnApiKeyInANamedHeader() {
        FakeRequest r = sendWith(Credentials.apiKeyHeader("x-api-key", "key-1"));
        assertEquals("key-1", r.header("x-api-key"));
        assertNull(r.header("Authorization"));
    }

    @Test
    void sendsTheKeyScheme() {
        assertEquals("Key key-2", sendWith(Credentials.keyScheme("key-2")).header("Authorization"));
    }

    @Test
    void sendsNothingWithoutCredentials() {
        assertNull(sendWith(Credentials.none()).header("Authorization"));
    }

    @Test
    void asksATokenSupplierBeforeEveryAttempt() {
        AtomicInteger n = new AtomicInteger();
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        server.faults().statusSequence("GET", "/x", 503);
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer(() -> "rotating-" + n.incrementAndGet())).build())) {
            t.send(ApiRequest.builder(HttpMethod.GET, "/x").build());
        }
        assertEquals("Bearer rotating-1", server.requests().get(0).header("Authorization"));
        assertEquals("Bearer rotating-2", server.requests().get(1).header("Authorization"));
    }

    @Test
    void neverPrintsSecrets() {
        List<Object> all = List.of(Credentials.bearer("s3cret-bearer"), Credentials.apiKeyHeader("x-api-key", "s3cret-key"),
                Credentials.keyScheme("s3cret-key"), OAuth2ClientCredentials.json("https://auth.test/token", "client", "s3cret-client"));
        for (Object c : all) {
            assertFalse(c.toString().contains("s3cret"), c.toString());
            ClientConfig config = ClientConfig.builder("https://api.test").credentials((Credentials) c).build();
            assertFalse(config.toString().contains("s3cret"), config.toString());
            try (Transport t = Transport.create(config)) {
                assertFalse(t.toString().contains("s3cret"));
            }
        }
    }

    @Test
    void rejectsMalformedSecretsWithoutEchoingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.bearer("abc\ndef"));
        assertFalse(e.getMessage().contains("abc"));
        assertTrue(e.getMessage().startsWith("token "));
        assertEquals("key must not be blank", assertThrows(IllegalArgumentException.class, () -> Credentials.keyScheme(" ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.apiKeyHeader("bad header", "k"));
        assertThrows(IllegalArgumentException.class, () -> OAuth2ClientCredentials.json("ftp://x", "id", "secret"));
    }

    @Test
    void aTokenSupplierReturningGarbageFailsBeforeSending() {
        server.route("GET", "/x", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer(() -> "bad\ntoken")).build())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.send(ApiRequest.builder(HttpMethod.GET, "/x").build()));
            assertFalse(e.getMessage().contains("bad"));
        }
        assertEquals(0, server.requestCount());
    }

    @Test
    void anAbsoluteUrlOnAnotherHostNeverReceivesCredentials() {
        other.route("GET", "/next", r -> FakeResponse.json("{}"));
        List<Credentials> kinds = List.of(Credentials.bearer("tok-x"), Credentials.apiKeyHeader("x-api-key", "key-x"), Credentials.keyScheme("key-y"));
        for (Credentials c : kinds) {
            try (Transport t = Transport.create(f.config(server).credentials(c)
                    .defaultHeader("X-Custom-Secret", "custom-secret").sensitiveHeader("X-Custom-Secret").build())) {
                t.send(ApiRequest.absolute(HttpMethod.GET, other.url("/next")).build());
            }
            FakeRequest r = other.takeRequest();
            assertNull(r.header("Authorization"), c.toString());
            assertNull(r.header("x-api-key"), c.toString());
            assertNull(r.header("X-Custom-Secret"), c.toString());
        }
        // The same absolute form on the configured origin does carry them.
        server.route("GET", "/next", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer("tok-same")).build())) {
            t.send(ApiRequest.absolute(HttpMethod.GET, server.url("/next")).build());
        }
        assertEquals("Bearer tok-same", server.takeRequest().header("Authorization"));
    }

    @Test
    void redirectsAreNotFollowedAndExposeTheLocation() {
        server.route("GET", "/calls/{id}/recording", r -> FakeResponse.redirect(302, other.url("/recording.mp3?X-Amz-Signature=abc")));
        other.route("GET", "/recording.mp3", r -> FakeResponse.bytes(200, "audio/mpeg", new byte[] {1, 2, 3}));
        try (Transport t = Transport.create(f.config(server).credentials(Credentials.bearer("tok-r")).build())) {
            try (HttpResponse resp = t.open(ApiRequest.builder(HttpMethod.GET, "/calls/{id}/recording", "9").build())) {
                assertTrue(resp.isRedirect());
                assertEquals(302, resp.status());
                assertEquals(other.url("/recording.mp3?X-Amz-Signature=abc"), resp.location().orElseThrow());
            }
            ApiException e = assertThrows(ApiException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/calls/{id}/recording", "9").build(), JsonNode.class));
            assertEquals(302, e.status());
            assertFalse(e.getMessage().contains("X-Amz-Signature"));
        }
        assertEquals(0, other.requestCount(), "the redirect target was never contacted");
    }

    @Test
    void openStreamsASuccessBody() {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        server.route("GET", "/file", r -> FakeResponse.bytes(200, "application/octet-stream", data));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Transport t = Transport.create(f.config(server).build());
                HttpResponse resp = t.open(ApiRequest.builder(HttpMethod.GET, "/file").build())) {
            assertEquals(data.length, resp.transferTo(out));
            assertEquals("application/octet-stream", resp.contentType().orElseThrow());
        }
        assertTrue(java.util.Arrays.equals(data, out.toByteArray()));
    }
}
