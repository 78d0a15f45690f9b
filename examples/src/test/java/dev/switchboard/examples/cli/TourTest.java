package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class TourTest {

    @Test
    void standardTourPassesOffline() {
        CliRun r = CliRun.with().standard().run("tour");
        assertEquals(0, r.exit, r::toString);
        assertEquals("", r.err);
        assertTrue(r.out.startsWith("== core: retries, rate limits, paging, errors\n(sandbox: waits are simulated)\n"), r::toString);
        for (String line : List.of(
                "  retry after HTTP 503: waiting 0.4 s (backoff)",
                "  retry after HTTP 429: waiting 2.0 s (the server's Retry-After)",
                "  page 3: 5 items (11 to 15), last page",
                "  15 items in 3 pages; first re-encoded: {\"id\":\"1\",\"name\":\"item 1\"}",
                "client-side rate limit of 2 requests per second: 4 calls waited 1.0 s before sending")) {
            assertTrue(r.outLines().contains(line), () -> "missing: " + line + "\n" + r);
        }
        assertTrue(r.out.contains("  NotFoundException: HTTP 404"), r::toString);
        assertTrue(r.out.contains("  DecodeException: "), r::toString);
        assertTrue(r.out.endsWith("tour complete: 12 legs passed\n"), r::toString);
        assertFalse(r.out.contains(CoreTourLeg.TOKEN), r::toString);
        assertEquals(List.of(
                "== core: retries, rate limits, paging, errors",
                "== intercom calls, conversations, messages",
                "== intercom reporting export, articles, news, away statuses, activity logs",
                "== intercom contacts, companies and directory",
                "== intercom articles, help center, news and AI content",
                "== intercom data, exports and workspace settings",
                "== intercom fin over api: start, stream, reply, csat",
                "== intercom tickets: create, assign, reply, search, enqueue",
                "== moveworks: Data API, SysEvents, OData paging",
                "== suger: notification events, priorities, enum drift",
                "== aloochat: team notifications, read status, rate limits",
                "== webhooks: verify and decode LiveChat and Intercom deliveries"),
                r.outLines().stream().filter(l -> l.startsWith("== ")).toList(), "every leg once, in order");
    }

    @Test
    void failingLegIsReportedAndTheOthersStillRun() {
        TourLeg broken = leg("broken", out -> {
            out.println("  about to fail");
            throw new IllegalStateException("expected 15 items, got 14");
        });
        TourLeg fine = leg("fine", out -> out.println("  all good"));
        CliRun r = CliRun.with().legs(List.of(broken, fine)).run("tour");
        assertEquals(1, r.exit);
        assertEquals(List.of("== broken", "  about to fail", "== fine", "  all good"), r.outLines());
        assertEquals(List.of("error: tour leg broken failed: expected 15 items, got 14"), r.errLines());
    }

    @Test
    void debugPrintsTheLegsStackTrace() {
        CliRun r = CliRun.with().legs(List.of(leg("broken", out -> {
            throw new AssertionError("no request arrived within 5s");
        }))).run("tour", "--debug");
        assertEquals(1, r.exit);
        assertTrue(r.err.startsWith("error: tour leg broken failed: no request arrived within 5s\njava.lang.AssertionError"),
                r::toString);
    }

    @Test
    void allLegsPassing() {
        CliRun r = CliRun.with().legs(List.of(leg("a", out -> { }), leg("b", out -> { }))).run("tour");
        assertEquals(0, r.exit);
        assertEquals(List.of("== a", "== b", "tour complete: 2 legs passed"), r.outLines());
    }

    @Test
    void tourTakesNoArguments() {
        CliRun r = CliRun.with().run("tour", "intercom");
        assertEquals(2, r.exit);
        assertEquals("error: tour takes no arguments, got 'intercom'\n", r.err);
        assertEquals(2, CliRun.with().run("tour", "--fast").exit);
    }

    private static TourLeg leg(String name, java.util.function.Consumer<PrintStream> body) {
        return new TourLeg() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(PrintStream out) {
                body.accept(out);
            }
        };
    }
}
