package dev.switchboard.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.spi.DecodeFailures;
import dev.switchboard.core.spi.EpochSecondsSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The SDK's single JSON configuration. The mapper itself is private and never mutated after construction; callers
 * get immutable {@link ObjectReader}s and {@link ObjectWriter}s.
 *
 * <ul>
 *   <li>Unknown properties never fail decoding; models keep them (see {@code @JsonAnySetter} on records).</li>
 *   <li>Decimals are {@link java.math.BigDecimal}, so {@code 1.10} is written back as {@code 1.10}; integers keep
 *       their size ({@code Integer}, {@code Long} or {@code BigInteger}).</li>
 *   <li>{@link Instant} reads epoch seconds (integer or fractional), numeric strings and ISO-8601 (with or without
 *       offset), and writes ISO-8601; use {@link EpochSecondsSerializer} where an API wants seconds.</li>
 *   <li>{@code isX()} helper methods are not properties; annotate real properties with {@code @JsonProperty}.</li>
 *   <li>Null properties of models are left out, except {@link Patch#ofNull()}, which writes {@code null}; nulls inside
 *       free-form maps are kept. A response field that an API sometimes sends as {@code null} and sometimes leaves out
 *       can be a {@link Patch} too: reading keeps which it was.</li>
 *   <li>Hostile input is bounded: nesting depth {@value #MAX_NESTING_DEPTH}, strings of at most
 *       {@value #MAX_STRING_LENGTH} characters, numbers of at most {@value #MAX_NUMBER_LENGTH} digits, documents of
 *       at most {@value #MAX_DOCUMENT_LENGTH} bytes, and no trailing garbage after the document.</li>
 * </ul>
 */
public final class Json {
    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 20_000_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** Largest document accepted, in bytes. */
    public static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

    /**
     * The parser factory with the SDK's limits. Reading responses into models needs nothing else, so a program that
     * only decodes models never builds the data-binding mapper below (a cold start pays for it otherwise).
     */
    private static final JsonFactory FACTORY = factory();

    /** The data-binding side, built on first use. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = build();
        static final ObjectWriter WRITER = MAPPER.writer();
        /** For many values on one generator: the caller decides when to flush. */
        static final ObjectWriter STREAM_WRITER = WRITER.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }
    /** Parser factories with a lower nesting limit than {@link #MAX_NESTING_DEPTH}, by that limit (few exist). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, JsonFactory> SHALLOWER =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Json() {
    }

    private static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
    }

    private static ObjectMapper build() {
        // A copy: the mapper sets itself as its factory's codec, and FACTORY's parsers stay the same whether or not
        // the mapper was built.
        JsonFactory factory = FACTORY.copy();
        SimpleModule conventions = new SimpleModule("switchboard-conventions");
        conventions.addDeserializer(Instant.class, new LenientInstantDeserializer());
        conventions.addSerializer(new PatchSerializer());
        conventions.addDeserializer(Patch.class, new PatchDeserializer());
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(conventions)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                // Characters outside the BMP are written as they came (UTF-8), not as escaped surrogate pairs.
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                // Helper methods such as isFinished() or isSysEvent() on records are not JSON properties.
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
                .build();
        mapper.configOverride(Patch.class)
                .setIncludeAsProperty(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }

    /**
     * @param type the target type
     * @return an immutable reader for it
     */
    public static ObjectReader reader(Class<?> type) {
        return Mapper.MAPPER.readerFor(type);
    }

    /**
     * @param type the target type
     * @return an immutable reader for it
     */
    public static ObjectReader reader(JavaType type) {
        return Mapper.MAPPER.readerFor(type);
    }

    /**
     * @param type the target type
     * @return an immutable reader for it
     */
    public static ObjectReader reader(TypeReference<?> type) {
        return Mapper.MAPPER.readerFor(type);
    }

    /** @return an immutable writer with the SDK's conventions */
    public static ObjectWriter writer() {
        return Mapper.WRITER;
    }

    /** @return the type factory, for building generic {@link JavaType}s */
    public static TypeFactory types() {
        return Mapper.MAPPER.getTypeFactory();
    }

    /**
     * Opens a streaming parser with the SDK's limits, for reading large documents item by item. It has no codec:
     * read values from it with {@link #readValue(JsonParser)}, {@link #valueReader()} or
     * {@code Json.reader(type).readValue(parser)}.
     *
     * @param in the document
     * @return a parser; the caller closes it
     * @throws IOException if the stream cannot be read
     */
    public static JsonParser parser(InputStream in) throws IOException {
        return FACTORY.createParser(in);
    }

    /**
     * Opens a generator with the SDK's conventions, for writing many values to one stream (an export): UTF-8, no
     * separator between values (the caller writes its own); flushing or closing it hands its buffer to the stream but
     * neither flushes nor closes the stream, which stays the caller's.
     *
     * @param out the stream
     * @return a generator; flush it when done
     * @throws IOException if the stream cannot be written
     */
    public static com.fasterxml.jackson.core.JsonGenerator generator(java.io.OutputStream out) throws IOException {
        com.fasterxml.jackson.core.JsonGenerator g = Mapper.MAPPER.createGenerator(out);
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        g.setRootValueSeparator(null);
        return g;
    }

    /**
     * Writes one value to a generator opened by {@link #generator}, with the SDK's conventions.
     *
     * @param gen the generator
     * @param value a model, map, list or tree
     * @throws IOException if writing fails
     */
    public static void write(com.fasterxml.jackson.core.JsonGenerator gen, Object value) throws IOException {
        Mapper.STREAM_WRITER.writeValue(gen, value);
    }

    /**
     * @param json a document
     * @param type what it holds
     * @param <T> the type
     * @param what a few words naming the document for the error message, for example "webhook body"
     * @return the decoded value
     * @throws DecodeException if the document is malformed, too large or too deep, or not of that shape
     */
    public static <T> T decode(byte[] json, Class<T> type, String what) {
        if (isTree(type)) {
            return view(object(json, what, MAX_NESTING_DEPTH, type), type);
        }
        try {
            return Mapper.MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw DecodeFailures.of(what, type.getSimpleName(), e);
        } catch (NumberFormatException | ArithmeticException e) {
            throw DecodeFailures.numberOutOfRange(what, type.getSimpleName());
        }
    }

    /**
     * @param json a document
     * @param what a few words naming the document for the error message
     * @return the tree
     * @throws DecodeException if the document is malformed, too large or too deep
     */
    public static JsonNode tree(byte[] json, String what) {
        try {
            JsonNode node = Mapper.MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new DecodeException(what + " is empty", "", null);
            }
            return node;
        } catch (IOException e) {
            throw DecodeFailures.of(what, "JSON", e);
        } catch (NumberFormatException | ArithmeticException e) {
            throw DecodeFailures.numberOutOfRange(what, "JSON");
        }
    }

    /**
     * @param type a class
     * @return whether values of it are read as {@link JsonObject}s and viewed: {@link JsonModel}s, {@code JsonObject}
     *     itself
     */
    public static boolean isTree(Class<?> type) {
        return JsonModel.class.isAssignableFrom(type) || type == JsonObject.class;
    }

    /**
     * @param json a JSON object
     * @param type a {@link JsonModel} class (with a public constructor taking a {@code JsonObject}) or
     *     {@code JsonObject}
     * @param <T> the type
     * @return the object viewed as that model
     * @throws IllegalArgumentException if {@code type} is not such a class
     */
    @SuppressWarnings("unchecked")
    public static <T> T view(JsonObject json, Class<T> type) {
        if (type == JsonObject.class || type == Object.class) {
            return (T) json;
        }
        if (!JsonModel.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a JsonModel");
        }
        return ModelTypes.view(type).apply(json);
    }

    /**
     * Reads one JSON value from a parser positioned on its first token, into the SDK's immutable trees: a
     * {@link JsonObject}, a {@link JsonArray}, or a leaf ({@code String}, {@code Boolean}, {@code null},
     * {@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal}). One pass; numbers keep their text.
     *
     * @param p the parser
     * @return the value
     * @throws IOException if the input is not JSON or exceeds a limit
     */
    public static Object readValue(JsonParser p) throws IOException {
        return JsonTrees.exposed(JsonTrees.read(p, MAX_NESTING_DEPTH));
    }

    /**
     * @return a reader of many values in a row, for example the records of a page: like {@link #readValue} but with
     *     scratch space shared between the values, so each object is allocated once at its exact size. Not
     *     thread-safe; use one per stream.
     */
    public static ValueReader valueReader() {
        return new ValueReader();
    }

    /** Reads JSON values one after another with shared scratch space; see {@link Json#valueReader()}. */
    public static final class ValueReader {
        private final JsonTrees.Reader reader = new JsonTrees.Reader(MAX_NESTING_DEPTH);

        private ValueReader() {
        }

        /**
         * @param p a parser positioned on the first token of a value
         * @return the value, as {@link Json#readValue} gives it
         * @throws IOException if the input is not JSON or exceeds a limit
         */
        public Object read(JsonParser p) throws IOException {
            return JsonTrees.exposed(reader.read(p));
        }
    }

    /**
     * Reads a document that must be a JSON object into a {@link JsonObject}, in one pass.
     *
     * @param json the document
     * @param what a few words naming it for the error message, for example "webhook body"
     * @return the object
     * @throws DecodeException if the document is empty, malformed, too large or too deep, or not an object
     */
    public static JsonObject object(byte[] json, String what) {
        return object(json, what, MAX_NESTING_DEPTH, JsonObject.class);
    }

    /**
     * {@link #object(byte[], String)} with a tighter nesting bound, checked while reading: the first bracket that
     * opens level {@code maxNestingDepth + 1} stops it.
     *
     * @param json the document
     * @param what a few words naming it
     * @param maxNestingDepth the deepest nesting accepted, 1 to {@link #MAX_NESTING_DEPTH}
     * @return the object
     * @throws DecodeException as {@link #object(byte[], String)}; for too deep a document the message says "nested
     *     deeper than N levels" and the location is the byte offset of the bracket
     * @throws IllegalArgumentException if {@code maxNestingDepth} is out of range
     */
    public static JsonObject object(byte[] json, String what, int maxNestingDepth) {
        return object(json, what, maxNestingDepth, JsonObject.class);
    }

    private static JsonObject object(byte[] json, String what, int maxNestingDepth, Class<?> target) {
        if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth must be between 1 and " + MAX_NESTING_DEPTH);
        }
        JsonObject read = JsonBytes.object(json, maxNestingDepth);
        if (read != null) {
            return read; // the usual well-formed document; anything else is read (and refused) by Jackson below
        }
        return objectThroughJackson(json, what, maxNestingDepth, target);
    }

    /** {@link #object(byte[], String, int)} without the fast path: the reference {@link JsonBytes} is checked against. */
    static JsonObject objectThroughJackson(byte[] json, String what, int maxNestingDepth, Class<?> target) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DecodeException("could not decode " + what + " as " + target.getSimpleName() + ": it is empty", "", null);
            }
            Object v = JsonTrees.read(p, maxNestingDepth);
            if (p.nextToken() != null) {
                throw new DecodeException("could not decode " + what + " as " + target.getSimpleName()
                        + ": it has content after the JSON value", "", null);
            }
            if (!(v instanceof JsonObject o)) {
                throw new DecodeException("could not decode " + what + " as " + target.getSimpleName()
                        + ": it is not a JSON object", "", null);
            }
            return o;
        } catch (IOException e) {
            throw DecodeFailures.of(what, target.getSimpleName(), e);
        }
    }

    /**
     * Parses a document whose nesting is bounded more tightly than {@link #MAX_NESTING_DEPTH}, in one pass: the
     * parser itself stops at the first bracket that opens level {@code maxNestingDepth + 1}.
     *
     * @param json a document
     * @param what a few words naming the document for the error message
     * @param maxNestingDepth the deepest nesting of objects and arrays accepted, 1 to {@link #MAX_NESTING_DEPTH}
     * @return the tree
     * @throws DecodeException if the document is malformed, too large or nested too deep (then the message says
     *     "nested deeper than N levels" and the location is the byte offset of the offending bracket)
     * @throws IllegalArgumentException if {@code maxNestingDepth} is out of range
     */
    public static JsonNode tree(byte[] json, String what, int maxNestingDepth) {
        if (maxNestingDepth < 1 || maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth must be between 1 and " + MAX_NESTING_DEPTH);
        }
        JsonFactory factory = maxNestingDepth == MAX_NESTING_DEPTH ? FACTORY
                : SHALLOWER.computeIfAbsent(maxNestingDepth, d -> FACTORY.rebuild()
                        .streamReadConstraints(FACTORY.streamReadConstraints().rebuild().maxNestingDepth(d).build())
                        .build());
        JsonParser p = null;
        try {
            p = factory.createParser(json);
            JsonNode node = Mapper.MAPPER.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new DecodeException(what + " is empty", "", null);
            }
            return node;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            String m = e.getMessage();
            if (m != null && m.contains("nesting depth") && p != null) {
                throw new DecodeException("could not decode " + what + ": it is nested deeper than " + maxNestingDepth
                        + " levels", "byte " + p.currentTokenLocation().getByteOffset(), null);
            }
            throw DecodeFailures.of(what, "JSON", e);
        } catch (IOException e) {
            throw DecodeFailures.of(what, "JSON", e);
        } catch (NumberFormatException | ArithmeticException e) {
            throw DecodeFailures.numberOutOfRange(what, "JSON");
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // a byte array cannot fail to close
                }
            }
        }
    }

    /**
     * @param value a model, map, list or tree
     * @return it as a tree, with the SDK's conventions
     */
    public static JsonNode toTree(Object value) {
        return Mapper.MAPPER.valueToTree(value);
    }

    /**
     * @param value a model, map, list or tree
     * @param type the type to convert to
     * @param <T> the type
     * @return the converted value
     * @throws DecodeException if the value does not have the shape of {@code type}
     */
    public static <T> T convert(Object value, Class<T> type) {
        try {
            return Mapper.MAPPER.convertValue(value, type);
        } catch (DecodeException e) {
            throw e;
        } catch (IllegalArgumentException | ArithmeticException e) {
            if (e instanceof NumberFormatException || e instanceof ArithmeticException
                    || e.getCause() instanceof NumberFormatException) {
                throw DecodeFailures.numberOutOfRange("value", type.getSimpleName());
            }
            Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
            throw DecodeFailures.of("value", type.getSimpleName(), cause);
        }
    }

    /**
     * @param value a model, map, list or tree
     * @return compact JSON text
     */
    public static String write(Object value) {
        try {
            return Mapper.WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param value a model, map, list or tree
     * @return UTF-8 JSON bytes
     */
    public static byte[] writeBytes(Object value) {
        try {
            return Mapper.WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
