package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeFinTest {
    private final FakeFin fake = FakeFin.builder().csat(true).start();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> send(String method, String url, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> post(String path, String body) {
        return send("POST", fake.baseUrl() + path, body, fake.token());
    }

    private static String turn(String id, String text) {
        return "{\"conversation_id\":\"" + id + "\",\"message\":{\"author\":\"user\",\"body\":\"" + text
                + "\",\"timestamp\":\"2026-05-01T12:00:00.000Z\"},\"user\":{\"id\":\"u1\",\"attributes\":{\"plan_type\":\"Pro\",\"nope\":1}}}";
    }

    @Test
    void statusesProgressFromThinkingToCompleteAndCsat() {
        HttpResponse<String> start = post("/fin/start", turn("c1", "Where is my invoice?"));
        assertEquals(200, start.statusCode());
        JsonNode body = TestJson.parse(start.body());
        assertEquals("thinking", body.path("status").asText());
        assertEquals("User attribute 'nope' does not exist", body.path("errors").path("user").path("attributes").path("nope").asText());
        assertEquals("awaiting_user_reply", fake.status("c1"));
        HttpResponse<String> sse = send("GET", body.path("sse_subscription_url").asText(), null, null);
        assertEquals("text/event-stream", sse.headers().firstValue("Content-Type").orElse(""));
        assertTrue(sse.body().contains("\"event_name\":\"fin_reply_chunk\""));
        assertTrue(sse.body().contains("\"event_name\":\"fin_replied\""));
        assertEquals(401, send("GET", body.path("sse_subscription_url").asText(), null, null).statusCode(), "revoked");

        assertEquals(422, post("/fin/csat", "{\"conversation_id\":\"c1\",\"rating\":\"good\"}").statusCode(), "no survey yet");
        JsonNode thanks = TestJson.parse(post("/fin/reply", turn("c1", "thanks")).body());
        String events = send("GET", thanks.path("sse_subscription_url").asText(), null, null).body();
        assertTrue(events.indexOf("\"resolved\"") < events.indexOf("\"complete\""));
        assertTrue(events.indexOf("\"complete\"") < events.indexOf("csat_requested"));
        assertEquals("complete", fake.status("c1"));
        assertEquals(422, post("/fin/csat", "{\"conversation_id\":\"c1\",\"rating\":\"meh\"}").statusCode());
        assertEquals(200, post("/fin/csat", "{\"conversation_id\":\"c1\",\"rating\":\"good\",\"remark\":\"ok\"}").statusCode());
        assertEquals(200, post("/fin/csat", "{\"conversation_id\":\"c1\",\"rating\":\"good\"}").statusCode(), "same rating: no-op");
        assertEquals(422, post("/fin/csat", "{\"conversation_id\":\"c1\",\"rating\":\"bad\"}").statusCode(), "locked by the remark");
        assertEquals("good", fake.rating("c1"));
    }

    @Test
    void escalationAndErrors() {
        JsonNode human = TestJson.parse(post("/fin/start", turn("c2", "a human please")).body());
        String events = send("GET", human.path("sse_subscription_url").asText(), null, null).body();
        assertTrue(events.contains("\"reason\":\"Escalation requested by user\""));
        assertEquals("complete", fake.status("c2"));
        assertEquals(401, send("POST", fake.baseUrl() + "/fin/start", turn("c3", "x"), "wrong").statusCode());
        assertEquals(400, post("/fin/start", "{\"conversation_id\":\"c3\"}").statusCode());
        assertEquals(404, post("/fin/reply", turn("never", "x")).statusCode());
        assertNull(fake.status("c3"));
        assertEquals(422, post("/fin/csat", "{\"conversation_id\":\"zz\",\"rating\":\"good\"}").statusCode());
    }

    @Test
    void aDroppedStreamCanBeResubscribed() {
        JsonNode start = TestJson.parse(post("/fin/start", turn("c4", "hello")).body());
        fake.dropStreamMidReply(1);
        String url = start.path("sse_subscription_url").asText();
        try {
            send("GET", url, null, null);
        } catch (AssertionError expected) {
            // the connection was cut mid-body
        }
        HttpResponse<String> again = send("GET", url, null, null);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("fin_replied"));
        assertFalse(fake.toString().contains(fake.token()));
    }
}
