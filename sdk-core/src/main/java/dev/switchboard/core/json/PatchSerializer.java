package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes {@link Patch}: absent properties are skipped (via {@link #isEmpty}), null as null, values as themselves. */
final class PatchSerializer extends StdSerializer<Patch<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    PatchSerializer() {
        super((Class<Patch<?>>) (Class) Patch.class);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Patch<?> value) {
        return value == null || value.isAbsent();
    }

    @Override
    public void serialize(Patch<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value.isAbsent()) {
            // Only reachable outside an object property (a map value or list element), where "absent" has no meaning.
            throw JsonMappingException.from(gen, "Patch.absent() can only be used as an object property");
        }
        if (value.isNull()) {
            gen.writeNull();
        } else {
            provider.defaultSerializeValue(value.get(), gen);
        }
    }
}
