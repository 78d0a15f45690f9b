package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a {@link JsonArray} with any {@code ObjectMapper}, in one pass over the parser's tokens. */
final class JsonArrayDeserializer extends StdDeserializer<JsonArray> {
    private static final long serialVersionUID = 1L;

    JsonArrayDeserializer() {
        super(JsonArray.class);
    }

    @Override
    public JsonArray deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object v = JsonTrees.read(p, Json.MAX_NESTING_DEPTH);
        if (v instanceof JsonArray a) {
            return a;
        }
        return (JsonArray) ctxt.handleUnexpectedToken(JsonArray.class, p);
    }
}
