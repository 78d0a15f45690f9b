package dev.switchboard.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * JSON helpers for tests and fakes, backed by a private Jackson mapper that nothing outside this
 * class can reach or reconfigure.
 *
 * <pre>{@code
 * ObjectNode user = TestJson.object("id", "u1", "age", 42, "tags", List.of("a", "b"));
 * String text = TestJson.write(user);          // {"id":"u1","age":42,"tags":["a","b"]}
 * JsonNode back = TestJson.parse(text);
 * }</pre>
 */
public final class TestJson {

    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TestJson() {}

    /**
     * Parses one JSON value.
     *
     * @param json the JSON text
     * @return the parsed tree
     * @throws IllegalArgumentException if {@code json} is empty, invalid, or followed by more content
     */
    public static JsonNode parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("cannot parse null as JSON");
        }
        try {
            return present(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses one JSON value from bytes; same rules as {@link #parse(String)}. */
    static JsonNode parseBytes(byte[] json) {
        try {
            return present(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode present(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("invalid JSON: no content");
        }
        return node;
    }

    /**
     * Serializes a value as compact JSON (no whitespace).
     *
     * @param value a {@link JsonNode}, {@link Map}, {@link List}, string, number, boolean, {@code
     *     null}, or any bean Jackson can serialize
     * @return the JSON text
     * @throws IllegalArgumentException if Jackson cannot serialize the value
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Builds a JSON object from alternating keys and values.
     *
     * <p>Keys must be strings. Values may be {@code null}, {@link String}, {@link Number}, {@link
     * Boolean}, {@link JsonNode} (copied), {@link List} or {@link Map} (converted recursively, map
     * keys must be strings); anything else is converted by Jackson as a bean.
     *
     * @param keyValues {@code key1, value1, key2, value2, ...}
     * @return a new, independent object node with the entries in the order given
     * @throws IllegalArgumentException on an odd count, a non-string or repeated key, or a value
     *     that cannot be converted
     */
    public static ObjectNode object(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "object(...) needs alternating keys and values, got " + keyValues.length + " arguments");
        }
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!(keyValues[i] instanceof String)) {
                throw new IllegalArgumentException(
                        "object(...) key at position " + i + " must be a String: " + keyValues[i]);
            }
            put(node, (String) keyValues[i], keyValues[i + 1]);
        }
        return node;
    }

    /**
     * Builds a JSON array; each value is converted as in {@link #object(Object...)}.
     *
     * @param values the elements, in order
     * @return a new, independent array node
     * @throws IllegalArgumentException if a value cannot be converted
     */
    public static ArrayNode array(Object... values) {
        ArrayNode node = NODES.arrayNode();
        for (Object value : values) {
            node.add(toNode(value));
        }
        return node;
    }

    private static void put(ObjectNode node, String key, Object value) {
        if (node.has(key)) {
            throw new IllegalArgumentException("repeated key in JSON object: " + key);
        }
        node.set(key, toNode(value));
    }

    private static JsonNode toNode(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof JsonNode) {
            return ((JsonNode) value).deepCopy();
        } else if (value instanceof String || value instanceof Character) {
            return NODES.textNode(value.toString());
        } else if (value instanceof Boolean) {
            return NODES.booleanNode((Boolean) value);
        } else if (value instanceof Number) {
            return numberNode((Number) value);
        } else if (value instanceof List) {
            ArrayNode array = NODES.arrayNode();
            for (Object element : (List<?>) value) {
                array.add(toNode(element));
            }
            return array;
        } else if (value instanceof Map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw new IllegalArgumentException("JSON object keys must be Strings: " + entry.getKey());
                }
                put(object, (String) entry.getKey(), entry.getValue());
            }
            return object;
        }
        try {
            return MAPPER.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot convert to JSON: " + value, e);
        }
    }

    private static JsonNode numberNode(Number n) {
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return NODES.numberNode(n.intValue());
        } else if (n instanceof Long) {
            return NODES.numberNode(n.longValue());
        } else if (n instanceof Double) {
            return NODES.numberNode(n.doubleValue());
        } else if (n instanceof Float) {
            return NODES.numberNode(n.floatValue());
        } else if (n instanceof BigDecimal) {
            return NODES.numberNode((BigDecimal) n);
        } else if (n instanceof BigInteger) {
            return NODES.numberNode((BigInteger) n);
        }
        return MAPPER.valueToTree(n);
    }
}
