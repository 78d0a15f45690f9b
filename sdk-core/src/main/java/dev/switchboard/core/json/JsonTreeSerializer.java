package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes {@link JsonObject}s and {@link JsonArray}s exactly as they were read, with any {@code ObjectMapper}. It is
 * named on the classes themselves, because a {@code Map} or {@code List} would otherwise get Jackson's container
 * serializers, which know nothing of exact number text.
 */
final class JsonTreeSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    JsonTreeSerializer() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        JsonTrees.write(gen, value);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Object value) {
        return value instanceof JsonObject o ? o.isEmpty() : value instanceof JsonArray a && a.isEmpty();
    }
}
