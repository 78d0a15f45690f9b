package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.switchboard.core.DecodeException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The base of every response model: a typed view over the JSON object it was decoded from. Nothing is copied into
 * fields, so nothing can be lost: {@link #json()} is that object, and writing the model (with {@link Json#write},
 * any Jackson {@code ObjectMapper}, or the CLI) writes it back exactly — every key present when it was present,
 * {@code null} as {@code null}, numbers with their text, timestamps as sent, unknown fields at every depth, in order.
 *
 * <p>Accessors decode on demand. A field the server left out or sent as {@code null} reads as {@code null} (or an
 * empty list where the model says so); {@code json().containsKey(name)} tells the two apart. A field of an
 * unexpected JSON type never fails the record: only its own accessor throws a {@link DecodeException} naming the
 * JSON path, the expected and the actual type, and the value is still written back as it came. {@link #validate()}
 * checks every accessor up front, for callers who want strictness.
 *
 * <p>A subclass declares a public constructor taking the {@link JsonObject}, and one accessor per field built on
 * the protected readers:
 *
 * <pre>{@code
 * public final class Ticket extends JsonModel {
 *     public Ticket(JsonObject json) { super(json); }
 *     public String id() { return id("id"); }
 *     public Instant createdAt() { return instant("created_at"); }
 *     public TicketState ticketState() { return object("ticket_state", TicketState::new); }
 * }
 * }</pre>
 *
 * <p>Models are immutable and thread-safe; two models are equal when they are of the same class and their JSON is
 * equal. Adding a field to a model adds an accessor and changes no signature.
 */
@JsonDeserialize(using = JsonModelDeserializer.class)
public abstract class JsonModel implements JsonSerializable {
    private final JsonObject json;
    /** Where this view sits in the document it came from, for error paths: set once, before the view escapes. */
    private JsonModel parent;
    private String key;
    private int index = -1;

    /**
     * @param json the JSON object this model views
     * @throws NullPointerException if {@code json} is null
     */
    protected JsonModel(JsonObject json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** @return the JSON object this model was decoded from, exactly as received; read-only */
    public final JsonObject json() {
        return json;
    }

    /**
     * Reads every accessor of this model and of the models it contains, and reports every field whose JSON type is
     * not the one the model declares.
     *
     * @return this model
     * @throws DecodeException naming every such field's path, expected and actual type
     */
    public final JsonModel validate() {
        Validation.check(this);
        return this;
    }

    // ---------------------------------------------------------------------------------------------------- place

    /**
     * Records where a nested view sits, for the paths of its errors.
     *
     * @param model the new view
     * @param parent the model containing it, or {@code null} at the top of a document
     * @param key the key holding it (or holding the array holding it)
     * @param index its position in that array, or -1
     * @param <M> the view's type
     * @return the view
     */
    static <M extends JsonModel> M place(M model, JsonModel parent, String key, int index) {
        JsonModel m = model;
        if (m.key == null && m.parent == null) {
            m.parent = parent;
            m.key = key;
            m.index = index;
        }
        return model;
    }

    /** @return the JSON path of this model in its document, {@code $} at the top */
    final String path() {
        if (key == null) {
            return parent == null ? "$" : parent.path();
        }
        StringBuilder b = new StringBuilder(parent == null ? "$" : parent.path());
        b.append('.').append(key);
        if (index >= 0) {
            b.append('[').append(index).append(']');
        }
        return b.toString();
    }

    final String path(String field) {
        return path() + "." + field;
    }

    /** @return a type-mismatch failure of {@code field} */
    final DecodeException mismatch(String field, String expected, Object actual) {
        return mismatchAt(getClass().getSimpleName() + "." + field, path(field), expected, actual);
    }

    static DecodeException mismatchAt(String what, String path, String expected, Object actual) {
        return new DecodeException("could not read " + what + ": expected " + expected + ", was " + kind(actual),
                "path " + path, null);
    }

    /** @return the JSON type of a stored value, for messages */
    static String kind(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "a string";
        }
        if (v instanceof Boolean) {
            return "a boolean";
        }
        if (v instanceof JsonObject) {
            return "an object";
        }
        if (v instanceof JsonArray) {
            return "an array";
        }
        if (v instanceof RawNumber r) {
            return r.integral ? "an integer" : "a decimal number";
        }
        return "an integer";
    }

    // ---------------------------------------------------------------------------------------------------- readers

    /**
     * @param field a key
     * @return the value as stored, {@code null} for absent or JSON null
     */
    private Object present(String field) {
        Object v = json.raw(field);
        return v == JsonObject.ABSENT ? null : v;
    }

    /**
     * @param field a key
     * @return whether the object has the key (with any value, {@code null} included)
     */
    protected final boolean has(String field) {
        return json.containsKey(field);
    }

    /**
     * @param field a key
     * @return the string, or {@code null} when absent or null
     * @throws DecodeException if the value is not a string
     */
    protected final String string(String field) {
        Object v = present(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw mismatch(field, "a string", v);
    }

    /**
     * An identifier: a string, or an integer written as its digits (APIs differ, and ids outgrow {@code long}).
     *
     * @param field a key
     * @return the id, or {@code null} when absent or null
     * @throws DecodeException if the value is neither a string nor an integer
     */
    protected final String id(String field) {
        Object v = present(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Integer || v instanceof Long || (v instanceof RawNumber r && r.integral)) {
            return v.toString();
        }
        throw mismatch(field, "a string or an integer id", v);
    }

    /**
     * @param field a key
     * @return the boolean ({@code "true"} and {@code "false"} strings are read too), or {@code null}
     * @throws DecodeException if the value is not a boolean
     */
    protected final Boolean bool(String field) {
        Object v = present(field);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        if ("true".equals(v)) {
            return Boolean.TRUE;
        }
        if ("false".equals(v)) {
            return Boolean.FALSE;
        }
        throw mismatch(field, "a boolean", v);
    }

    /**
     * @param field a key
     * @return the number as a 32-bit integer (an integral decimal such as {@code 2.0}, or a string of digits, is
     *     read too), or {@code null}
     * @throws DecodeException if the value is not an integer or does not fit 32 bits
     */
    protected final Integer integer(String field) {
        Object v = present(field);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        BigInteger b = integral(field, v, "a 32-bit integer");
        if (b.bitLength() >= 32) {
            throw mismatch(field, "a 32-bit integer", v);
        }
        return b.intValue();
    }

    /**
     * @param field a key
     * @return the number as a 64-bit integer (an integral decimal or a string of digits is read too), or {@code null}
     * @throws DecodeException if the value is not an integer or does not fit 64 bits
     */
    protected final Long longNumber(String field) {
        Object v = present(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        BigInteger b = integral(field, v, "a 64-bit integer");
        if (b.bitLength() >= 64) {
            throw mismatch(field, "a 64-bit integer", v);
        }
        return b.longValue();
    }

    private BigInteger integral(String field, Object v, String expected) {
        BigDecimal d = decimalOf(field, v, expected);
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw mismatch(field, expected, v);
        }
    }

    /**
     * @param field a key
     * @return the number as a decimal, exact (a numeric string is read too), or {@code null}
     * @throws DecodeException if the value is not a number
     */
    protected final BigDecimal decimal(String field) {
        Object v = present(field);
        return v == null ? null : decimalOf(field, v, "a number");
    }

    private BigDecimal decimalOf(String field, Object v, String expected) {
        if (v instanceof Integer i) {
            return BigDecimal.valueOf(i);
        }
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof RawNumber r) {
            if (r.text.length() > Json.MAX_NUMBER_LENGTH) {
                throw mismatch(field, expected, v);
            }
            try {
                return r.decimal();
            } catch (DecodeException e) {
                throw mismatch(field, expected + " in range", v);
            }
        }
        if (v instanceof String s && s.length() <= 64) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                throw mismatch(field, expected, v);
            }
        }
        throw mismatch(field, expected, v);
    }

    /**
     * @param field a key
     * @return the number as sent ({@link Integer}, {@link Long}, {@link BigInteger} or {@link BigDecimal}), or
     *     {@code null}
     * @throws DecodeException if the value is not a number
     */
    protected final Number number(String field) {
        Object v = present(field);
        if (v == null || v instanceof Integer || v instanceof Long) {
            return (Number) v;
        }
        if (v instanceof RawNumber r) {
            try {
                return r.value();
            } catch (DecodeException e) {
                throw mismatch(field, "a number in range", v);
            }
        }
        throw mismatch(field, "a number", v);
    }

    /**
     * A point in time sent as epoch seconds (a number, possibly with a fraction, or a numeric string) or as
     * ISO-8601 text in any of its common forms (see {@link Timestamps}); an empty string reads as {@code null}.
     *
     * @param field a key
     * @return the instant, or {@code null}
     * @throws DecodeException if the value is not a timestamp, or out of {@link Instant}'s range
     */
    protected final Instant instant(String field) {
        Object v = present(field);
        if (v == null) {
            return null;
        }
        Instant i = null;
        if (v instanceof Integer n) {
            i = Timestamps.fromSeconds(n.longValue());
        } else if (v instanceof Long n) {
            i = Timestamps.fromSeconds(n);
        } else if (v instanceof RawNumber r && r.text.length() <= 64) {
            try {
                i = Timestamps.fromSeconds(r.decimal());
            } catch (DecodeException e) {
                i = null;
            }
        } else if (v instanceof String s) {
            if (s.isBlank()) {
                return null;
            }
            i = Timestamps.parse(s);
        }
        if (i == null) {
            throw mismatch(field, "epoch seconds or an ISO-8601 timestamp", v);
        }
        return i;
    }

    /**
     * @param field a key
     * @return the instant of a number of epoch milliseconds, or {@code null}
     * @throws DecodeException if the value is not an integer number of milliseconds in range
     */
    protected final Instant epochMillis(String field) {
        Long ms = longNumber(field);
        if (ms == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(ms);
        } catch (java.time.DateTimeException e) {
            throw mismatch(field, "epoch milliseconds in range", present(field));
        }
    }

    /**
     * @param field a key
     * @param of the enum's {@code of(String)}
     * @param <E> the enum type
     * @return the value as an open enum (unknown values kept), or {@code null}
     * @throws DecodeException if the value is not a string
     */
    protected final <E> E openEnum(String field, Function<String, E> of) {
        String s = string(field);
        return s == null ? null : of.apply(s);
    }

    /**
     * @param field a key
     * @param view the nested model's constructor (or a function choosing one, for a family of types)
     * @param <M> the nested model's type
     * @return the nested object as that model, or {@code null}
     * @throws DecodeException if the value is not an object
     */
    protected final <M extends JsonModel> M object(String field, Function<JsonObject, ? extends M> view) {
        Object v = present(field);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonObject o) {
            return place(view.apply(o), this, field, -1);
        }
        throw mismatch(field, "an object", v);
    }

    /**
     * @param field a key
     * @param view the elements' model constructor (or a function choosing one)
     * @param <M> the element type
     * @return a read-only view of the array, or {@code null}; an element that is not an object throws
     *     {@link DecodeException} when it is read, the others read normally
     * @throws DecodeException if the value is not an array
     */
    protected final <M extends JsonModel> List<M> list(String field, Function<JsonObject, ? extends M> view) {
        JsonArray a = rawArray(field);
        return a == null ? null : new ModelList<>(a, view, this, field);
    }

    /**
     * An array of arrays of objects (lines of chunks, say), each inner array a lazy list of models as {@link #list}
     * gives: a failure inside names its exact path ({@code $.field[1][0].text}).
     *
     * @param field a key
     * @param view the innermost elements' model constructor
     * @param <M> the element type
     * @return a read-only view, or {@code null}; an inner value sent as {@code null} reads as {@code null}, one that is
     *     not an array throws {@link DecodeException} when it is read, the others read normally
     * @throws DecodeException if the value is not an array
     */
    protected final <M extends JsonModel> List<List<M>> lists(String field, Function<JsonObject, ? extends M> view) {
        JsonArray outer = rawArray(field);
        if (outer == null) {
            return null;
        }
        return new NestedModelList<>(outer, view, this, field);
    }

    /**
     * @param field a key
     * @param view the elements' model constructor
     * @param <M> the element type
     * @return as {@link #list}, with an empty list for absent or null
     */
    protected final <M extends JsonModel> List<M> listOrEmpty(String field, Function<JsonObject, ? extends M> view) {
        List<M> l = list(field, view);
        return l == null ? List.of() : l;
    }

    /**
     * @param field a key
     * @return a read-only view of an array of strings (ids sent as integers read as their digits), or {@code null};
     *     an element of another type throws {@link DecodeException} when it is read
     * @throws DecodeException if the value is not an array
     */
    protected final List<String> strings(String field) {
        JsonArray a = rawArray(field);
        return a == null ? null : new StringList(a, this, field);
    }

    /**
     * @param field a key
     * @return a read-only view of an array of 32-bit integers (read as {@link #integer} reads one: an integral
     *     decimal or a string of digits too), or {@code null}; an element of another type, or one that does not fit
     *     32 bits, throws {@link DecodeException} naming its path when it is read
     * @throws DecodeException if the value is not an array
     */
    protected final List<Integer> integers(String field) {
        JsonArray a = rawArray(field);
        return a == null ? null : new java.util.AbstractList<>() {
            @Override
            public Integer get(int i) {
                Objects.checkIndex(i, a.size());
                Object v = a.rawAt(i);
                if (v == null || v instanceof Integer) {
                    return (Integer) v;
                }
                BigInteger b = integralOrNull(v);
                if (b == null || b.bitLength() >= 32) {
                    throw mismatchAt(JsonModel.this.getClass().getSimpleName() + "." + field + "[" + i + "]",
                            path(field) + "[" + i + "]", "a 32-bit integer", v);
                }
                return b.intValue();
            }

            @Override
            public int size() {
                return a.size();
            }
        };
    }

    /**
     * @return an integral number (or a string of one) of at most 19 digits as a {@link BigInteger}, or {@code null}
     *     for anything else; never expands an exponent such as {@code 1e999999999}
     */
    private static BigInteger integralOrNull(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        BigDecimal d;
        try {
            if (v instanceof RawNumber r && r.text.length() <= Json.MAX_NUMBER_LENGTH) {
                d = r.decimal();
            } else if (v instanceof String s && s.length() <= 64) {
                d = new BigDecimal(s.strip());
            } else {
                return null;
            }
        } catch (DecodeException | NumberFormatException e) {
            return null;
        }
        if (d.signum() == 0) {
            return BigInteger.ZERO;
        }
        if ((long) d.precision() - d.scale() > 19) {
            return null;
        }
        d = d.stripTrailingZeros();
        return d.scale() > 0 ? null : d.toBigIntegerExact();
    }

    /**
     * @param field a key
     * @param of the enum's {@code of(String)}
     * @param <E> the enum type
     * @return a read-only view of an array of open-enum values, or {@code null}
     * @throws DecodeException if the value is not an array
     */
    protected final <E> List<E> openEnums(String field, Function<String, E> of) {
        List<String> s = strings(field);
        return s == null ? null : new java.util.AbstractList<>() {
            @Override
            public E get(int i) {
                String v = s.get(i);
                return v == null ? null : of.apply(v);
            }

            @Override
            public int size() {
                return s.size();
            }
        };
    }

    /**
     * @param field a key
     * @return the object as raw JSON, or {@code null}
     * @throws DecodeException if the value is not an object
     */
    protected final JsonObject rawObject(String field) {
        Object v = present(field);
        if (v == null || v instanceof JsonObject) {
            return (JsonObject) v;
        }
        throw mismatch(field, "an object", v);
    }

    /**
     * @param field a key
     * @return the array as raw JSON, or {@code null}
     * @throws DecodeException if the value is not an array
     */
    protected final JsonArray rawArray(String field) {
        Object v = present(field);
        if (v == null || v instanceof JsonArray) {
            return (JsonArray) v;
        }
        throw mismatch(field, "an array", v);
    }

    /**
     * @param field a key
     * @return the value of any JSON type as {@link JsonObject#get} gives it, or {@code null}
     */
    protected final Object raw(String field) {
        return json.get(field);
    }

    // ---------------------------------------------------------------------------------------------------- Object

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((JsonModel) o).json.equals(json);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + json.hashCode();
    }

    /** @return the class's simple name and the JSON */
    @Override
    public String toString() {
        return getClass().getSimpleName() + json;
    }

    /** Writes {@link #json()}. */
    @Override
    public final void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        JsonTrees.write(gen, json);
    }

    /** Writes {@link #json()}; models carry no type ids. */
    @Override
    public final void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        serialize(gen, serializers);
    }
}
