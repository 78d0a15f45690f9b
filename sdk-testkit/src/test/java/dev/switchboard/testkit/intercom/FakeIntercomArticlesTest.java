package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeIntercomArticlesTest {
    private static final String TOKEN = "articles-token";
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeServer server = FakeServer.start();
    private final FakeIntercomArticles fake = FakeIntercomArticles.on(server, TOKEN, clock);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
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
        HttpResponse<String> r = send(method, path, body, TOKEN);
        assertEquals(200, r.statusCode(), r.body());
        return TestJson.parse(r.body());
    }

    private void error(String method, String path, String body, int status, String code) {
        HttpResponse<String> r = send(method, path, body, TOKEN);
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = TestJson.parse(r.body());
        assertEquals("error.list", e.path("type").asText());
        assertEquals(code, e.path("errors").path(0).path("code").asText(), r.body());
    }

    /** @return the node as a client reads it: written and parsed again */
    private static JsonNode served(JsonNode stored) {
        return TestJson.parse(TestJson.write(stored));
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    @Test
    void needsTheTokenAndPagesArticlesMostRecentlyUpdatedFirst() {
        assertEquals(401, send("GET", "/articles", null, null).statusCode());
        assertEquals(401, send("GET", "/help_center/collections", null, "wrong").statusCode());
        JsonNode first = ok("GET", "/articles", null);
        assertEquals(List.of("3", "2"), ids(first.path("data")));
        assertEquals(3, first.path("total_count").asInt());
        assertEquals(2, first.path("pages").path("total_pages").asInt());
        assertFalse(first.path("data").path(0).has("statistics"), "list items carry no statistics");
        assertEquals(List.of("1"), ids(ok("GET", "/articles?page=2", null).path("data")));
        fake.perPage(10);
        assertEquals(List.of("3", "2", "1"), ids(ok("GET", "/articles", null).path("data")));
        assertTrue(ok("GET", "/articles/1", null).has("statistics"));
        error("GET", "/articles?page=0", null, 400, "parameter_invalid");
        assertThrows(IllegalArgumentException.class, () -> fake.perPage(0));
    }

    @Test
    void createNeedsATitleAndAKnownAuthorInTheBodyOrTheDefaultLocale() {
        error("POST", "/articles", "{\"author_id\":991267497}", 400, "parameter_not_found");
        error("POST", "/articles", "{\"title\":\"T\"}", 400, "parameter_not_found");
        error("POST", "/articles", "{\"title\":\"T\",\"author_id\":5}", 400, "parameter_invalid");
        error("POST", "/articles", "{\"title\":\"T\",\"author_id\":991267497,\"state\":\"live\"}", 400, "parameter_invalid");
        error("POST", "/articles", "{\"title\":\"T\",\"author_id\":991267497,\"parent_id\":9}", 400, "parameter_invalid");
        error("POST", "/articles", "[]", 400, "bad_request");
        assertEquals(3, fake.articleCount());
        JsonNode a = ok("POST", "/articles", "{\"translated_content\":{\"en\":{\"title\":\"Hello\",\"author_id\":991267460}}}");
        assertEquals("Hello", a.path("title").asText());
        assertEquals(991267460L, a.path("author_id").asLong());
        assertEquals("draft", a.path("state").asText());
        assertTrue(a.path("url").isNull());
        assertEquals(clock.instant().getEpochSecond(), a.path("created_at").asLong());
        assertEquals("article_translated_content", a.path("translated_content").path("type").asText());
        assertEquals(4, fake.articleCount());
    }

    @Test
    void translationsAreStoredLocaleByLocaleAndServedExactly() {
        String de = "{\"title\":\"Willkommen\",\"x\":[1.50,null]}";
        JsonNode a = ok("PUT", "/articles/1", "{\"translated_content\":{\"de\":" + de + "}}");
        assertEquals(TestJson.parse(de), a.path("translated_content").path("de"));
        assertEquals("Bien démarrer avec Switchboard", a.path("translated_content").path("fr").path("title").asText());
        assertEquals(a, served(fake.article("1")));
        error("PUT", "/articles/1", "{\"translated_content\":{\"de\":\"x\"}}", 400, "parameter_invalid");
        assertEquals(a, served(fake.article("1")), "a refused update changes nothing");
        error("PUT", "/articles/999", "{}", 404, "not_found");
    }

    @Test
    void searchFiltersByPhraseStateAndHelpCenterAndHighlights() {
        fake.perPage(10);
        assertEquals(List.of("3", "2", "1"), ids(ok("GET", "/articles/search", null).path("data").path("articles")));
        assertEquals(List.of("3"), ids(ok("GET", "/articles/search?state=draft", null).path("data").path("articles")));
        assertEquals(List.of("2", "1"), ids(ok("GET", "/articles/search?help_center_id=1", null).path("data").path("articles")));
        assertEquals(List.of(), ids(ok("GET", "/articles/search?help_center_id=2", null).path("data").path("articles")));
        JsonNode r = ok("GET", "/articles/search?phrase=install&highlight=true", null);
        assertEquals(List.of("2", "1"), ids(r.path("data").path("articles")));
        JsonNode h = r.path("data").path("highlights").path(0);
        assertEquals("2", h.path("article_id").asText());
        assertEquals("highlight", h.path("highlighted_title").path(0).path("type").asText());
        assertEquals("Install", h.path("highlighted_title").path(0).path("text").asText());
        assertTrue(ok("GET", "/articles/search?phrase=install", null).path("data").path("highlights").isEmpty());
        error("GET", "/articles/search?state=live", null, 400, "parameter_invalid");
        error("GET", "/articles/search?help_center_id=x", null, 400, "parameter_invalid");
    }

    @Test
    void collectionsAndSectionsBelongToHelpCenters() {
        JsonNode list = ok("GET", "/help_center/collections", null);
        assertEquals(List.of("103", "102"), ids(list.path("data")));
        assertEquals(3, list.path("total_count").asInt());
        error("POST", "/help_center/collections", "{\"description\":\"Missing required parameter\"}", 400,
                "parameter_not_found");
        error("POST", "/help_center/collections", "{\"name\":\"X\",\"help_center_id\":9}", 400, "parameter_invalid");
        JsonNode c = ok("POST", "/help_center/collections", "{\"name\":\"Thanks for everything\"}");
        assertEquals(1, c.path("help_center_id").asInt(), "the default Help Center");
        assertTrue(c.path("parent_id").isNull());
        String id = c.path("id").asText();
        JsonNode section = ok("PUT", "/help_center/collections/" + id, "{\"parent_id\":\"103\"}");
        assertEquals("103", section.path("parent_id").asText());
        String probe = ok("POST", "/articles", "{\"title\":\"Probe\",\"author_id\":991267497,\"parent_id\":" + id + "}")
                .path("id").asText();
        assertEquals(List.of(probe), ids(ok("GET", "/articles/search?help_center_id=2", null).path("data").path("articles")),
                "a section is in its parent's Help Center");
        ok("DELETE", "/articles/" + probe, null);
        JsonNode top = ok("PUT", "/help_center/collections/" + id, "{\"parent_id\":null,\"name\":\"Top\"}");
        assertEquals(2, top.path("help_center_id").asInt(), "moved to the top of the Help Center it was in");
        error("PUT", "/help_center/collections/" + id, "{\"parent_id\":\"" + id + "\"}", 400, "parameter_invalid");
        JsonNode deleted = ok("DELETE", "/help_center/collections/101", null);
        assertEquals("collection", deleted.path("object").asText());
        assertTrue(ok("GET", "/help_center/collections/102", null).path("parent_id").isNull());
        assertEquals(1, ok("GET", "/help_center/collections/102", null).path("help_center_id").asInt());
        assertTrue(fake.article("1").path("parent_id").isNull(), "its articles stand alone");
        error("GET", "/help_center/collections/101", null, 404, "not_found");
        assertEquals(3, fake.collectionCount());
    }

    @Test
    void helpCentersAreOneUnpagedList() {
        JsonNode list = ok("GET", "/help_center/help_centers", null);
        assertEquals("list", list.path("type").asText());
        assertEquals(List.of("1", "2"), ids(list.path("data")));
        assertFalse(list.has("pages"));
        assertEquals("help.example.com", ok("GET", "/help_center/help_centers/1", null).path("custom_domain").asText());
        assertTrue(ok("GET", "/help_center/help_centers/2", null).path("custom_domain").isNull());
        error("GET", "/help_center/help_centers/3", null, 404, "not_found");
    }
}
