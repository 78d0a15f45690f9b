package dev.switchboard.conversations;

import dev.switchboard.conversations.moveworks.Conversation;
import dev.switchboard.conversations.moveworks.Interaction;
import dev.switchboard.conversations.moveworks.PluginCall;
import dev.switchboard.conversations.moveworks.PluginResource;
import dev.switchboard.conversations.moveworks.User;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.ModelScan;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every model of sdk-conversations through the round-trip harness: this module's fixtures always, Moveworks'
 * official sample pages too when {@code ../shared/specs} is present. A model no example reaches fails the test.
 */
class ModelsRoundTripTest {
    /** Records taken from each official sample page: enough to see every shape, few enough to stay fast. */
    private static final int SAMPLE_RECORDS = 25;

    private static final Map<String, Class<? extends JsonModel>> MOVEWORKS = Map.of(
            "conversations", Conversation.class,
            "interactions", Interaction.class,
            "plugin-calls", PluginCall.class,
            "plugin-resources", PluginResource.class,
            "users", User.class);

    private static JsonObject read(byte[] bytes, String what) {
        return Json.object(bytes, what);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ModelsRoundTripTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void records(ModelHarness h, Class<? extends JsonModel> type, JsonObject page, int limit, int mutants) {
        JsonArray value = page.getArray("value");
        for (int i = 0; i < Math.min(limit, value.size()); i++) {
            h.check(type, Json.write(value.get(i)), mutants);
        }
    }

    @Test
    void everyModelRoundTripsWithMutatedData() {
        ModelHarness h = new ModelHarness();
        for (String fixture : List.of("conversations-sysevents", "interactions-sysevents", "plugin-calls-sysevents",
                "plugin-resources-sysevents", "users")) {
            String entity = fixture.replace("-sysevents", "");
            records(h, MOVEWORKS.get(entity), read(resource("moveworks/" + fixture + ".json"), fixture), Integer.MAX_VALUE, 60);
        }
        for (Map.Entry<String, Class<? extends JsonModel>> e : MOVEWORKS.entrySet()) {
            Optional<Path> sample = FilesAbove.find("shared/specs/moveworks/" + e.getKey() + ".json");
            if (sample.isPresent()) {
                try {
                    records(h, e.getValue(), read(Files.readAllBytes(sample.get()), e.getKey()), SAMPLE_RECORDS, 20);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
        h.assertNoFailures();
        h.assertCovered(ModelScan.models(Conversation.class).stream()
                .filter(c -> c.getPackageName().endsWith(".moveworks")).toList());
    }
}
