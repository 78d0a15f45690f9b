package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP against a fake's base URL with a bearer token, for the tests of the directory, companies and tags. */
final class FakeHttp {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;

    FakeHttp(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    HttpResponse<String> send(String method, String target, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + target))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token).header("Intercom-Version", "2.14");
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** @return the JSON body of a {@code 200}; fails on any other status */
    JsonNode ok(String method, String target, String body) {
        HttpResponse<String> r = send(method, target, body);
        if (r.statusCode() != 200) {
            throw new AssertionError(method + " " + target + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? null : TestJson.parse(r.body());
    }

    /** @return {@code "<status> <code>"} of an error answer, for example {@code 404 company_not_found} */
    String error(String method, String target, String body) {
        HttpResponse<String> r = send(method, target, body);
        JsonNode e = TestJson.parse(r.body());
        if (!"error.list".equals(e.path("type").asText())) {
            throw new AssertionError("not an error.list: " + r.body());
        }
        return r.statusCode() + " " + e.path("errors").path(0).path("code").asText();
    }
}
