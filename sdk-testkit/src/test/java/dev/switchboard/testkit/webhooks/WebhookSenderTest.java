package dev.switchboard.testkit.webhooks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a loopback JDK server that records exactly what arrived. */
class WebhookSenderTest {
    /** One received request. */
    private record Received(String method, String path, byte[] body, Map<String, List<String>> headers) {
    }

    private HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private URI url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body,
                    exchange.getRequestHeaders()));
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Seen", String.valueOf(body.length));
            exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() == null ? 200 : 401, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Received next() throws InterruptedException {
        Received r = received.poll(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request arrived within 5 s");
        }
        return r;
    }

    @Test
    void postsTheBytesUntouched() throws Exception {
        byte[] body = "{\r\n  \"text\": \"Zażółć \uD83D\uDE00\"\r\n}\r\n".getBytes(StandardCharsets.UTF_8);
        WebhookSender.Response r = WebhookSender.create().post(url, body, "X-Custom", "1");
        assertEquals(200, r.status());
        assertEquals("{\"ok\":true}", r.bodyUtf8());
        assertEquals(List.of(String.valueOf(body.length)), r.headers().get("x-seen"));
        Received got = next();
        assertEquals("POST", got.method());
        assertEquals("/hook", got.path());
        assertArrayEquals(body, got.body());
        assertEquals(List.of("1"), got.headers().get("X-custom"));
    }

    @Test
    void liveChatDeliveriesAreJson() throws Exception {
        byte[] body = "{\"secret_key\":\"s\"}".getBytes(StandardCharsets.UTF_8);
        WebhookSender.create().postLiveChat(url, body);
        Received got = next();
        assertEquals(List.of("application/json"), got.headers().get("Content-Type"));
        assertArrayEquals(body, got.body());
    }

    @Test
    void intercomDeliveriesAreSignedLikeIntercom() throws Exception {
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        WebhookSender.create().postIntercom(url, body, "Jefe");
        Received got = next();
        // RFC 2202, HMAC-SHA1 test case 2.
        assertEquals(List.of("sha1=effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"), got.headers().get("X-Hub-Signature"));
        assertEquals(List.of(WebhookSender.INTERCOM_USER_AGENT), got.headers().get("User-Agent"));
        assertEquals(List.of("application/json"), got.headers().get("Content-Type"));
        assertArrayEquals(body, got.body());
    }

    @Test
    void statusesArePassedBack() {
        WebhookSender.Response r = WebhookSender.create().post(URI.create(url + "?reject"), new byte[0], Map.of());
        assertEquals(401, r.status());
        assertEquals("Response[status=401, 11 bytes]", r.toString());
    }

    @Test
    void failuresAreUnchecked() {
        URI closed = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        server.stop(0);
        assertThrows(UncheckedIOException.class, () -> WebhookSender.create(java.time.Duration.ofSeconds(2))
                .post(closed, new byte[] {'{', '}'}));
        assertThrows(IllegalArgumentException.class, () -> WebhookSender.create().post(url, new byte[0], "A"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSender.create(java.time.Duration.ZERO));
    }
}
