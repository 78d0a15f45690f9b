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

class FakeIntercomAiContentTest {
    private static final String TOKEN = "ai-token";
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeServer server = FakeServer.start();
    private final FakeIntercomAiContent fake = FakeIntercomAiContent.on(server, TOKEN, clock);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> send(String method, String url, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : server.baseUrl() + url))
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
        assertEquals(code, TestJson.parse(r.body()).path("errors").path(0).path("code").asText(), r.body());
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    @Test
    void listsPageWithAnAbsoluteNextLink() {
        assertEquals(401, send("GET", "/ai/external_pages", null, null).statusCode());
        JsonNode first = ok("GET", "/ai/external_pages", null);
        assertEquals(List.of("19", "18"), ids(first.path("data")));
        String next = first.path("pages").path("next").asText();
        assertEquals(server.baseUrl() + "/ai/external_pages?page=2", next);
        JsonNode last = ok("GET", next, null);
        assertEquals(List.of("17"), ids(last.path("data")));
        assertFalse(last.path("pages").has("next"), "the last page has no next link");
        assertFalse(ok("GET", "/ai/content_import_sources", null).path("pages").has("next"));
        assertThrows(IllegalArgumentException.class, () -> fake.perPage(0));
    }

    @Test
    void sourcesFollowIntercomsRules() {
        error("POST", "/ai/content_import_sources", "{\"url\":\"https://x.example.com\"}", 400, "parameter_not_found");
        error("POST", "/ai/content_import_sources", "{\"sync_behavior\":\"manual\",\"url\":\"https://x\"}", 400,
                "parameter_invalid");
        error("POST", "/ai/content_import_sources", "{\"sync_behavior\":\"api\",\"url\":\"https://x\",\"status\":\"off\"}",
                400, "parameter_invalid");
        JsonNode s = ok("POST", "/ai/content_import_sources", "{\"sync_behavior\":\"api\",\"url\":\"https://x\"}");
        assertTrue(s.path("id").isIntegralNumber());
        assertEquals(clock.instant().getEpochSecond(), s.path("last_synced_at").asLong());
        error("PUT", "/ai/content_import_sources/" + s.path("id").asText(), "{\"sync_behavior\":\"api\"}", 400,
                "parameter_not_found");
        error("PUT", "/ai/content_import_sources/33", "{\"sync_behavior\":\"api\",\"url\":\"https://support.example.com/us\"}",
                400, "parameter_invalid");
        error("GET", "/ai/content_import_sources/1", null, 404, "not_found");
        HttpResponse<String> deleted = send("DELETE", "/ai/content_import_sources/34", null, TOKEN);
        assertEquals(204, deleted.statusCode());
        assertEquals("", deleted.body());
        assertEquals(1, fake.pageCount(), "the source's pages went with it");
        assertEquals(2, fake.sourceCount());
    }

    @Test
    void pagesAreUpsertedByExternalIdAndOnlyApiPagesChange() {
        String body = "{\"title\":\"T\",\"html\":\"<p>t</p>\",\"locale\":\"en\",\"source_id\":34,\"external_id\":\"5678\"}";
        JsonNode p = ok("POST", "/ai/external_pages", body);
        assertEquals("19", p.path("id").asText(), "the page with that source and external id");
        assertEquals(3, fake.pageCount());
        error("POST", "/ai/external_pages", body.replace("\"en\"", "\"fr\""), 400, "parameter_invalid");
        error("POST", "/ai/external_pages", body.replace("34", "33"), 400, "parameter_invalid");
        error("POST", "/ai/external_pages", body.replace(",\"external_id\":\"5678\"", ""), 400, "parameter_not_found");
        error("POST", "/ai/external_pages", body.replace("}", ",\"ai_agent_availability\":\"yes\"}"), 400,
                "parameter_invalid");
        assertEquals(3, fake.pageCount(), "nothing made by a refused create");
        JsonNode created = ok("POST", "/ai/external_pages", body.replace("5678", "new"));
        assertFalse(created.path("ai_agent_availability").asBoolean(), "defaults to false on a new page");
        String update = "{\"title\":\"U\",\"html\":\"<p>u</p>\",\"url\":\"https://x\",\"locale\":\"en\",\"source_id\":33}";
        error("PUT", "/ai/external_pages/17", update, 400, "parameter_invalid");
        error("PUT", "/ai/external_pages/18", update.replace(",\"url\":\"https://x\"", "").replace("33", "34"), 400,
                "parameter_not_found");
        assertEquals("U", ok("PUT", "/ai/external_pages/18", update.replace("33", "34")).path("title").asText());
        JsonNode gone = ok("DELETE", "/ai/external_pages/18", null);
        assertEquals("", gone.path("html").asText());
        error("GET", "/ai/external_pages/18", null, 404, "not_found");
    }
}
