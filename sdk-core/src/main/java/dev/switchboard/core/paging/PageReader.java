package dev.switchboard.core.paging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Headers;
import dev.switchboard.core.spi.ResponseDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one page from the response: its records, and everything else kept as a small {@link JsonObject} for the page
 * style to read (numbers as sent: a number no decimal can hold fails only whoever reads it).
 *
 * <p>A page of models (views over their JSON) is read whole from its bytes by sdk-core's byte parser, the records
 * being trees within the page's tree; any other page, a page beyond {@value #BUFFERED_PAGE} bytes, and any page that
 * is not well formed are streamed: records are decoded one at a time as the parser reaches them, and a malformed page
 * fails with the reason and where. Both reads give the same records and the same other fields. When the style takes
 * its cursor from the last record, the value at that pointer is read from the last record.
 */
final class PageReader<T> implements ResponseDecoder<PageReader.RawPage<T>> {

    /**
     * A decoded page before the next cursor is worked out.
     *
     * @param items the records
     * @param meta the other fields
     * @param headers the response headers
     * @param lastItemCursor the cursor text read from the last record, see {@link PageFacts#lastItemCursor()}
     */
    record RawPage<T>(List<T> items, JsonObject meta, Headers headers, String lastItemCursor) {
    }

    private final ObjectReader itemReader;
    /** For models viewed over their JSON: the model class, read without data binding; else {@code null}. */
    private final Class<T> treeType;
    private final String[] path;
    private final String target;
    /** A JSON pointer inside each record whose value is the next cursor, or {@code null}. */
    private final String lastItemPointer;
    /**
     * The largest page read whole, in bytes: its records become the same trees either way, and a page holds all its
     * records in memory anyway; a larger one (none of the APIs sends one) is streamed.
     */
    private static final int BUFFERED_PAGE = 16 * 1024 * 1024;

    /**
     * @param itemReader reads one record
     * @param itemsPointer where the records are; empty when the body is the array
     * @param lastItemPointer where the cursor is inside a record, or {@code null} when none is needed
     */
    @SuppressWarnings("unchecked")
    PageReader(ObjectReader itemReader, String itemsPointer, String lastItemPointer) {
        this.lastItemPointer = lastItemPointer;
        // Values are read from the middle of the page; the end of the document is checked once, in decode().
        this.itemReader = itemReader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        Class<?> raw = itemReader.getValueType().getRawClass();
        this.treeType = Json.isTree(raw) ? (Class<T>) raw : null;
        this.target = "a page of " + itemReader.getValueType().getRawClass().getSimpleName();
        String p = itemsPointer.startsWith("/") ? itemsPointer.substring(1) : itemsPointer;
        this.path = p.isEmpty() ? new String[0] : p.split("/");
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public RawPage<T> decode(int status, Headers headers, InputStream body) throws IOException {
        if (treeType == null || path.length == 0) {
            return stream(headers, body);
        }
        // A page of models held in memory is read in one pass over its bytes (sdk-core's byte parser, the fastest
        // path); a page too large to hold, or one the tree walk finds malformed, is streamed, which reports the error.
        long declared = contentLength(headers);
        byte[] bytes;
        if (declared >= 0 && declared <= BUFFERED_PAGE) {
            bytes = new byte[(int) declared]; // one buffer of the right size, not chunks copied together
            int n = body.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                bytes = Arrays.copyOf(bytes, n); // shorter than declared: the parse says it is truncated
            } else {
                int more = body.read();
                if (more != -1) { // longer than declared (a body decoded on the way): streamed, from its start
                    byte[] head = Arrays.copyOf(bytes, n + 1);
                    head[n] = (byte) more;
                    return stream(headers, new SequenceInputStream(new ByteArrayInputStream(head), body));
                }
            }
        } else {
            bytes = body.readNBytes(BUFFERED_PAGE + 1);
            if (bytes.length > BUFFERED_PAGE) {
                return stream(headers, new SequenceInputStream(new ByteArrayInputStream(bytes), body));
            }
        }
        RawPage<T> page = fromTree(headers, bytes);
        return page != null ? page : stream(headers, new ByteArrayInputStream(bytes));
    }

    /** @return the declared body length, or -1 when there is none or it is not a number */
    private static long contentLength(Headers headers) {
        String v = headers.first("Content-Length").orElse(null);
        if (v == null || v.isEmpty() || v.length() > 18) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** @return the page read from its tree, or {@code null} when it is not a well-formed page */
    private RawPage<T> fromTree(Headers headers, byte[] bytes) {
        JsonObject root;
        try {
            root = Json.object(bytes, target);
        } catch (DecodeException e) {
            return null;
        }
        List<T> items = new ArrayList<>();
        JsonObject meta = metaOf(root, 0, items);
        if (meta == null) {
            return null;
        }
        String last = null;
        if (lastItemPointer != null && !items.isEmpty()) {
            Object item = items.get(items.size() - 1);
            last = lastItemCursor(item instanceof JsonModel m ? m.json() : (JsonObject) item);
        }
        return new RawPage<>(items, meta, headers, last);
    }

    /**
     * What {@link #readObject} does, over a tree: the records at the path become items, every other field is kept as
     * it came.
     *
     * @return the object without the records, or {@code null} when the records are not an array of objects (the
     *     streaming read then names the problem and where it is)
     */
    private JsonObject metaOf(JsonObject o, int depth, List<T> items) {
        String name = path[depth];
        if (depth < path.length - 1) {
            JsonObject inner = o.getObject(name);
            if (inner == null) {
                return o; // absent, or not an object: kept as a field, as the streaming read keeps it
            }
            JsonObject innerMeta = metaOf(inner, depth + 1, items);
            return innerMeta == null ? null : o.with(name, innerMeta);
        }
        JsonArray records = o.getArray(name);
        if (records == null) {
            return !o.containsKey(name) || o.isNull(name) ? o.without(name) : null;
        }
        try {
            for (Object record : records) {
                if (!(record instanceof JsonObject r)) {
                    return null;
                }
                items.add(Json.view(r, treeType));
            }
        } catch (DecodeException e) {
            return null; // a number no decimal can hold where a record should be
        }
        return o.without(name);
    }

    /** Reads a page as it streams in: for any page, and the reference {@code PageReadsTest} checks the other against. */
    RawPage<T> stream(Headers headers, InputStream body) throws IOException {
        List<T> items = new ArrayList<>();
        JsonObject.Builder meta = JsonObject.builder();
        String[] last = {null};
        try (JsonParser p = Json.parser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw MismatchedInputException.from(p, RawPage.class, "the page body is empty");
            }
            if (path.length == 0) {
                readItems(p, items, last);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(p, 0, meta, items, last);
            } else {
                throw MismatchedInputException.from(p, RawPage.class, "a page must be a JSON object");
            }
            if (p.nextToken() != null) {
                throw MismatchedInputException.from(p, RawPage.class, "unexpected content after the page");
            }
        }
        return new RawPage<>(items, meta.build(), headers, last[0]);
    }

    private void readObject(JsonParser p, int depth, JsonObject.Builder meta, List<T> items, String[] last)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean onPath = depth < path.length && name.equals(path[depth]);
            if (onPath && depth == path.length - 1) {
                if (value == JsonToken.START_ARRAY) {
                    readItems(p, items, last);
                } else if (value != JsonToken.VALUE_NULL) {
                    throw MismatchedInputException.from(p, List.class, "the records at /" + String.join("/", path) + " are not an array");
                }
            } else if (onPath && value == JsonToken.START_OBJECT) {
                JsonObject.Builder inner = JsonObject.builder();
                readObject(p, depth + 1, inner, items, last);
                meta.put(name, inner.build());
            } else {
                meta.read(name, p);
            }
        }
    }

    private void readItems(JsonParser p, List<T> items, String[] last) throws IOException {
        Json.ValueReader records = treeType != null ? Json.valueReader() : null;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw MismatchedInputException.from(p, List.class, "the records are not an array");
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw MismatchedInputException.from(p, List.class, "the records array is not closed (end of input)");
            }
            T item;
            if (treeType != null) {
                Object v = records.read(p);
                if (v != null && !(v instanceof JsonObject)) {
                    throw MismatchedInputException.from(p, List.class, "record " + items.size() + " of the page is not an object");
                }
                item = v == null ? null : Json.view((JsonObject) v, treeType);
                if (v != null && lastItemPointer != null) {
                    last[0] = lastItemCursor((JsonObject) v);
                }
            } else if (lastItemPointer != null) {
                JsonNode node = itemReader.readTree(p);
                item = node == null || node.isNull() ? null : itemReader.readValue(node);
                last[0] = cursorText(node == null ? null : node.at(lastItemPointer));
            } else {
                item = itemReader.readValue(p);
            }
            if (item == null) {
                throw MismatchedInputException.from(p, List.class, "record " + items.size() + " of the page is null");
            }
            items.add(item);
        }
    }

    /** A value the record cannot give as a cursor is no cursor: the style decides what that means. */
    private String lastItemCursor(JsonObject record) {
        try {
            return Meta.cursorText(Meta.at(record, lastItemPointer));
        } catch (DecodeException e) {
            return null;
        }
    }

    /** As {@link Meta#cursorText} for a record read through data binding. */
    private static String cursorText(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText().isBlank() ? null : v.asText();
        }
        return v.isIntegralNumber() ? v.bigIntegerValue().toString() : null;
    }
}
