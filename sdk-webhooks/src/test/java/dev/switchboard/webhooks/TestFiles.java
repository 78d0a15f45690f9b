package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Test fixtures of this module, the shared LiveChat samples when present, and JSON comparison. */
public final class TestFiles {
    private TestFiles() {
    }

    /**
     * @param name a path under src/test/resources, for example {@code livechat/incoming_chat.json}
     * @return its bytes
     */
    public static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param dir a directory under src/test/resources
     * @return the names of its {@code .json} files, sorted
     */
    public static Stream<String> resources(String dir) {
        try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(dir)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource directory " + dir);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(n -> n.endsWith(".json")).sorted().map(n -> dir + "/" + n).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code shared/specs}, found by walking up from the working directory, when present */
    public static Optional<Path> specs() {
        return FilesAbove.find("shared/specs");
    }

    /**
     * @param relative a path under {@code shared/specs}
     * @return it; the calling test is skipped (not failed) when {@code shared/specs} is absent
     */
    public static Path requireSpecs(String relative) {
        Optional<Path> specs = specs();
        Assumptions.assumeTrue(specs.isPresent(), "shared/specs is not present next to this checkout");
        Path p = specs.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> relative + " is not present under shared/specs");
        return p;
    }

    /**
     * Removes {@code //} comments and trailing commas from JSON with comments, leaving strings alone.
     *
     * @param jsonc the text
     * @return JSON text, if the rest is valid
     */
    public static String stripJsonc(String jsonc) {
        StringBuilder out = new StringBuilder(jsonc.length());
        boolean inString = false;
        for (int i = 0; i < jsonc.length(); i++) {
            char c = jsonc.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < jsonc.length()) {
                    out.append(jsonc.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '/' && i + 1 < jsonc.length() && jsonc.charAt(i + 1) == '/') {
                while (i < jsonc.length() && jsonc.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return removeTrailingCommas(out.toString());
    }

    private static String removeTrailingCommas(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == ',') {
                int j = i + 1;
                while (j < json.length() && Character.isWhitespace(json.charAt(j))) {
                    j++;
                }
                if (j < json.length() && (json.charAt(j) == '}' || json.charAt(j) == ']')) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Asserts that two documents are the same JSON, parsing both from text.
     *
     * @param expected the original bytes
     * @param actual what the model wrote
     */
    public static void assertSameJson(byte[] expected, JsonNode actual) {
        JsonNode want = Json.tree(expected, "expected");
        JsonNode got = Json.tree(Json.writeBytes(actual), "actual");
        assertEquals(want, got, () -> "not the same JSON\nexpected: " + want + "\nactual:   " + got);
    }

    /**
     * @param text JSON text
     * @return UTF-8 bytes
     */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
