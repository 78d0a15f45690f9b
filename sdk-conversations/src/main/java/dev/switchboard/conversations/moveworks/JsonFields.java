package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object into the typed components of a record, and collects what the typed components cannot hold
 * so that writing the record back reproduces the object: fields this SDK does not model, and known fields the server
 * sent as JSON {@code null} (the SDK's JSON configuration leaves null properties out, so a typed {@code null} alone
 * could not tell "sent as null" from "not sent").
 *
 * <p>A known field of the wrong JSON type fails decoding with the field's path, instead of being guessed at.
 */
final class JsonFields {
    private final Class<?> type;
    private final JsonNode json;
    /** Keys whose value went into a typed component. */
    private final Set<String> typed = new HashSet<>();

    private JsonFields(Class<?> type, JsonNode json) {
        this.type = type;
        this.json = json;
    }

    /**
     * @param type the record being read, for error paths
     * @param json the record's JSON
     * @return a reader
     * @throws JsonMappingException if {@code json} is not an object
     */
    static JsonFields of(Class<?> type, JsonNode json) throws JsonMappingException {
        if (json == null || !json.isObject()) {
            throw JsonMappingException.from((JsonParser) null, "a " + type.getSimpleName() + " must be a JSON object, was "
                    + kind(json));
        }
        return new JsonFields(type, json);
    }

    /** @return a string field, or {@code null} when absent or null */
    String text(String key) throws JsonMappingException {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw mismatch(key, "must be a string, was " + kind(v));
        }
        typed.add(key);
        return v.textValue();
    }

    /**
     * @return a timestamp field (ISO-8601, with or without milliseconds or offset), or {@code null} when absent or
     *     null; an empty string is kept untyped, so it is written back as it came
     */
    Instant instant(String key) throws JsonMappingException {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw mismatch(key, "must be an ISO-8601 timestamp string, was " + kind(v));
        }
        if (v.textValue().isBlank()) {
            return null;
        }
        Instant parsed;
        try {
            parsed = Json.convert(v, Instant.class);
        } catch (DecodeException e) {
            throw mismatch(key, "is not an ISO-8601 timestamp");
        }
        typed.add(key);
        return parsed;
    }

    /** @return a boolean field, or {@code null} when absent or null */
    Boolean bool(String key) throws JsonMappingException {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isBoolean()) {
            throw mismatch(key, "must be a boolean, was " + kind(v));
        }
        typed.add(key);
        return v.booleanValue();
    }

    /** @return an open-enum field, or {@code null} when absent or null */
    <E> E openEnum(String key, Function<String, E> of) throws JsonMappingException {
        String raw = text(key);
        return raw == null ? null : of.apply(raw);
    }

    /** @return an object field as a map with JSON types kept (nested nulls included), or {@code null} */
    Map<String, Object> object(String key) throws JsonMappingException {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw mismatch(key, "must be a JSON object, was " + kind(v));
        }
        typed.add(key);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = Json.convert(v, Map.class);
        return map;
    }

    /** Reads one element of an array of objects. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(JsonNode element) throws JsonMappingException;
    }

    /** @return an array of objects, or {@code null} when absent or null */
    <T> List<T> objects(String key, ElementReader<T> reader) throws JsonMappingException {
        JsonNode v = value(key);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw mismatch(key, "must be a JSON array, was " + kind(v));
        }
        List<T> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            try {
                out.add(reader.read(v.get(i)));
            } catch (JsonMappingException e) {
                e.prependPath(v, i);
                e.prependPath(type, key);
                throw e;
            }
        }
        typed.add(key);
        return out;
    }

    /**
     * Call after every typed read.
     *
     * @return the fields not held by a typed component, in document order: unknown fields with their JSON types kept,
     *     and known fields that were JSON {@code null} (or an untyped empty timestamp)
     */
    Map<String, Object> extra() {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            if (!typed.contains(e.getKey())) {
                extra.put(e.getKey(), e.getValue().isNull() ? null : Json.convert(e.getValue(), Object.class));
            }
        }
        return extra;
    }

    private JsonNode value(String key) {
        JsonNode v = json.get(key);
        return v == null || v.isNull() ? null : v;
    }

    private JsonMappingException mismatch(String key, String problem) {
        JsonMappingException e = JsonMappingException.from((JsonParser) null,
                type.getSimpleName() + " field '" + key + "' " + problem);
        e.prependPath(type, key);
        return e;
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- construction side

    /**
     * Checks and freezes the {@code extra} map of a record built in code: it may hold a typed field's name only with a
     * {@code null} value while the typed component is null (the "sent as JSON null" case), so that writing the record
     * never produces a key twice.
     *
     * @param type the record, for the message
     * @param extra the caller's map, or {@code null}
     * @param typedFields alternating JSON field names and the typed components' values
     * @return an unmodifiable deep copy
     * @throws IllegalArgumentException if {@code extra} repeats a typed field
     */
    static Map<String, Object> checkedExtra(Class<?> type, Map<String, Object> extra, Object... typedFields) {
        if (extra == null || extra.isEmpty()) {
            return Map.of();
        }
        for (int i = 0; i < typedFields.length; i += 2) {
            String key = (String) typedFields[i];
            if (extra.containsKey(key) && (typedFields[i + 1] != null || extra.get(key) != null)) {
                throw new IllegalArgumentException("extra must not hold '" + key + "', a typed field of "
                        + type.getSimpleName() + " (it may hold it only as null, when the typed field is null)");
            }
        }
        return freezeMap(extra);
    }

    /**
     * @param map a JSON object as a map, or {@code null}
     * @return an unmodifiable deep copy (nulls kept), or {@code null}
     */
    static Map<String, Object> freezeMap(Map<String, Object> map) {
        if (map == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "map key"), freeze(v)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return freezeMap((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(e -> copy.add(freeze(e)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }

    // ---------------------------------------------------------------- typed views of raw details

    /**
     * @param raw a raw detail, or {@code null}
     * @param key a key
     * @return the value as text when it is a string, number or boolean (ids may come as numbers); else {@code null}
     */
    static String textOf(Map<String, Object> raw, String key) {
        Object v = raw == null ? null : raw.get(key);
        return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
    }

    /**
     * @param raw a raw detail, or {@code null}
     * @param key a key
     * @param of the open enum's factory
     * @param <E> the enum type
     * @return the value as that enum when it is a string; else {@code null}
     */
    static <E> E enumOf(Map<String, Object> raw, String key, Function<String, E> of) {
        Object v = raw == null ? null : raw.get(key);
        return v instanceof String s ? of.apply(s) : null;
    }

    /**
     * @param raw a raw detail, or {@code null}
     * @param key a key
     * @return the string elements of an array value (others skipped), or {@code null} when not an array
     */
    static List<String> textsOf(Map<String, Object> raw, String key) {
        Object v = raw == null ? null : raw.get(key);
        if (!(v instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object e : list) {
            if (e instanceof String || e instanceof Number || e instanceof Boolean) {
                out.add(String.valueOf(e));
            }
        }
        return List.copyOf(out);
    }

    /** @return the raw detail, or an empty map */
    static Map<String, Object> orEmpty(Map<String, Object> raw) {
        return raw == null ? Map.of() : raw;
    }
}
