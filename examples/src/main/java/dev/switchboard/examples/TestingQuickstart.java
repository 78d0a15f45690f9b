package dev.switchboard.examples;

import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** The code of docs/testing.md, compiled; {@link #main} runs it. */
public final class TestingQuickstart {
    private TestingQuickstart() {
    }

    /**
     * @return what the three calls answered, and the path the fake recorded first
     * @throws IOException if a call fails
     * @throws InterruptedException if interrupted
     */
    static List<String> fakeServer() throws IOException, InterruptedException {
        List<String> seen = new ArrayList<>();
        // README: fake server
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/items/{id}", r -> FakeResponse.json("{\"id\":\"" + r.pathParam("id") + "\"}"));
            server.faults().statusSequence("GET", "/items/{id}", 503);              // first answer: 503
            server.faults().next(FakeResponse.json(429, "{}").withRetryAfterSeconds(2));   // then: 429
            HttpClient http = HttpClient.newHttpClient();                           // or your client, at baseUrl()
            HttpRequest get = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/items/7")).build();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
                seen.add(answer.statusCode() + " " + answer.headers().firstValue("Retry-After").orElse("-") + " "
                        + answer.body());
            }
            FakeRequest first = server.takeRequest();                              // what your code sent
            seen.add(first.method() + " " + first.path());
        }
        return seen;
    }

    /**
     * Runs the page's code against an in-process fake.
     *
     * @param args unused
     * @throws IOException if a call fails
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        fakeServer().forEach(System.out::println);
    }
}
