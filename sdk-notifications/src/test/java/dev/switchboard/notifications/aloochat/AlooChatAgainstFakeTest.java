package dev.switchboard.notifications.aloochat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the stateful fake: filters, paging, a user's status and the statistics it moves. */
class AlooChatAgainstFakeTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2024-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final FakeAloochat fake = FakeAloochat.builder().clock(clock).notifications(230).start();
    private final AlooChat aloochat = AlooChat.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
            .clock(clock).sleeper(sleeper::sleep).build();

    @AfterEach
    void close() {
        aloochat.close();
        fake.close();
    }

    @Test
    void everyNotificationIsListedInPagesOfAHundredAndWrittenBackAsServed() {
        List<TeamNotification> all = aloochat.notifications().list().stream().toList();
        assertEquals(230, all.size());
        assertEquals(3, fake.server().requestCount());
        for (TeamNotification n : all) {
            assertEquals(fake.notification(n.id()).toString(), Json.write(n), n.id());
        }
        assertTrue(all.stream().anyMatch(n -> !n.notificationType().isKnown()));
        assertTrue(all.stream().anyMatch(n -> n.sender() == null && n.notificationType() == NotificationType.SYSTEM));
    }

    @Test
    void filtersNarrowTheListing() {
        String agent = FakeAloochat.agentId(2);
        List<TeamNotification> emails = aloochat.notifications().list(NotificationFilter.builder()
                .notificationType(NotificationType.EMAIL_SENT).agentId(agent).build()).stream().toList();
        assertFalse(emails.isEmpty());
        for (TeamNotification n : emails) {
            assertSame(NotificationType.EMAIL_SENT, n.notificationType());
            assertEquals(agent, n.metadata().agentId().orElseThrow());
            assertTrue(n.metadata().recipientEmail().isPresent());
        }
        Instant from = clock.instant().minus(Duration.ofHours(24));
        List<TeamNotification> lastDay = aloochat.notifications().list(NotificationFilter.builder().startDate(from)
                .build()).stream().toList();
        assertEquals(24, lastDay.size());
        lastDay.forEach(n -> assertFalse(n.createdAt().isBefore(from)));
    }

    @Test
    void markingReadMovesTheUsersStatusAndTheStatistics() {
        String user = FakeAloochat.userId(1);
        List<TeamNotification> unread = aloochat.notifications().forUser(user, UserNotificationFilter.builder()
                .status(NotificationStatus.UNREAD).build()).stream().toList();
        assertFalse(unread.isEmpty());
        unread.forEach(n -> assertSame(NotificationStatus.UNREAD, n.status()));
        NotificationStats before = aloochat.notifications().stats(StatsFilter.forUser(user));
        NotificationStats everyoneBefore = aloochat.notifications().stats();

        TeamNotification first = unread.get(0);
        NotificationRecipient updated = aloochat.notifications().updateStatus(first.id(), user, NotificationStatus.READ)
                .orElseThrow();
        assertSame(NotificationStatus.READ, updated.status());
        assertEquals(clock.instant(), updated.readAt());
        assertEquals(user, updated.userId());
        assertEquals("read", fake.recipientStatus(first.id(), user));

        NotificationStats after = aloochat.notifications().stats(StatsFilter.forUser(user));
        assertEquals(before.unreadCount() - 1, after.unreadCount());
        assertEquals(before.readCount() + 1, after.readCount());
        assertEquals(before.totalNotifications(), after.totalNotifications());
        NotificationStats everyoneAfter = aloochat.notifications().stats();
        assertEquals(everyoneBefore.totalNotifications(), everyoneAfter.totalNotifications());

        aloochat.notifications().updateStatus(first.id(), user, NotificationStatus.UNREAD);
        assertNull(aloochat.notifications().get(first.id()).recipient(user).orElseThrow().readAt());
        assertEquals(before, aloochat.notifications().stats(StatsFilter.forUser(user)));
    }

    @Test
    void statisticsAddUp() {
        NotificationStats s = aloochat.notifications().stats();
        assertEquals(230L, s.totalNotifications());
        assertEquals(s.totalNotifications(), s.unreadCount() + s.readCount() + s.archivedCount());
        assertEquals(230L, s.byType().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(230L, s.byPriority().values().stream().mapToLong(Long::longValue).sum());
        assertNotNull(s.byType().get("webhook_delivery"), "an undocumented type is counted under its own key");
    }

    @Test
    void statisticsOfOneTypeAndOneAgentCountOnlyThose() {
        long actions = aloochat.notifications().list(NotificationFilter.builder()
                .notificationType(NotificationType.AGENT_ACTION).build()).stream().count();
        assertEquals(actions, aloochat.notifications().stats(StatsFilter.builder()
                .notificationType(NotificationType.AGENT_ACTION).build()).totalNotifications());
        String agent = aloochat.notifications().list().stream().flatMap(n -> n.metadata().agentId().stream())
                .findFirst().orElseThrow();
        long byAgent = aloochat.notifications().list(NotificationFilter.builder().agentId(agent).build()).stream().count();
        assertEquals(byAgent, aloochat.notifications().stats(StatsFilter.builder().agentId(agent).build())
                .totalNotifications());
        assertTrue(byAgent < 230L, "the agent filter narrows the count");
    }
}
