package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The official Intercom 2.14 OpenAPI description, for the tests that check our models against its examples. */
public final class IntercomSpec {
    private IntercomSpec() {
    }

    /** @return the parsed spec, or {@code null} when {@code shared/specs} is not beside the project */
    public static JsonNode load() {
        Path file = FilesAbove.find("shared/specs/intercom/api-2.14.yaml").orElse(null);
        try {
            return file == null ? null : new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Decodes {@code expected} into {@code model}, writes it back and compares the two as JSON text read again, so
     * numbers of the YAML tree and of the re-encoded model compare by their digits.
     *
     * @param expected a spec example
     * @param model the model it should round-trip through
     */
    public static void assertRoundTrip(JsonNode expected, Class<?> model) {
        byte[] text = Json.writeBytes(expected);
        Object decoded = Json.decode(text, model, "spec example");
        JsonNode back = Json.tree(Json.writeBytes(decoded), "re-encoded " + model.getSimpleName());
        assertEquals(Json.tree(text, "spec example"), back, () -> model.getSimpleName() + " did not re-encode losslessly");
    }

    /**
     * Assembles an example of a schema from its property examples, following {@code $ref}, unions and {@code allOf}.
     *
     * @param spec the parsed spec
     * @param schema a schema of it
     * @return the example, or {@code null} when the schema gives none
     */
    public static JsonNode example(JsonNode spec, JsonNode schema) {
        return example(spec, schema, 0);
    }

    private static JsonNode example(JsonNode spec, JsonNode schema, int depth) {
        if (depth > 12) {
            return null;
        }
        String ref = schema.path("$ref").asText("");
        if (!ref.isEmpty()) {
            JsonNode resolved = spec.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            return example(spec, resolved, depth + 1);
        }
        if (schema.has("example")) {
            // An explicit `example:` with no value is a JSON null (conversation_source.url), and kept as one.
            return schema.get("example");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (String union : List.of("oneOf", "anyOf")) {
            for (JsonNode variant : schema.path(union)) {
                JsonNode e = example(spec, variant, depth + 1);
                if (e != null) {
                    return e;
                }
            }
        }
        ObjectNode object = nodes.objectNode();
        for (JsonNode part : schema.path("allOf")) {
            JsonNode e = example(spec, part, depth + 1);
            if (e instanceof ObjectNode o) {
                object.setAll(o);
            }
        }
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode e = example(spec, p.getValue(), depth + 1);
            if (e != null) {
                object.set(p.getKey(), e);
            }
        }
        if (!object.isEmpty()) {
            return object;
        }
        if ("array".equals(schema.path("type").asText())) {
            JsonNode item = example(spec, schema.path("items"), depth + 1);
            ArrayNode array = nodes.arrayNode();
            return item == null ? array : array.add(item);
        }
        return null;
    }
}
