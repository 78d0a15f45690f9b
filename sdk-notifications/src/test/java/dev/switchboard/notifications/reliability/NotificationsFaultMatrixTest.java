package dev.switchboard.notifications.reliability;

import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.testing.FaultMatrix.Kind;
import dev.switchboard.core.testing.FaultMatrix.Operation;
import dev.switchboard.core.testing.FaultMatrix;
import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.notifications.aloochat.NotificationStatus;
import dev.switchboard.notifications.suger.Suger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault matrix for the Suger and AlooChat clients. */
class NotificationsFaultMatrixTest {

    @Test
    void sugerUnderEveryFault() {
        FaultMatrix<Suger> m = new FaultMatrix<>("suger", (base, http, clock, sleeper, readTimeout) -> Suger.builder()
                .baseUrl(base).apiKey("sg-key-1").organizationId("org-1").okHttpClient(http).clock(clock)
                .sleeper(sleeper::sleep).timeouts(Timeouts.builder().read(readTimeout).build()).build(), false);
        m.run(List.of(
                new Operation<>("events.list", "GET", "/org/org-1/notificationEvent", Kind.RETRIED,
                        "{\"notificationEvents\":[{\"eventID\":\"e1\",\"action\":\"CREATE\"}],\"totalCount\":1}",
                        s -> s.events().list().forEach(e -> e.eventId())),
                new Operation<>("messages.get", "GET", "/org/org-1/notificationMessage/{id}", Kind.RETRIED,
                        "{\"id\":\"m1\",\"title\":\"t\"}", s -> s.messages().get("m1"))));
        m.assertAll();
    }

    @Test
    void aloochatUnderEveryFault() {
        FaultMatrix<AlooChat> m = new FaultMatrix<>("aloochat", (base, http, clock, sleeper, readTimeout) -> AlooChat.builder()
                .baseUrl(base).apiKey("ac-key-1").okHttpClient(http).clock(clock).sleeper(sleeper::sleep)
                .timeouts(Timeouts.builder().read(readTimeout).build()).build(), false);
        String notification = "{\"id\":\"n1\",\"type\":\"system\",\"title\":\"t\",\"message\":\"m\",\"priority\":\"low\","
                + "\"created_at\":\"2026-04-01T00:00:00Z\"}";
        m.run(List.of(
                new Operation<>("notifications.list", "GET", "/team-notifications", Kind.RETRIED,
                        "{\"data\":[" + notification + "],\"total\":1,\"skip\":0,\"limit\":50}",
                        a -> a.notifications().list().firstPage()),
                new Operation<>("notifications.get", "GET", "/team-notifications/{id}", Kind.RETRIED, notification,
                        a -> a.notifications().get("n1")),
                new Operation<>("notifications.updateStatus", "PATCH", "/team-notifications/{id}/users/{user}/status", Kind.RETRIED,
                        null, // any body or none: the update is done either way
                        a -> a.notifications().updateStatus("n1", "u1", NotificationStatus.READ)),
                new Operation<>("stats", "GET", "/team-notifications/stats", Kind.RETRIED,
                        "{\"total\":3,\"unread\":1,\"by_type\":{\"system\":3}}", a -> a.notifications().stats())));
        m.assertAll();
    }
}
