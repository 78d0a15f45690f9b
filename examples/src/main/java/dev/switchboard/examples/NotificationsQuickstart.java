package dev.switchboard.examples;

import dev.switchboard.core.ApiException;
import dev.switchboard.core.ClientRateLimitException;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.ratelimit.RateLimiter;
import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.notifications.aloochat.NotificationFilter;
import dev.switchboard.notifications.aloochat.NotificationStats;
import dev.switchboard.notifications.aloochat.NotificationStatus;
import dev.switchboard.notifications.aloochat.NotificationType;
import dev.switchboard.notifications.aloochat.StatsFilter;
import dev.switchboard.notifications.aloochat.TeamNotification;
import dev.switchboard.notifications.aloochat.UserNotificationFilter;
import dev.switchboard.notifications.suger.AuditingEventPriority;
import dev.switchboard.notifications.suger.EntityType;
import dev.switchboard.notifications.suger.EventFilter;
import dev.switchboard.notifications.suger.NotificationEvent;
import dev.switchboard.notifications.suger.NotificationEventAction;
import dev.switchboard.notifications.suger.NotificationMessage;
import dev.switchboard.notifications.suger.Suger;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import dev.switchboard.testkit.suger.FakeSuger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The code of the README's "Suger" and "AlooChat" sections, compiled with the build so it stays true. Run it with
 * {@code java -cp examples/target/switchboard-cli.jar dev.switchboard.examples.NotificationsQuickstart}; it talks to
 * the embedded fakes only.
 */
public final class NotificationsQuickstart {
    private NotificationsQuickstart() {
    }

    /**
     * @param baseUrl the API root (the real one, or a fake's)
     * @param apiKey the API key
     * @param orgId the organization
     * @return a Suger client
     */
    static Suger suger(String baseUrl, String apiKey, String orgId) {
        // README: Suger client
        Suger suger = Suger.builder()
                .apiKey(apiKey)                  // sent as "Authorization: Key <apiKey>"
                .organizationId(orgId)           // or per call: suger.events("other-org")
                .baseUrl(baseUrl)                // default https://api.suger.cloud
                .build();
        return suger;
    }

    /**
     * @param suger a Suger client
     * @return how many events were listed
     */
    static long sugerEvents(Suger suger) {
        // README: Suger events
        EventFilter filter = EventFilter.builder()
                .startDate(LocalDate.now(ZoneOffset.UTC).minusDays(7))   // startDate=yyyy-MM-dd (UTC)
                .message("expire")                                         // case-insensitive substring
                .build();                                                  // priorities: all four, always sent
        Paginator<NotificationEvent> events = suger.events().list(filter);
        long total = events.firstPage().metaLong("totalCount").orElse(-1L);  // first page only
        long listed = 0;
        for (NotificationEvent e : events) {                                // offset/nextOffset, lazily
            if (e.action() == NotificationEventAction.EMPTY || !e.action().isKnown()) {
                System.out.println("action not in this SDK's list: \"" + e.action().value() + "\"");
            }
            listed++;
        }
        EventFilter urgent = EventFilter.builder()
                .priorities(AuditingEventPriority.HIGH, AuditingEventPriority.CRITICAL).build();
        long urgentCount = suger.events().count(urgent).orElse(0);
        System.out.println(listed + " of " + total + " events; " + urgentCount + " HIGH or CRITICAL");
        return listed;
    }

    /**
     * @param suger a Suger client
     * @return the first message, if any
     */
    static NotificationMessage sugerEntityAndMessages(Suger suger) {
        // README: Suger entity events and messages
        long offerEvents = suger.events().listByEntity(EntityType.OFFER, "offer-0").stream().count();
        NotificationMessage first = null;
        for (NotificationMessage m : suger.messages().list()) {
            first = suger.messages().get(m.id());
            break;
        }
        System.out.println(offerEvents + " events of offer-0; first message: " + (first == null ? "none" : first.id()));
        return first;
    }

    /**
     * @param orgId the organization
     * @param clientId a legacy API client id
     * @param secret its secret
     * @param baseUrl the API root
     * @return a client authenticated with a legacy bearer token
     */
    static Suger sugerLegacy(String orgId, String clientId, String secret, String baseUrl) {
        // README: Suger legacy bearer token
        return Suger.builder()
                .legacyBearerToken(orgId, clientId, secret)  // token fetched once, refreshed before it expires
                .baseUrl(baseUrl)
                .build();
    }

    /**
     * @param baseUrl the API root
     * @param apiKey the API key
     * @return an AlooChat client
     */
    static AlooChat aloochat(String baseUrl, String apiKey) {
        // README: AlooChat client
        AlooChat aloochat = AlooChat.builder()
                .apiKey(apiKey)                       // sent in x-api-key
                .baseUrl(baseUrl)                     // default https://api.aloochat.ai
                .basePath("/team-notifications")      // the default; configurable, as is apiKeyHeader(...)
                .rateLimitMode(RateLimiter.Mode.WAIT) // the default: 100/minute and 1000/hour, waiting for a permit
                .timeouts(Timeouts.ofDeadline(Duration.ofMinutes(2)))
                .build();
        return aloochat;
    }

    /**
     * @param aloochat an AlooChat client
     * @param userId a team member
     * @return how many notifications were marked read
     */
    static int aloochatTour(AlooChat aloochat, String userId) {
        // README: AlooChat notifications
        Paginator<TeamNotification> emails = aloochat.notifications().list(NotificationFilter.builder()
                .notificationType(NotificationType.EMAIL_SENT)
                .startDate(Instant.now().minus(Duration.ofDays(7)))
                .build());
        for (TeamNotification n : emails) {
            System.out.println(n.title() + " via " + n.metadata().toolUsed().orElse("?") + " in "
                    + n.metadata().executionDuration().map(Duration::toMillis).orElse(-1L) + " ms");
        }
        int marked = 0;
        for (TeamNotification n : aloochat.notifications().forUser(userId, UserNotificationFilter.builder()
                .status(NotificationStatus.UNREAD).limit(20).build())) {
            aloochat.notifications().updateStatus(n.id(), userId, NotificationStatus.READ);
            if (++marked == 5) {
                break;
            }
        }
        NotificationStats stats = aloochat.notifications().stats(StatsFilter.forUser(userId));
        System.out.println(stats.unreadCount() + " unread, " + stats.count(NotificationType.EMAIL_SENT) + " emails");
        return marked;
    }

    /**
     * @param aloochat an AlooChat client
     * @return the first page's total, or -1 when the call failed
     */
    static long aloochatErrors(AlooChat aloochat) {
        // README: AlooChat errors
        try {
            Page<TeamNotification> page = aloochat.notifications().list().firstPage();
            return page.metaLong("total").orElse(0L);
        } catch (ClientRateLimitException e) {      // FAIL_FAST mode, or a wait past the deadline
            System.err.println("over the client-side limit; next permit in " + e.waitTime());
        } catch (ApiException e) {                  // 429 after retries, 4xx, 5xx
            System.err.println(e.status() + " " + e.serverMessage().orElse("") + " " + e.details());
        }
        return -1;
    }

    /**
     * Runs every snippet against the embedded fakes.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (FakeSuger fakeSuger = FakeSuger.start();
                Suger suger = suger(fakeSuger.baseUrl(), fakeSuger.apiKey(), fakeSuger.organizationId());
                Suger legacy = sugerLegacy(fakeSuger.organizationId(), FakeSuger.API_CLIENT_ID,
                        FakeSuger.API_CLIENT_SECRET, fakeSuger.baseUrl())) {
            sugerEvents(suger);
            sugerEntityAndMessages(suger);
            System.out.println("legacy client: " + legacy.events().count(EventFilter.all()).orElse(0) + " events");
        }
        try (FakeAloochat fakeAloochat = FakeAloochat.start();
                AlooChat aloochat = aloochat(fakeAloochat.baseUrl(), fakeAloochat.apiKey())) {
            aloochatTour(aloochat, FakeAloochat.userId(1));
            System.out.println(aloochatErrors(aloochat) + " notifications");
        }
    }
}
