package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable JSON object exactly as it was received: its keys in their order, and every value with its JSON type
 * and, for numbers, its exact text. It is a read-only {@link Map}: values are {@link String}, {@link Boolean},
 * {@code null} (for JSON {@code null}; {@link #containsKey} tells it from an absent key), {@link Integer} or
 * {@link Long} for integers that fit, {@link java.math.BigInteger} for larger ones, {@link java.math.BigDecimal} for
 * decimals, and nested {@code JsonObject}s and {@link JsonArray}s.
 *
 * <p>Written with any Jackson {@code ObjectMapper} (it is {@link JsonSerializable}), with {@link Json#write}, or by
 * {@link #toString()}, it gives back the JSON it was read from: a decimal such as {@code 601.50} or {@code 1e2}
 * keeps its text, an integer of any size its digits. A key repeated in the input keeps its first position and its
 * last value. Thread-safe.
 *
 * <pre>{@code
 * JsonObject o = Json.object("{\"id\":\"7\",\"score\":601.50,\"tags\":null}".getBytes(UTF_8), "example");
 * o.get("score");            // BigDecimal 601.50
 * o.containsKey("tags");     // true: sent as null
 * Json.write(o);             // {"id":"7","score":601.50,"tags":null}
 * }</pre>
 */
@JsonDeserialize(using = JsonObjectDeserializer.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = JsonTreeSerializer.class)
public final class JsonObject extends AbstractMap<String, Object> implements JsonSerializable {
    /** The empty object. */
    public static final JsonObject EMPTY = new JsonObject(new String[0], new Object[0], 0);
    /**
     * Objects with more keys than this are searched through a hash index, built on first use. Below it a scan is
     * cheaper: keys read by Jackson are interned, so most comparisons are by identity, and a model reads a record's
     * fields a few times at most, which would not repay building a table per record.
     */
    private static final int LINEAR_SEARCH = 64;

    private final String[] keys;
    private final Object[] values;
    private final int size;
    private volatile Map<String, Integer> index;

    /** Takes ownership of the arrays; {@code keys[0..size)} are distinct. */
    JsonObject(String[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /**
     * @param keysAndValues key, value, key, value, ...: keys are strings, values strings, numbers, booleans,
     *     {@code null}, maps, lists, trees or models
     * @return the object, in the order given; a repeated key keeps its last value
     * @throws IllegalArgumentException if the count is odd, a key is not a string or a value is not JSON
     */
    public static JsonObject of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Builder b = builder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("key " + i / 2 + " is not a string");
            }
            b.put(key, keysAndValues[i + 1]);
        }
        return b.build();
    }

    /**
     * @param map a map with string keys and JSON values (see {@link #of})
     * @return the map as a JSON object, in its iteration order
     * @throws IllegalArgumentException if a key is not a string or a value is not JSON
     */
    public static JsonObject copyOf(Map<?, ?> map) {
        if (map instanceof JsonObject o) {
            return o;
        }
        Builder b = builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a JSON object's keys are strings, not " + e.getKey());
            }
            b.put(key, e.getValue());
        }
        return b.build();
    }

    /** @return a builder of a new object */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this object's keys and values, for a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (int i = 0; i < size; i++) {
            b.putRaw(keys[i], values[i]);
        }
        return b;
    }

    /**
     * @param key a key
     * @param value its new value: a string, number, boolean, {@code null}, map, list, tree or model
     * @return a copy with the key set (in its old place, or last when new); every other value kept exactly
     * @throws IllegalArgumentException if the value is not JSON
     */
    public JsonObject with(String key, Object value) {
        int i = indexOf(java.util.Objects.requireNonNull(key, "key"));
        if (i < 0) {
            return toBuilder().put(key, value).build();
        }
        // A key already present keeps its place: only the values are copied, the key array is shared (never changed).
        Object[] copy = java.util.Arrays.copyOf(values, size);
        copy[i] = JsonTrees.of(value);
        return new JsonObject(keys, copy, size);
    }

    /**
     * @param key a key
     * @return a copy without the key; every other value kept exactly
     */
    public JsonObject without(String key) {
        int i = indexOf(java.util.Objects.requireNonNull(key, "key"));
        if (i < 0) {
            return this;
        }
        if (size == 1) {
            return EMPTY;
        }
        // Two array copies around the removed slot: no map is built for a copy that only drops a key.
        String[] k = new String[size - 1];
        Object[] v = new Object[size - 1];
        System.arraycopy(keys, 0, k, 0, i);
        System.arraycopy(values, 0, v, 0, i);
        System.arraycopy(keys, i + 1, k, i, size - i - 1);
        System.arraycopy(values, i + 1, v, i, size - i - 1);
        return new JsonObject(k, v, size - 1);
    }

    String keyAt(int i) {
        return keys[i];
    }

    /** @return the value at position {@code i} as stored ({@link RawNumber} not converted) */
    Object rawAt(int i) {
        return values[i];
    }

    /**
     * @param key a key
     * @return its position, or -1 when absent
     */
    int indexOf(Object key) {
        if (size > LINEAR_SEARCH) {
            Map<String, Integer> ix = index;
            if (ix == null) {
                ix = new HashMap<>(size * 2);
                for (int i = 0; i < size; i++) {
                    ix.put(keys[i], i);
                }
                index = ix;
            }
            Integer at = ix.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        if (key instanceof String) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * @param key a key
     * @return the value as stored, or {@link #ABSENT} when the key is absent
     */
    Object raw(String key) {
        int i = indexOf(key);
        return i < 0 ? ABSENT : values[i];
    }

    /** Marks an absent key in {@link #raw(String)}. */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "absent";
        }
    };

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    /**
     * @param key a key
     * @return its value (see the class comment for the types), or {@code null} when absent or JSON {@code null}
     * @throws dev.switchboard.core.DecodeException if the value is a number with an exponent beyond 32 bits
     */
    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : JsonTrees.exposed(values[i]);
    }

    /**
     * @param key a key
     * @return whether the key is present with JSON {@code null}
     */
    public boolean isNull(String key) {
        int i = indexOf(key);
        return i >= 0 && values[i] == null;
    }

    /**
     * @param key a key
     * @return the value when it is an object, else {@code null}
     */
    public JsonObject getObject(String key) {
        return raw(key) instanceof JsonObject o ? o : null;
    }

    /**
     * @param key a key
     * @return the value when it is an array, else {@code null}
     */
    public JsonArray getArray(String key) {
        return raw(key) instanceof JsonArray a ? a : null;
    }

    /**
     * @param key a key
     * @return the value when it is a string, else {@code null}
     */
    public String getString(String key) {
        return raw(key) instanceof String s ? s : null;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = i++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[at], JsonTrees.exposed(values[at]));
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof JsonObject other) {
            if (other.size != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                int j = other.indexOf(keys[i]);
                if (j < 0 || !Objects.equals(values[i], other.values[j])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += keys[i].hashCode() ^ Objects.hashCode(values[i] instanceof RawNumber r ? r.value() : values[i]);
        }
        return h;
    }

    /** @return the object as compact JSON, exactly as it was read */
    @Override
    public String toString() {
        return Json.write(this);
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        JsonTrees.write(gen, this);
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(this, com.fasterxml.jackson.core.JsonToken.START_OBJECT));
        for (int i = 0; i < size; i++) {
            gen.writeFieldName(keys[i]);
            JsonTrees.write(gen, values[i]);
        }
        typeSer.writeTypeSuffix(gen, id);
    }

    /** Builds a {@link JsonObject}; keys keep their first position, the last value put wins. Not thread-safe. */
    public static final class Builder {
        private final LinkedHashMap<String, Object> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param key the key
         * @param value a string, number, boolean, {@code null}, map, list, tree or model
         * @return this builder
         * @throws IllegalArgumentException if the value is not JSON
         */
        public Builder put(String key, Object value) {
            fields.put(Objects.requireNonNull(key, "key"), JsonTrees.of(value));
            return this;
        }

        /**
         * Reads the value at the parser's current token (one pass, numbers kept as sent) and puts it.
         *
         * @param key the key
         * @param p a parser positioned on the first token of a value
         * @return this builder
         * @throws java.io.IOException if the input is not JSON or exceeds a limit
         */
        public Builder read(String key, com.fasterxml.jackson.core.JsonParser p) throws java.io.IOException {
            fields.put(Objects.requireNonNull(key, "key"), JsonTrees.read(p, Json.MAX_NESTING_DEPTH));
            return this;
        }

        Builder putRaw(String key, Object value) {
            fields.put(key, value);
            return this;
        }

        /**
         * @param key a key to leave out
         * @return this builder
         */
        public Builder remove(String key) {
            fields.remove(key);
            return this;
        }

        /** @return the object */
        public JsonObject build() {
            int n = fields.size();
            if (n == 0) {
                return EMPTY;
            }
            String[] k = new String[n];
            Object[] v = new Object[n];
            int i = 0;
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                k[i] = e.getKey();
                v[i] = e.getValue();
                i++;
            }
            return new JsonObject(k, v, n);
        }
    }
}
