package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP to an Intercom fake part, with its token: what a client that is not this SDK would send. */
final class IntercomHttp {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private final String token;

    IntercomHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    HttpResponse<byte[]> bytes(String method, String path, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the answer's JSON, after checking its status */
    JsonNode send(int status, String method, String path, String body) {
        HttpResponse<byte[]> r = bytes(method, path, body);
        String text = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(status, r.statusCode(), method + " " + path + ": " + text);
        return text.isEmpty() ? null : TestJson.parse(text);
    }

    /** Checks an Intercom {@code error.list} answer. */
    void error(int status, String code, String method, String path, String body) {
        JsonNode e = send(status, method, path, body);
        assertEquals("error.list", e.path("type").asText(), e.toString());
        assertEquals(code, e.path("errors").path(0).path("code").asText(), e.toString());
        assertTrue(e.path("request_id").isTextual(), e.toString());
    }
}
