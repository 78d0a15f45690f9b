package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a {@link JsonObject} with any {@code ObjectMapper}, in one pass over the parser's tokens. */
final class JsonObjectDeserializer extends StdDeserializer<JsonObject> {
    private static final long serialVersionUID = 1L;

    JsonObjectDeserializer() {
        super(JsonObject.class);
    }

    @Override
    public JsonObject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object v = JsonTrees.read(p, Json.MAX_NESTING_DEPTH);
        if (v instanceof JsonObject o) {
            return o;
        }
        return (JsonObject) ctxt.handleUnexpectedToken(JsonObject.class, p);
    }
}
