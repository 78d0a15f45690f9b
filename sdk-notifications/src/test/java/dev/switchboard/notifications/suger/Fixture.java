package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test fixtures under {@code src/test/resources}. */
final class Fixture {
    private Fixture() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixture.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** @return the fixture as compact JSON, keys in file order, numbers and strings exactly as written */
    static String compact(String name) {
        return Json.write(Json.object(bytes(name), name));
    }

    static JsonNode tree(String name) {
        return Json.tree(bytes(name), name);
    }
}
