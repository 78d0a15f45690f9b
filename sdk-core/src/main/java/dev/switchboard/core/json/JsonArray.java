package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable JSON array exactly as it was received; a read-only {@link java.util.List} whose elements have the
 * types described for {@link JsonObject}. Written back as it was read. Thread-safe.
 */
@JsonDeserialize(using = JsonArrayDeserializer.class)
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = JsonTreeSerializer.class)
public final class JsonArray extends AbstractList<Object> implements RandomAccess, JsonSerializable {
    /** The empty array. */
    public static final JsonArray EMPTY = new JsonArray(new Object[0], 0);

    private final Object[] values;
    private final int size;

    /** Takes ownership of the array. */
    JsonArray(Object[] values, int size) {
        this.values = values;
        this.size = size;
    }

    /**
     * @param values strings, numbers, booleans, {@code null}s, maps, lists, trees or models
     * @return them as a JSON array
     * @throws IllegalArgumentException if a value is not JSON
     */
    public static JsonArray of(Object... values) {
        return copyOf(java.util.Arrays.asList(values));
    }

    /**
     * @param values JSON values (see {@link #of})
     * @return them as a JSON array, in iteration order
     * @throws IllegalArgumentException if a value is not JSON
     */
    public static JsonArray copyOf(Iterable<?> values) {
        if (values instanceof JsonArray a) {
            return a;
        }
        java.util.ArrayList<Object> out = new java.util.ArrayList<>();
        for (Object v : values) {
            out.add(JsonTrees.of(v));
        }
        return out.isEmpty() ? EMPTY : new JsonArray(out.toArray(), out.size());
    }

    /**
     * @param i a position
     * @param value its new element: a string, number, boolean, {@code null}, map, list, tree or model
     * @return a copy with the element replaced; every other element kept exactly
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     * @throws IllegalArgumentException if the value is not JSON
     */
    public JsonArray with(int i, Object value) {
        Objects.checkIndex(i, size);
        Object[] copy = java.util.Arrays.copyOf(values, size);
        copy[i] = JsonTrees.of(value);
        return new JsonArray(copy, size);
    }

    /**
     * @param i a position
     * @return a copy without that element; every other element kept exactly
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public JsonArray without(int i) {
        Objects.checkIndex(i, size);
        Object[] copy = new Object[size - 1];
        System.arraycopy(values, 0, copy, 0, i);
        System.arraycopy(values, i + 1, copy, i, size - i - 1);
        return copy.length == 0 ? EMPTY : new JsonArray(copy, copy.length);
    }

    /**
     * @param value an element to add at the end
     * @return a copy with it; every other element kept exactly
     * @throws IllegalArgumentException if the value is not JSON
     */
    public JsonArray plus(Object value) {
        Object[] copy = java.util.Arrays.copyOf(values, size + 1);
        copy[size] = JsonTrees.of(value);
        return new JsonArray(copy, size + 1);
    }

    /** @return the element at {@code i} as stored ({@link RawNumber} not converted) */
    Object rawAt(int i) {
        return values[i];
    }

    /**
     * @param i a position
     * @return the element (see {@link JsonObject} for the types)
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    @Override
    public Object get(int i) {
        Objects.checkIndex(i, size);
        return JsonTrees.exposed(values[i]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof JsonArray other) {
            if (other.size != size) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (!Objects.equals(values[i], other.values[i])) {
                    return false;
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** @return the array as compact JSON, exactly as it was read */
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
        WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(this, com.fasterxml.jackson.core.JsonToken.START_ARRAY));
        for (int i = 0; i < size; i++) {
            JsonTrees.write(gen, values[i]);
        }
        typeSer.writeTypeSuffix(gen, id);
    }
}
