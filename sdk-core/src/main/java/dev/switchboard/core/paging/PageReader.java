package dev.switchboard.core.paging;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.switchboard.core.http.Headers;
import dev.switchboard.core.http.ResponseDecoder;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one page from the response stream: records are decoded one at a time as the parser reaches them (no tree
 * or string of the whole body is built), everything else is kept as a small {@link JsonObject} for the page style to
 * read (numbers as sent: a number no decimal can hold fails only whoever reads it).
 */
final class PageReader<T> implements ResponseDecoder<PageReader.RawPage<T>> {

    /** A decoded page before the next cursor is worked out. */
    record RawPage<T>(List<T> items, JsonObject meta) {
    }

    private final ObjectReader itemReader;
    /** For models viewed over their JSON: the model class, read without data binding; else {@code null}. */
    private final Class<T> treeType;
    private final String[] path;
    private final String target;

    @SuppressWarnings("unchecked")
    PageReader(ObjectReader itemReader, String itemsPointer) {
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
        List<T> items = new ArrayList<>();
        JsonObject.Builder meta = JsonObject.builder();
        try (JsonParser p = Json.parser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw MismatchedInputException.from(p, RawPage.class, "the page body is empty");
            }
            if (path.length == 0) {
                readItems(p, items);
            } else if (first == JsonToken.START_OBJECT) {
                readObject(p, 0, meta, items);
            } else {
                throw MismatchedInputException.from(p, RawPage.class, "a page must be a JSON object");
            }
            if (p.nextToken() != null) {
                throw MismatchedInputException.from(p, RawPage.class, "unexpected content after the page");
            }
        }
        return new RawPage<>(items, meta.build());
    }

    private void readObject(JsonParser p, int depth, JsonObject.Builder meta, List<T> items) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean onPath = depth < path.length && name.equals(path[depth]);
            if (onPath && depth == path.length - 1) {
                if (value == JsonToken.START_ARRAY) {
                    readItems(p, items);
                } else if (value != JsonToken.VALUE_NULL) {
                    throw MismatchedInputException.from(p, List.class, "the records at /" + String.join("/", path) + " are not an array");
                }
            } else if (onPath && value == JsonToken.START_OBJECT) {
                JsonObject.Builder inner = JsonObject.builder();
                readObject(p, depth + 1, inner, items);
                meta.put(name, inner.build());
            } else {
                meta.read(name, p);
            }
        }
    }

    private void readItems(JsonParser p, List<T> items) throws IOException {
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
            } else {
                item = itemReader.readValue(p);
            }
            if (item == null) {
                throw MismatchedInputException.from(p, List.class, "record " + items.size() + " of the page is null");
            }
            items.add(item);
        }
    }
}
