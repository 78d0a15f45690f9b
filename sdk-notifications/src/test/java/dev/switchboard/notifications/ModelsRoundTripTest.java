package dev.switchboard.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.ModelScan;
import dev.switchboard.notifications.aloochat.AlooChatError;
import dev.switchboard.notifications.aloochat.NotificationRecipient;
import dev.switchboard.notifications.aloochat.NotificationStats;
import dev.switchboard.notifications.aloochat.TeamNotification;
import dev.switchboard.notifications.aloochat.TeamNotificationList;
import dev.switchboard.notifications.suger.ListNotificationEventsResponse;
import dev.switchboard.notifications.suger.ListNotificationMessagesResponse;
import dev.switchboard.notifications.suger.NotificationEvent;
import dev.switchboard.notifications.suger.NotificationMessage;
import dev.switchboard.notifications.suger.NotificationMessageInfo;
import dev.switchboard.notifications.suger.TrackEvent;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every model of sdk-notifications through the round-trip harness: this module's fixtures always (Suger pages and
 * messages; AlooChat documents written from the Team Notifications page and its drift), and the examples of Suger's
 * official OpenAPI documents when {@code ../shared/specs} is present. A model no example reaches fails the test.
 */
class ModelsRoundTripTest {
    /** Mutants of each official example: the generator's examples are small and alike. */
    private static final int SPEC_MUTANTS = 40;

    /** The schemas of the notification event and message endpoints that carry an example, with their models. */
    private static final Map<String, Class<? extends JsonModel>> SUGER_SCHEMAS = new LinkedHashMap<>();

    static {
        SUGER_SCHEMAS.put("ListNotificationEventsResponse", ListNotificationEventsResponse.class);
        SUGER_SCHEMAS.put("NotificationEvent", NotificationEvent.class);
        SUGER_SCHEMAS.put("TrackEvent", TrackEvent.class);
        SUGER_SCHEMAS.put("ListNotificationMessagesResponse", ListNotificationMessagesResponse.class);
        SUGER_SCHEMAS.put("NotificationMessage", NotificationMessage.class);
        SUGER_SCHEMAS.put("NotificationMessageInfo", NotificationMessageInfo.class);
    }

    private static String resource(String name) {
        try (InputStream in = ModelsRoundTripTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fixture(ModelHarness h, Class<? extends JsonModel> type, String name) {
        h.check(type, resource(name), ModelHarness.DEFAULT_MUTANTS);
    }

    /** @return the Suger spec documents present: the newest and the {@code main} copy; none in a fresh clone */
    private static List<Path> sugerSpecs() {
        List<Path> found = new ArrayList<>();
        FilesAbove.find("shared/specs/suger/openapi.yaml").ifPresent(newest -> {
            found.add(newest);
            Path main = newest.resolveSibling("v3.128.221-main/openapi.yaml");
            if (Files.isRegularFile(main)) {
                found.add(main);
            }
        });
        return found;
    }

    private static List<Class<? extends JsonModel>> modelsOf(String packageSuffix) {
        return ModelScan.models(NotificationEvent.class).stream()
                .filter(c -> c.getPackageName().endsWith(packageSuffix)).toList();
    }

    @Test
    void everySugerModelRoundTripsWithMutatedData() throws IOException {
        ModelHarness h = new ModelHarness();
        fixture(h, ListNotificationEventsResponse.class, "suger/notification-events-page.json");
        fixture(h, ListNotificationEventsResponse.class, "suger/notification-events-last-page.json");
        fixture(h, ListNotificationEventsResponse.class, "suger/notification-events-by-entity.json");
        fixture(h, ListNotificationMessagesResponse.class, "suger/notification-messages-page.json");
        fixture(h, NotificationMessage.class, "suger/notification-message.json");
        fixture(h, NotificationMessage.class, "suger/notification-message-sparse.json");
        ObjectMapper plain = new ObjectMapper();
        for (Path spec : sugerSpecs()) {
            JsonNode schemas = new YAMLMapper().readTree(Files.readString(spec, StandardCharsets.UTF_8))
                    .path("components").path("schemas");
            for (Map.Entry<String, Class<? extends JsonModel>> e : SUGER_SCHEMAS.entrySet()) {
                JsonNode example = schemas.path(e.getKey()).path("example");
                if (example.isObject()) {
                    h.check(e.getValue(), plain.writeValueAsString(example), SPEC_MUTANTS);
                }
            }
        }
        h.assertNoFailures();
        h.assertCovered(modelsOf(".suger"));
    }

    @Test
    void everyAlooChatModelRoundTripsWithMutatedData() {
        ModelHarness h = new ModelHarness();
        fixture(h, TeamNotificationList.class, "aloochat/team-notifications-page.json");
        fixture(h, TeamNotificationList.class, "aloochat/team-notifications-drift.json");
        fixture(h, TeamNotificationList.class, "aloochat/user-notifications-page.json");
        fixture(h, TeamNotification.class, "aloochat/team-notification.json");
        fixture(h, NotificationRecipient.class, "aloochat/status-update.json");
        fixture(h, NotificationStats.class, "aloochat/stats.json");
        fixture(h, NotificationStats.class, "aloochat/stats-user.json");
        fixture(h, AlooChatError.class, "aloochat/error-400.json");
        h.assertNoFailures();
        h.assertCovered(modelsOf(".aloochat"));
    }

    /** Guards the coverage assertions above: a scan that found nothing would make them pass vacuously. */
    @Test
    void theScanFindsTheModelsOfBothPackages() {
        List<String> names = ModelScan.models(NotificationEvent.class).stream().map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("AlooChatError", "LastModifiedBy", "ListNotificationEventsResponse",
                "ListNotificationMessagesResponse", "NotificationEvent", "NotificationMessage", "NotificationMessageInfo",
                "NotificationMetadata", "NotificationRecipient", "NotificationStats", "NotificationUser", "TeamNotification",
                "TeamNotificationList", "TrackEvent"), names);
    }
}
