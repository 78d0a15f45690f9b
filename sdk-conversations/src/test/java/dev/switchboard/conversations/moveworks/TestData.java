package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads the fixtures of this module and, when present, Moveworks' sample responses from {@code shared/specs}. */
final class TestData {
    private TestData() {
    }

    /** @return the bytes of a fixture under {@code src/test/resources/moveworks/} */
    static byte[] fixture(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/moveworks/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /moveworks/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the records ({@code value}) of a fixture page, parsed with the SDK's JSON configuration */
    static List<JsonNode> fixtureRecords(String name) {
        return records(fixture(name), name);
    }

    static List<JsonNode> records(byte[] page, String what) {
        JsonNode root = Json.tree(page, what);
        List<JsonNode> out = new ArrayList<>();
        root.get("value").forEach(out::add);
        return out;
    }

    /**
     * Walks up from the working directory looking for {@code shared/specs/moveworks}, so the tests find the samples
     * whether Maven runs them from the module or from the reactor root.
     *
     * @return the directory, when this checkout has the shared specs beside it
     */
    static Optional<Path> sharedSpecs() {
        return FilesAbove.find("shared/specs/moveworks");
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
