package dev.switchboard.examples.cli;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.ApiException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sdk-core leg of the tour, against a {@link FakeServer}: a cursor-paged listing whose first two requests fail
 * (503, then 429 with {@code Retry-After: 2}) and are retried; a client-side rate limit; a 404 mapped to
 * {@link NotFoundException}; a truncated body mapped to {@link DecodeException}; and the bearer token sent on every
 * request yet never printed. Waits are recorded on a manual clock, not slept. Every step is checked: a broken
 * expectation throws {@link IllegalStateException}.
 */
public final class CoreTourLeg implements TourLeg {
    static final String TOKEN = "sandbox-token";
    static final int PAGES = 3;
    static final int PER_PAGE = 5;
    static final int ITEMS = PAGES * PER_PAGE;

    /** Creates the leg. */
    public CoreTourLeg() {
    }

    @Override
    public String name() {
        return "core: retries, rate limits, paging, errors";
    }

    /**
     * Runs the leg. Its lines are collected first and checked for the token before they reach {@code out}, so even a
     * failing run prints nothing secret.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        MaskedOutput.run(out, List.of(TOKEN), List.of(), CoreTourLeg::steps);
    }

    private static void steps(PrintStream out) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-01-01T00:00:00Z"));
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        List<RetryEvent> retries = Collections.synchronizedList(new ArrayList<>());
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/tour/items", CoreTourLeg::itemsPage);
            server.route("GET", "/tour/ping", req -> FakeResponse.json(TestJson.object("pong", true)));
            server.route("GET", "/tour/broken", req -> FakeResponse.truncatedJson(200, TestJson.write(page(0, PER_PAGE)), 24));
            server.faults().next("GET", "/tour/items",
                    FakeResponse.json(503, TestJson.object("error", "unavailable", "message", "the sandbox is warming up")),
                    FakeResponse.json(429, TestJson.object("error", "rate_limited", "message", "slow down"))
                            .withRetryAfterSeconds(2));
            ClientConfig config = ClientConfig.builder(server.baseUrl())
                    .credentials(Credentials.bearer(TOKEN))
                    // A fixed jitter of 0.8 makes the first backoff 0.8 x 500 ms: the tour prints the same every run.
                    .retryPolicy(RetryPolicy.builder().random(() -> 0.8).build())
                    .clock(clock)
                    .sleeper(sleeper::sleep)
                    .retryListener(e -> {
                        retries.add(e);
                        out.println("  " + describe(e));
                    })
                    .userAgentSuffix("switchboard-cli-tour")
                    .build();
            out.println("(sandbox: waits are simulated)");
            try (Transport transport = Transport.create(config)) {
                paging(out, transport, server, retries, sleeper);
                rateLimit(out, transport, clock, sleeper);
                notFound(out, transport);
                truncated(out, transport);
            }
            credentials(out, server);
        }
    }

    private static void paging(PrintStream out, Transport transport, FakeServer server, List<RetryEvent> retries,
            RecordingSleeper sleeper) {
        out.println("GET /tour/items: cursor paging (" + PER_PAGE + " per page), first answers 503, then 429 with Retry-After: 2");
        Paginator<Item> items = Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/tour/items").query("per_page", PER_PAGE).build(),
                PageStyle.cursor().itemsAt("/data").cursorParam("starting_after").nextCursorAt("/pages/next/starting_after")
                        .build(), Item.class);
        List<Item> all = new ArrayList<>();
        int pages = 0;
        for (Page<Item> page : items.pages()) {
            pages++;
            List<Item> on = page.items();
            all.addAll(on);
            out.println("  page " + page.number() + ": " + on.size() + " items"
                    + (on.isEmpty() ? "" : " (" + on.get(0).id() + " to " + on.get(on.size() - 1).id() + ")")
                    + page.nextCursor().map(c -> ", next cursor \"" + c + "\"").orElse(", last page"));
        }
        out.println("  " + all.size() + " items in " + pages + " pages; first re-encoded: " + Json.write(all.get(0)));

        check(all.size() == ITEMS, "expected " + ITEMS + " items, got " + all.size());
        check(pages == PAGES, "expected " + PAGES + " pages, got " + pages);
        for (int i = 0; i < all.size(); i++) {
            check(String.valueOf(i + 1).equals(all.get(i).id()), "item " + (i + 1) + " has id " + all.get(i).id());
        }
        check("item 1".equals(all.get(0).other().get("name")), "the unknown field 'name' was not kept");
        check(Json.write(all.get(0)).equals("{\"id\":\"1\",\"name\":\"item 1\"}"), "item 1 was not re-encoded as sent");
        check(retries.size() == 2, "expected 2 retries, got " + retries.size());
        check(retries.get(0).status() == 503 && retries.get(0).delay().equals(Duration.ofMillis(400)),
                "the first retry was not after 503 with 0.4 s backoff: " + describe(retries.get(0)));
        check(retries.get(1).status() == 429 && retries.get(1).delay().equals(Duration.ofSeconds(2)),
                "the second retry did not honour Retry-After: 2: " + describe(retries.get(1)));
        check(sleeper.total().equals(Duration.ofMillis(2400)), "expected 2.4 s of simulated waits, got " + sleeper.total());
        List<String> cursors = new ArrayList<>();
        for (FakeRequest r : server.requests()) {
            if (r.path().equals("/tour/items")) {
                check(String.valueOf(PER_PAGE).equals(r.query("per_page")), "per_page was not sent on " + r);
                cursors.add(r.query("starting_after"));
            }
        }
        check(cursors.equals(java.util.Arrays.asList(null, null, null, "5", "10")),
                "unexpected cursors sent: " + cursors);
    }

    private static void rateLimit(PrintStream out, Transport transport, ManualClock clock, RecordingSleeper sleeper) {
        RateLimiter limiter = RateLimiter.of(RateLimiter.Mode.WAIT, clock,
                List.of(RateLimiter.Window.of(2, Duration.ofSeconds(1))));
        Duration before = sleeper.total();
        int calls = 4;
        try (Transport limited = transport.withConfig(b -> b.rateLimiter(limiter))) {
            for (int i = 0; i < calls; i++) {
                JsonNode pong = limited.execute(ApiRequest.builder(HttpMethod.GET, "/tour/ping").build(), JsonNode.class);
                check(pong.path("pong").asBoolean(), "GET /tour/ping did not answer pong");
            }
        }
        Duration waited = sleeper.total().minus(before);
        out.println("client-side rate limit of 2 requests per second: " + calls + " calls waited " + seconds(waited)
                + " s before sending");
        check(waited.compareTo(Duration.ZERO) > 0, "the client-side rate limiter never made a call wait");
    }

    private static void notFound(PrintStream out, Transport transport) {
        out.println("GET /tour/missing: no such route");
        try {
            transport.execute(ApiRequest.builder(HttpMethod.GET, "/tour/missing").build(), JsonNode.class);
        } catch (NotFoundException e) {
            out.println("  NotFoundException: " + e.getMessage());
            check(e.status() == 404 && e.attempts() == 1, "expected one attempt answered 404: " + e.getMessage());
            return;
        } catch (ApiException e) {
            throw new IllegalStateException("expected NotFoundException, got " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
        throw new IllegalStateException("GET /tour/missing did not fail");
    }

    private static void truncated(PrintStream out, Transport transport) {
        out.println("GET /tour/broken: the body is cut off mid-document");
        try {
            transport.execute(ApiRequest.builder(HttpMethod.GET, "/tour/broken").build(), JsonNode.class);
        } catch (DecodeException e) {
            out.println("  DecodeException: " + e.getMessage());
            check(!e.getMessage().contains("item 1"), "the DecodeException quoted the payload");
            return;
        }
        throw new IllegalStateException("GET /tour/broken decoded a truncated body");
    }

    private static void credentials(PrintStream out, FakeServer server) {
        List<FakeRequest> requests = server.requests();
        for (FakeRequest r : requests) {
            check(("Bearer " + TOKEN).equals(r.header("Authorization")), "no bearer token on " + r);
        }
        out.println("credentials: all " + requests.size() + " requests carried Authorization: Bearer "
                + Scrubber.MASK + "; the token is never printed");
    }

    private static FakeResponse itemsPage(FakeRequest req) {
        String perPage = req.query("per_page");
        String after = req.query("starting_after");
        return FakeResponse.json(page(after == null ? 0 : Integer.parseInt(after),
                perPage == null ? PER_PAGE : Integer.parseInt(perPage)));
    }

    /** Items {@code start + 1} onwards, with {@code pages.next.starting_after} unless this is the last page. */
    private static ObjectNode page(int start, int perPage) {
        List<Object> data = new ArrayList<>();
        int end = Math.min(start + perPage, ITEMS);
        for (int i = start + 1; i <= end; i++) {
            data.add(TestJson.object("id", String.valueOf(i), "name", "item " + i));
        }
        Map<String, Object> pages = end < ITEMS ? Map.of("next", Map.of("starting_after", String.valueOf(end))) : Map.of();
        return TestJson.object("data", data, "pages", pages);
    }

    private static String describe(RetryEvent e) {
        String cause = e.status() > 0 ? "HTTP " + e.status() : String.valueOf(e.failure());
        String hint = e.reason() != null && e.reason().contains("server asked") ? " (the server's Retry-After)" : " (backoff)";
        return "retry after " + cause + ": waiting " + seconds(e.delay()) + " s" + hint;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * A listed item: its id, and every other field the server sent, kept for re-encoding.
     *
     * @param id the item id
     * @param other the fields this record does not name
     */
    record Item(String id, @JsonAnySetter @JsonAnyGetter Map<String, Object> other) {
        /** Copies the unknown fields. */
        Item {
            other = other == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
        }
    }
}
