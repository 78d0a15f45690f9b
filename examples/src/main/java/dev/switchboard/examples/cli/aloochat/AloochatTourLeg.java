package dev.switchboard.examples.cli.aloochat;

import dev.switchboard.core.paging.Page;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.notifications.aloochat.NotificationFilter;
import dev.switchboard.notifications.aloochat.NotificationRecipient;
import dev.switchboard.notifications.aloochat.NotificationStats;
import dev.switchboard.notifications.aloochat.NotificationStatus;
import dev.switchboard.notifications.aloochat.NotificationType;
import dev.switchboard.notifications.aloochat.StatsFilter;
import dev.switchboard.notifications.aloochat.TeamNotification;
import dev.switchboard.notifications.aloochat.UserNotificationFilter;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The AlooChat leg of the tour, against the embedded {@link FakeAloochat}: a filtered listing and skip/limit paging, a
 * user's unread notifications, marking one read with the documented PATCH and the statistics it moves, the
 * client-side limit of 100 requests a minute, and 429s with and without {@code Retry-After}. All waits are simulated on
 * a manual clock. Every step is checked: a broken expectation throws {@link IllegalStateException}. The API key is
 * never printed.
 */
public final class AloochatTourLeg implements TourLeg {
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final int NOTIFICATIONS = 230;
    private static final String MASK = "***";

    /** Creates the leg. */
    public AloochatTourLeg() {
    }

    @Override
    public String name() {
        return "aloochat: team notifications, read status, rate limits";
    }

    /**
     * Runs the leg; its lines are collected and checked for the key before they reach {@code out}.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        MaskedOutput.run(out, List.of(FakeAloochat.API_KEY), List.of(), AloochatTourLeg::steps);
    }

    private static void steps(PrintStream out) {
        ManualClock clock = ManualClock.at(NOW);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        List<RetryEvent> retries = Collections.synchronizedList(new ArrayList<>());
        try (FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(NOTIFICATIONS).start();
                AlooChat aloochat = AlooChat.builder()
                        .apiKey(FakeAloochat.API_KEY)
                        .baseUrl(fake.baseUrl())
                        .clock(clock)
                        .sleeper(sleeper::sleep)
                        .retryListener(retries::add)
                        .build()) {
            out.println("(sandbox: a fake AlooChat API on this machine; waits are simulated on a manual clock)");
            listing(out, aloochat, fake);
            readStatus(out, aloochat);
            check(sleeper.sleeps().isEmpty(), "nothing so far should have waited: " + sleeper.sleeps());
            rateLimit(out, fake, clock, sleeper);
            tooManyRequests(out, aloochat, fake, retries, sleeper);
            for (FakeRequest r : fake.server().requests()) {
                check(FakeAloochat.API_KEY.equals(r.header("x-api-key")), "no x-api-key on " + r);
            }
            out.println("credentials: all " + fake.server().requestCount() + " requests carried x-api-key: " + MASK);
        }
    }

    private static void listing(PrintStream out, AlooChat aloochat, FakeAloochat fake) {
        String agent = FakeAloochat.agentId(2);
        List<TeamNotification> emails = aloochat.notifications().list(NotificationFilter.builder()
                .notificationType(NotificationType.EMAIL_SENT).agentId(agent).build()).stream().toList();
        check(!emails.isEmpty(), "no email_sent notifications of agent 2");
        for (TeamNotification n : emails) {
            check(n.notificationType() == NotificationType.EMAIL_SENT
                    && n.metadata().agentId().orElse("").equals(agent), "notification " + n.id() + " does not match");
        }
        TeamNotification e = emails.get(0);
        out.println("notification_type=email_sent agent_id=<agent 2>: " + emails.size() + " notifications; newest: \""
                + e.title() + "\" to " + e.metadata().recipientEmail().orElse("?") + ", execution time "
                + e.metadata().executionDuration().map(AloochatTourLeg::seconds).map(s -> s + " s").orElse("unknown"));
        fake.server().clearRequests();
        int pages = 0;
        long listed = 0;
        for (Page<TeamNotification> page : aloochat.notifications().list().pages()) {
            pages++;
            listed += page.items().size();
        }
        List<String> skips = fake.server().requests().stream().map(r -> String.valueOf(r.query("skip"))).toList();
        check(listed == NOTIFICATIONS && pages == 3, "listed " + listed + " in " + pages + " pages");
        out.println("all notifications: " + listed + " in " + pages + " pages of 100 (skip sent: " + skips + ")");
    }

    private static void readStatus(PrintStream out, AlooChat aloochat) {
        String user = FakeAloochat.userId(1);
        List<TeamNotification> unread = aloochat.notifications().forUser(user, UserNotificationFilter.builder()
                .status(NotificationStatus.UNREAD).build()).stream().toList();
        check(!unread.isEmpty(), "user 1 has nothing unread");
        TeamNotification first = unread.get(0);
        NotificationStats before = aloochat.notifications().stats(StatsFilter.forUser(user));
        out.println("user 1 has " + unread.size() + " unread; marking \"" + first.title() + "\" read:");
        NotificationRecipient r = aloochat.notifications().updateStatus(first.id(), user, NotificationStatus.READ)
                .orElseThrow(() -> new IllegalStateException("the PATCH answered nothing"));
        check(r.status() == NotificationStatus.READ && NOW.equals(r.readAt()), "the PATCH did not mark it read: " + r);
        out.println("  PATCH /team-notifications/" + first.id() + "/users/<user 1>/status {\"status\":\"read\"}"
                + " -> read_at " + r.readAt());
        NotificationStats after = aloochat.notifications().stats(StatsFilter.forUser(user));
        check(after.unreadCount() == before.unreadCount() - 1 && after.readCount() == before.readCount() + 1,
                "the stats did not move: " + before + " -> " + after);
        out.println("  stats of user 1: unread " + before.unreadCount() + " -> " + after.unreadCount() + ", read "
                + before.readCount() + " -> " + after.readCount());
    }

    private static void rateLimit(PrintStream out, FakeAloochat fake, ManualClock clock, RecordingSleeper sleeper) {
        // One limiter per API key, shared by every client of the key: here another client has already made 95 of the
        // minute's 100 requests, so of 10 more calls 5 go at once and the other 5 wait until that minute has passed.
        RateLimiter perKey = RateLimiter.of(RateLimiter.Mode.WAIT, clock, AlooChat.documentedLimits());
        for (int i = 0; i < 95; i++) {
            perKey.acquire(Duration.ZERO);
        }
        Duration before = sleeper.total();
        int sleepsBefore = sleeper.count();
        try (AlooChat limited = AlooChat.builder().apiKey(FakeAloochat.API_KEY).baseUrl(fake.baseUrl())
                .clock(clock).sleeper(sleeper::sleep).rateLimiter(perKey).build()) {
            for (int i = 0; i < 10; i++) {
                limited.notifications().stats();
            }
        }
        List<Duration> waits = sleeper.sleeps().subList(sleepsBefore, sleeper.count());
        check(waits.equals(List.of(Duration.ofMinutes(1))), "unexpected limiter waits: " + waits);
        out.println("client-side limit of 100 requests per minute (and 1000 per hour): with 95 used this minute, 10"
                + " more calls sent 5 at once; the other 5 waited for the minute to pass ("
                + seconds(sleeper.total().minus(before)) + " s, simulated)");
    }

    private static void tooManyRequests(PrintStream out, AlooChat aloochat, FakeAloochat fake,
            List<RetryEvent> retries, RecordingSleeper sleeper) {
        retries.clear();
        fake.rateLimitNext(1, 3L);
        aloochat.notifications().stats();
        fake.rateLimitNext(1, null);
        aloochat.notifications().stats();
        check(retries.size() == 2, "expected two retries, got " + retries.size());
        check(retries.get(0).status() == 429 && retries.get(0).delay().equals(Duration.ofSeconds(3)),
                "the first 429 did not wait its Retry-After");
        check(retries.get(1).status() == 429 && retries.get(1).delay().equals(AlooChat.RATE_LIMIT_FALLBACK),
                "the second 429 did not wait the fallback");
        out.println("429 with Retry-After: 3 -> retried after " + seconds(retries.get(0).delay()) + " s; 429 without"
                + " Retry-After -> retried after " + seconds(retries.get(1).delay()) + " s (simulated)");
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
