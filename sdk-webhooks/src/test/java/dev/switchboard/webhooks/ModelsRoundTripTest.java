package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.ModelScan;
import dev.switchboard.webhooks.intercom.IntercomItem;
import dev.switchboard.webhooks.intercom.IntercomWebhooks;
import dev.switchboard.webhooks.livechat.AgentAccount;
import dev.switchboard.webhooks.livechat.Bot;
import dev.switchboard.webhooks.livechat.Chat;
import dev.switchboard.webhooks.livechat.ChatAccessUpdated;
import dev.switchboard.webhooks.livechat.ChatThread;
import dev.switchboard.webhooks.livechat.Customer;
import dev.switchboard.webhooks.livechat.Event;
import dev.switchboard.webhooks.livechat.FilledFormEvent;
import dev.switchboard.webhooks.livechat.FormEvent;
import dev.switchboard.webhooks.livechat.Group;
import dev.switchboard.webhooks.livechat.LiveChatSamples;
import dev.switchboard.webhooks.livechat.LiveChatWebhook;
import dev.switchboard.webhooks.livechat.LiveChatWebhooks;
import dev.switchboard.webhooks.livechat.PropertiesUpdate;
import dev.switchboard.webhooks.livechat.Tag;
import dev.switchboard.webhooks.livechat.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every LiveChat model through the round-trip harness: this module's delivery fixtures always, LiveChat's own webhook
 * examples and data-structure samples too when {@code ../shared/specs} is present. Deliveries are decoded without
 * verification and written back with their secret; every other model with {@code Json.write}. Intercom deliveries
 * go through the harness too, and so does each one's item on its own, as its model (a view of this module such as
 * {@code ContactTag}, or of sdk-conversations and sdk-tickets). A model no example reaches fails the test.
 */
class ModelsRoundTripTest {
    /** Mutants of each fixture: the fixtures are the complete documents, so they get the most. */
    private static final int FIXTURE_MUTANTS = 60;
    /** The large incoming_chat fixture reaches most models, so it gets more. */
    private static final int RICH_FIXTURE_MUTANTS = 250;
    private static final int SAMPLE_MUTANTS = 20;
    /** An Intercom item on its own, as its model: its delivery was mutated already, so fewer. */
    private static final int ITEM_MUTANTS = 30;

    /** Data-structure sample file to the model it holds (lists of them, too). */
    private static final Map<String, Class<? extends JsonModel>> STRUCTURES = Map.ofEntries(
            Map.entry("configuration.getAgent.json", AgentAccount.class),
            Map.entry("configuration.getBot.json", Bot.class),
            Map.entry("configuration.getGroup.json", Group.class),
            Map.entry("configuration.listTags.json", Tag.class),
            Map.entry("other-structures.access.json", ChatAccessUpdated.Payload.class),
            Map.entry("other-structures.cart.json", Customer.Cart.class),
            Map.entry("other-structures.cartItem.json", Customer.CartItem.class),
            Map.entry("other-structures.chat.json", Chat.class),
            Map.entry("other-structures.chatSummary.json", Chat.class),
            Map.entry("other-structures.filledFormFields.json", FilledFormEvent.class),
            Map.entry("other-structures.formFields.json", FormEvent.class),
            Map.entry("other-structures.properties.json", PropertiesUpdate.class),
            Map.entry("other-structures.thread.json", ChatThread.class));

    private static Object decode(String delivery) {
        return LiveChatWebhooks.decodeWithoutVerification(delivery.getBytes(StandardCharsets.UTF_8));
    }

    private static String writeWithSecret(Object webhook) {
        return Json.write(((LiveChatWebhook) webhook).rawJsonWithSecret());
    }

    private static JsonObject object(String json) {
        return Json.object(json.getBytes(StandardCharsets.UTF_8), "example");
    }

    private static JsonArray array(Path file) throws IOException {
        try (JsonParser p = Json.parser(Files.newInputStream(file))) {
            p.nextToken();
            return (JsonArray) Json.readValue(p);
        }
    }

    private static void delivery(ModelHarness h, String name, String json, int mutants) {
        h.check(name, json, ModelsRoundTripTest::decode, ModelsRoundTripTest::writeWithSecret, mutants);
    }

    @Test
    void everyModelRoundTripsWithMutatedData() {
        ModelHarness h = new ModelHarness();
        TestFiles.resources("livechat").forEach(resource -> delivery(h, resource,
                new String(TestFiles.resource(resource), StandardCharsets.UTF_8),
                resource.endsWith("/incoming_chat.json") ? RICH_FIXTURE_MUTANTS : FIXTURE_MUTANTS));
        for (Path example : LiveChatSamples.examples()) {
            delivery(h, "shared " + LiveChatSamples.examplesDir().get().relativize(example), LiveChatSamples.prepare(example),
                    SAMPLE_MUTANTS);
        }
        LiveChatSamples.dataStructuresDir().ifPresent(dir -> structures(h, dir));
        TestFiles.resources("intercom").forEach(resource -> h.check(resource,
                new String(TestFiles.resource(resource), StandardCharsets.UTF_8),
                json -> IntercomWebhooks.decodeWithoutVerification(
                        json.getBytes(StandardCharsets.UTF_8)), Json::write, FIXTURE_MUTANTS, List.of("$.topic", "$.data.item")));
        TestFiles.resources("intercom").forEach(resource -> {
            IntercomItem item = IntercomWebhooks.decodeWithoutVerification(TestFiles.resource(resource)).item();
            if (item.model() instanceof JsonModel view) {
                h.check(resource + " item as " + view.getClass().getSimpleName(), Json.write(item.raw()),
                        json -> Json.decode(json.getBytes(StandardCharsets.UTF_8), view.getClass(), "item"), Json::write,
                        ITEM_MUTANTS);
            }
        });
        h.assertNoFailures();
        h.assertCovered(ModelScan.models(LiveChatWebhooks.class));
        assertTrue(h.documents() > 2000, "too few mutants checked: " + h.documents());
    }

    private static void structures(ModelHarness h, Path dir) {
        try (var files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String json = Files.readString(file, StandardCharsets.UTF_8);
                Optional<Function<String, Object>> family = name.startsWith("events.")
                        ? Optional.of(s -> Event.of(object(s)))
                        : name.startsWith("users.") ? Optional.of(s -> User.of(object(s))) : Optional.empty();
                if (family.isPresent()) {
                    h.check("shared " + name, json, family.get(), Json::write, SAMPLE_MUTANTS);
                    continue;
                }
                Class<? extends JsonModel> type = STRUCTURES.get(name);
                if (type == null) {
                    throw new AssertionError("no model is known for the data-structure sample " + name);
                }
                if (json.strip().startsWith("[")) {
                    for (Object element : array(file)) {
                        h.check(type, Json.write(element), SAMPLE_MUTANTS);
                    }
                } else {
                    h.check(type, json, SAMPLE_MUTANTS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
