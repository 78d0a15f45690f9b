package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Moveworks' official sample responses ({@code shared/specs/moveworks/*.json}, beside the project): every record
 * decodes and is written back as the same JSON tree, timestamps in the same {@code ...SSSZ} text. Skipped when the
 * shared directory is not there (a fresh clone of the project alone).
 */
class SampleFilesRoundTripTest {
    private record Sample(String file, Class<?> type, int expected) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("conversations.json", Conversation.class, 143),
            new Sample("interactions.json", Interaction.class, 597),
            new Sample("plugin-calls.json", PluginCall.class, 384),
            new Sample("plugin-resources.json", PluginResource.class, 3064),
            new Sample("users.json", User.class, 20));

    private static Path specs() {
        var dir = TestData.sharedSpecs();
        Assumptions.assumeTrue(dir.isPresent(), "shared/specs/moveworks is not beside this checkout");
        return dir.get();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordOfEverySampleRoundTrips() {
        Path dir = specs();
        return SAMPLES.stream().map(s -> DynamicTest.dynamicTest(s.file(), () -> {
            Path file = dir.resolve(s.file());
            Assumptions.assumeTrue(Files.isRegularFile(file), s.file() + " is missing");
            List<JsonNode> records = TestData.records(TestData.read(file), s.file());
            assertEquals(s.expected(), records.size());
            for (int i = 0; i < records.size(); i++) {
                JsonNode record = records.get(i);
                Object decoded = Json.convert(record, s.type());
                String written = Json.write(decoded);
                JsonNode back = Json.tree(written.getBytes(StandardCharsets.UTF_8), "re-encoded record");
                int index = i;
                assertEquals(record, back, () -> s.file() + " record " + index + " changed:\n  in:  " + record + "\n  out: " + written);
            }
        }));
    }

    @Test
    void samplePagesDecodeThroughTheClientAndTheirHelpersWork() {
        Path dir = specs();
        try (FakeServer server = FakeServer.start();
                MoveworksDataApi api = MoveworksDataApi.builder().baseUrl(server.baseUrl()).apiKey("sample-key")
                        .apiVersion(ApiVersion.V1BETA2).build()) {
            for (Sample s : SAMPLES) {
                String body = new String(TestData.read(dir.resolve(s.file())), StandardCharsets.UTF_8);
                server.route("GET", "/export/v1beta2/records/" + s.file().replace(".json", ""), r -> FakeResponse.json(body));
            }
            List<Conversation> conversations = api.conversations().list().stream().toList();
            assertEquals(143, conversations.size());
            long dm = conversations.stream().filter(Conversation::isUserInitiated).count();
            long notifications = conversations.stream().filter(c -> ConversationRoute.NOTIFICATION.equals(c.route())).count();
            assertEquals(143, dm + notifications, "pre-SysEvents samples hold DM and Notification routes only");
            assertTrue(conversations.stream().allMatch(c -> c.type() == null && c.detail().isEmpty()));

            List<Interaction> interactions = api.interactions().list().stream().toList();
            assertEquals(597, interactions.size());
            assertTrue(interactions.stream().filter(Interaction::isBot).allMatch(Interaction::hasParent),
                    "before SysEvents every bot message answers a user interaction");
            assertTrue(interactions.stream().noneMatch(i -> i.detail() instanceof InteractionDetail.Unknown));

            Page<PluginCall> calls = api.pluginCalls().list().firstPage();
            assertEquals(384, calls.items().size());
            assertTrue(calls.items().stream().allMatch(c -> c.latency().isPresent() && !c.latency().get().isNegative()));
            assertTrue(calls.meta().get("@odata.context").toString().endsWith("#plugin-calls"));

            List<PluginResource> resources = api.pluginResources().list().stream().toList();
            assertEquals(3064, resources.size());
            assertTrue(resources.stream().allMatch(PluginResource::hasInteraction));
            assertEquals(1436, resources.stream().filter(r -> !r.hasPluginCall()).count());
            assertTrue(resources.stream().allMatch(r -> r.type().isKnown()));

            List<User> users = api.users().list().stream().toList();
            assertEquals(20, users.size());
            assertTrue(users.stream().map(User::id).allMatch(id -> id.chars().allMatch(Character::isDigit)));
            Function<User, Integer> ids = u -> u.externalIdsOrEmpty().size();
            assertTrue(users.stream().map(ids).anyMatch(n -> n > 0));
        }
    }
}
