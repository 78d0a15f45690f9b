package dev.switchboard.examples.cli.suger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.notifications.suger.AuditingEventPriority;
import dev.switchboard.notifications.suger.EntityType;
import dev.switchboard.notifications.suger.EventFilter;
import dev.switchboard.notifications.suger.NotificationEvent;
import dev.switchboard.notifications.suger.NotificationEventAction;
import dev.switchboard.notifications.suger.NotificationMessage;
import dev.switchboard.notifications.suger.Suger;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.suger.FakeSuger;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The Suger leg of the tour, against the embedded {@link FakeSuger}: notification events paged over
 * {@code offset}/{@code nextOffset} with the first page's {@code totalCount}; {@code priorities} always sent, and what
 * the server's default would have hidden; enum drift ({@code ""}, values newer than the SDK, a removed value) decoded
 * and written back unchanged; a date window; one entity's events; messages; and the legacy bearer token, fetched once.
 * The one wait (a 503 retried) is simulated on a manual clock. Every step is checked: a broken expectation throws
 * {@link IllegalStateException}. No key, secret or token is printed.
 */
public final class SugerTourLeg implements TourLeg {
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final int EVENTS = 240;
    static final int PER_PAGE = 100;
    private static final String MASK = "***";

    /** Creates the leg. */
    public SugerTourLeg() {
    }

    @Override
    public String name() {
        return "suger: notification events, priorities, enum drift";
    }

    /**
     * Runs the leg; its lines are collected and checked for credentials before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        List<String> secrets = new ArrayList<>(List.of(FakeSuger.API_KEY, FakeSuger.API_CLIENT_SECRET));
        MaskedOutput.run(out, secrets, List.of(), lines -> steps(lines, secrets));
    }

    private static void steps(PrintStream out, List<String> secrets) {
        ManualClock clock = ManualClock.at(NOW);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        List<RetryEvent> retries = Collections.synchronizedList(new ArrayList<>());
        try (FakeSuger fake = FakeSuger.builder().clock(clock).events(EVENTS).messages(12).start();
                Suger suger = Suger.builder()
                        .apiKey(FakeSuger.API_KEY)
                        .organizationId(FakeSuger.ORGANIZATION_ID)
                        .baseUrl(fake.baseUrl())
                        .clock(clock)
                        .sleeper(sleeper::sleep)
                        .retryPolicy(RetryPolicy.builder().random(() -> 0.8).build())
                        .retryListener(retries::add)
                        .build()) {
            out.println("(sandbox: a fake Suger API on this machine; waits are simulated)");
            fake.faults().statusSequence("GET", "/org/{orgId}/notificationEvent", 503);
            List<NotificationEvent> events = paging(out, suger, fake, retries, sleeper);
            priorities(out, suger, events);
            drift(out, fake, events);
            window(out, suger);
            entityAndMessages(out, suger);
            credentials(out, fake);
            legacyToken(out, fake, clock, sleeper, secrets);
        }
    }

    private static List<NotificationEvent> paging(PrintStream out, Suger suger, FakeSuger fake,
            List<RetryEvent> retries, RecordingSleeper sleeper) {
        out.println("events of the last 30 days, " + PER_PAGE + " per page, the first request answered 503:");
        List<NotificationEvent> all = new ArrayList<>();
        long total = -1;
        int pages = 0;
        EventFilter filter = EventFilter.builder().limit(PER_PAGE).build();
        for (Page<NotificationEvent> page : suger.events().list(filter).pages()) {
            pages++;
            all.addAll(page.items());
            if (page.number() == 1) {
                total = page.metaLong("totalCount").orElseThrow(() -> new IllegalStateException("no totalCount"));
            }
            out.println("  page " + page.number() + ": " + page.items().size() + " events"
                    + (page.number() == 1 ? " (totalCount " + total + ")" : "")
                    + page.nextCursor().map(c -> ", nextOffset " + c).orElse(", nextOffset null: last page"));
        }
        check(retries.size() == 1 && retries.get(0).status() == 503, "expected one retry after 503, got " + retries);
        out.println("  the 503 was retried after " + seconds(retries.get(0).delay()) + " s (backoff, simulated)");
        check(sleeper.total().equals(Duration.ofMillis(400)), "expected 0.4 s of simulated waiting, got "
                + sleeper.total());
        check(all.size() == total, "listed " + all.size() + " events, the server counts " + total);
        check(pages == (int) ((total + PER_PAGE - 1) / PER_PAGE), pages + " pages for " + total + " events");
        List<String> offsets = new ArrayList<>();
        for (FakeRequest r : fake.server().requests()) {
            check("LOW,MEDIUM,HIGH,CRITICAL".equals(r.query("priorities")), "priorities not sent on " + r);
            offsets.add(r.query("offset"));
        }
        check(offsets.equals(List.of("0", "0", "100")), "unexpected offsets sent: " + offsets);
        out.println("  " + all.size() + " events in " + pages + " pages; offsets sent " + offsets
                + " (0 twice: the 503 and its retry); every request carried priorities=LOW,MEDIUM,HIGH,CRITICAL");
        return all;
    }

    private static void priorities(PrintStream out, Suger suger, List<NotificationEvent> all) {
        // What a client that leaves priorities out gets: the server's default changed to HIGH and CRITICAL only.
        JsonNode bare = suger.transport().execute(ApiRequest.builder(HttpMethod.GET, "/org/{orgId}/notificationEvent",
                FakeSuger.ORGANIZATION_ID).build(), JsonNode.class);
        long server = bare.path("totalCount").asLong();
        long lowMedium = count(all, e -> e.priority() == AuditingEventPriority.LOW
                || e.priority() == AuditingEventPriority.MEDIUM);
        out.println("without priorities the server sends HIGH and CRITICAL only: " + server + " of " + all.size()
                + " events (" + lowMedium + " LOW and MEDIUM hidden)");
        check(server == all.size() - lowMedium && lowMedium > 0, "the server default did not hide LOW and MEDIUM");
    }

    private static void drift(PrintStream out, FakeSuger fake, List<NotificationEvent> all) {
        out.println("enum drift, decoded without failing:");
        long empty = count(all, e -> e.action() == NotificationEventAction.EMPTY);
        List<NotificationEvent> unknown = all.stream().filter(e -> !e.action().isKnown()).toList();
        long removed = count(all, e -> e.action() == NotificationEventAction.MARKETPLACE_CONTACT_EMAIL_UPDATE);
        long partners = count(all, e -> !e.partner().isKnown());
        long channels = count(all, e -> e.channels() != null && e.channels().stream().anyMatch(c -> !c.isKnown()));
        long zero = count(all, e -> Instant.parse("0001-01-01T00:00:00Z").equals(e.lastUpdateTime()));
        check(empty > 0 && !unknown.isEmpty() && removed > 0 && partners > 0 && channels > 0 && zero > 0,
                "the sandbox data has no drift");
        out.println("  action \"\" -> NotificationEventAction.EMPTY in " + empty + " events");
        out.println("  action \"" + unknown.get(0).action() + "\" (newer than this SDK) kept as sent in "
                + unknown.size() + " events");
        out.println("  action \"MARKETPLACE_CONTACT_EMAIL_UPDATE\" (removed from the latest spec) in " + removed
                + " events");
        out.println("  unknown partners in " + partners + " events, unknown channels in " + channels
                + ", Go's zero time 0001-01-01T00:00:00Z in " + zero);
        NotificationEvent sample = unknown.get(0);
        String written = Json.write(sample);
        String served = fake.event(sample.eventId()).toString();
        check(written.equals(served), "event " + sample.eventId() + " was not written back as served");
        out.println("  event " + sample.eventId() + " re-encoded byte for byte as served (" + written.length()
                + " chars)");
    }

    private static void window(PrintStream out, Suger suger) {
        LocalDate end = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(10);
        LocalDate start = end.minusDays(2);
        List<NotificationEvent> in = suger.events().list(EventFilter.builder().startDate(start).endDate(end)
                .priorities(AuditingEventPriority.HIGH, AuditingEventPriority.CRITICAL).build()).stream().toList();
        for (NotificationEvent e : in) {
            LocalDate day = LocalDate.ofInstant(e.timestamp(), ZoneOffset.UTC);
            check(!day.isBefore(start) && !day.isAfter(end), "event " + e.eventId() + " of " + day + " is outside");
            check(e.priority() == AuditingEventPriority.HIGH || e.priority() == AuditingEventPriority.CRITICAL,
                    "event " + e.eventId() + " has priority " + e.priority());
        }
        check(!in.isEmpty(), "no events in the window");
        out.println("startDate=" + start + " endDate=" + end + " priorities=HIGH,CRITICAL: " + in.size() + " events");
    }

    private static void entityAndMessages(PrintStream out, Suger suger) {
        List<NotificationEvent> offer = suger.events().listByEntity(EntityType.OFFER, "offer-0").stream().toList();
        check(!offer.isEmpty() && offer.stream().allMatch(e -> "offer-0".equals(e.entityId())), "entity listing");
        out.println("events of OFFER offer-0: " + offer.size());
        List<NotificationMessage> messages = suger.messages().list().stream().toList();
        NotificationMessage first = suger.messages().get(messages.get(0).id());
        check(first.equals(messages.get(0)), "GET of one message differs from the listing");
        out.println("messages: " + messages.size() + "; " + first.id() + " (" + first.type() + ") to "
                + first.recipient() + ": \"" + first.info().subject() + "\"");
    }

    private static void credentials(PrintStream out, FakeSuger fake) {
        for (FakeRequest r : fake.server().requests()) {
            check(("Key " + FakeSuger.API_KEY).equals(r.header("Authorization")), "no Key credentials on " + r);
        }
        out.println("credentials: all " + fake.server().requestCount() + " requests carried Authorization: Key " + MASK
                + ", built from the bare key");
    }

    private static void legacyToken(PrintStream out, FakeSuger fake, ManualClock clock, RecordingSleeper sleeper,
            List<String> secrets) {
        fake.server().clearRequests();
        try (Suger legacy = Suger.builder()
                .legacyBearerToken(FakeSuger.ORGANIZATION_ID, FakeSuger.API_CLIENT_ID, FakeSuger.API_CLIENT_SECRET)
                .baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep).build()) {
            for (int i = 0; i < 3; i++) {
                legacy.events().count(EventFilter.all());
            }
        }
        List<FakeRequest> requests = fake.server().requests();
        long tokenRequests = requests.stream().filter(r -> r.path().equals(FakeSuger.TOKEN_PATH)).count();
        check(tokenRequests == 1 && fake.tokenRequests() == 1, "expected one token request, got " + tokenRequests);
        for (FakeRequest r : requests) {
            String auth = r.header("Authorization");
            if (auth != null) {
                secrets.add(auth.substring(auth.indexOf(' ') + 1));
                check(auth.startsWith("Bearer "), "expected a bearer token on " + r);
            }
        }
        out.println("legacy bearer-token client: 1 token request (POST " + FakeSuger.TOKEN_PATH + ") for "
                + (requests.size() - 1) + " calls, each with Authorization: Bearer " + MASK);
    }

    private static long count(List<NotificationEvent> events, Predicate<NotificationEvent> p) {
        return events.stream().filter(p).count();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
