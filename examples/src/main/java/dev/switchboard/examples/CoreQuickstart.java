package dev.switchboard.examples;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code shown in the README's "Using sdk-core" sections, compiled with the build so it stays true. Run it with
 * {@code java -cp examples/target/switchboard-cli.jar dev.switchboard.examples.CoreQuickstart}; it talks to a local
 * fake server only.
 */
public final class CoreQuickstart {
    private CoreQuickstart() {
    }

    /**
     * A record type that keeps every field the server sent, known or not.
     *
     * @param id the id
     * @param extra every other field, JSON types kept
     */
    public record Item(@JsonProperty("id") String id, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {
        /** Keeps a mutable map for Jackson to fill. */
        public Item {
            extra = extra == null ? new LinkedHashMap<>() : extra;
        }
    }

    /**
     * @param baseUrl the API root
     * @param token a bearer token
     * @return a configured transport
     */
    static Transport transport(String baseUrl, String token) {
        // README: configuration
        ClientConfig config = ClientConfig.builder(baseUrl)
                .credentials(Credentials.bearer(token))
                .timeouts(Timeouts.builder()
                        .connect(Duration.ofSeconds(5))
                        .deadline(Duration.ofMinutes(1))                 // covers every attempt and wait
                        .build())
                .retryPolicy(RetryPolicy.builder().maxRetries(3).maxRetryAfter(Duration.ofSeconds(30)).build())
                .rateLimiter(RateLimiter.waiting(
                        RateLimiter.Window.of(100, Duration.ofMinutes(1)),
                        RateLimiter.Window.of(1000, Duration.ofHours(1))))
                .retryListener(e -> System.err.println("retrying " + e.method() + " " + e.url() + " in " + e.delay()))
                .build();
        return Transport.create(config);
    }

    /**
     * @param transport the transport
     * @return how many items were listed
     */
    static long listAndHandleErrors(Transport transport) {
        // README: pagination
        Paginator<Item> items = Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/items").query("per_page", 50).build(),
                PageStyle.cursor().itemsAt("/data").cursorParam("starting_after")
                        .nextCursorAt("/pages/next/starting_after").build(),
                Item.class);
        long count = items.stream().count();                   // lazy; each iteration starts over
        Page<Item> first = items.firstPage();
        String resumeLater = first.nextCursor().orElse(null);  // a plain string you can store
        if (resumeLater != null) {
            items.resumeFrom(resumeLater).forEach(item -> { });
        }

        // README: errors
        try {
            transport.execute(ApiRequest.builder(HttpMethod.GET, "/items/{id}", "missing")
                    .options(RequestOptions.builder().maxRetries(0).build())
                    .build(), Item.class);
        } catch (NotFoundException e) {
            System.out.println("not found, request id " + e.requestId().orElse("-"));
        } catch (RateLimitException e) {
            System.out.println("come back in " + e.retryAfter().orElse(Duration.ofMinutes(1)));
        } catch (ApiException e) {
            System.out.println(e.status() + " " + e.details());
        } catch (TransportException e) {
            System.out.println("no response: " + e.getMessage());
        }
        return count;
    }

    /** README: testing your code with sdk-testkit. */
    static void testkitExample() {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/items/{id}", r -> FakeResponse.json("{\"id\":\"" + r.pathParam("id") + "\"}"));
            server.faults().statusSequence("GET", "/items/{id}", 503);              // then normal routing
            server.faults().next(FakeResponse.json(429, "{}").withRetryAfterSeconds(2));
            // point your client at server.baseUrl(); then assert on server.takeRequest()
            try (Transport transport = transport(server.baseUrl(), "example-token")) {
                transport.execute(ApiRequest.builder(HttpMethod.GET, "/items/{id}", "7").build(), Item.class);
            }
            System.out.println("the fake server saw " + server.requestCount() + " requests, the last " + server.requests().get(2));
        }
    }

    /**
     * Runs the examples against a local fake server.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/items", r -> r.query("starting_after") == null
                    ? FakeResponse.json("{\"data\":[{\"id\":\"1\",\"color\":\"red\"}],\"pages\":{\"next\":{\"starting_after\":\"1\"}}}")
                    : FakeResponse.json("{\"data\":[{\"id\":\"2\",\"size\":3}],\"pages\":{}}"));
            try (Transport transport = transport(server.baseUrl(), "example-token")) {
                System.out.println("listed " + listAndHandleErrors(transport) + " items");
            }
        }
        testkitExample();
    }
}
