package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The newsfeeds of {@link FakeIntercomKnowledge}, as every {@link FakeIntercom} serves them. */
class FakeIntercomNewsfeedsTest {
    private final FakeIntercom fake = FakeIntercom.builder().clock(ManualClock.at(Instant.parse("2026-05-01T12:00:00Z")))
            .start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + fake.token());
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private JsonNode ok(String method, String path, String body) {
        HttpResponse<String> r = send(method, path, body);
        assertEquals(200, r.statusCode(), r.body());
        return TestJson.parse(r.body());
    }

    @Test
    void newsfeedsAreListedFetchedAndListTheirLiveItems() {
        JsonNode list = ok("GET", "/news/newsfeeds", null);
        assertEquals("list", list.path("type").asText());
        assertEquals(2, list.path("total_count").asInt());
        assertEquals("newsfeed", list.path("data").path(0).path("type").asText());
        assertEquals("Customer Feed", ok("GET", "/news/newsfeeds/54", null).path("name").asText());
        assertEquals(404, send("GET", "/news/newsfeeds/9", null).statusCode());
        assertEquals(404, send("GET", "/news/newsfeeds/9/items", null).statusCode());
        JsonNode items = ok("GET", "/news/newsfeeds/53/items", null);
        assertEquals("141", items.path("data").path(0).path("id").asText());
        JsonNode empty = ok("GET", "/news/newsfeeds/54/items", null);
        assertTrue(empty.path("data").isEmpty());
        assertEquals(0, empty.path("pages").path("total_pages").asInt(), "as Intercom answers an empty feed");
        ok("PUT", "/news/news_items/141", "{\"state\":\"draft\"}");
        assertTrue(ok("GET", "/news/newsfeeds/53/items", null).path("data").isEmpty(), "drafts are not live");
        assertEquals(2, fake.knowledge().newsfeedCount());
    }
}
