package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an {@link IntercomItem} as its model (typed items) or its JSON (raw items). */
final class IntercomItemSerializer extends StdSerializer<IntercomItem> {
    private static final long serialVersionUID = 1L;

    IntercomItemSerializer() {
        super(IntercomItem.class);
    }

    @Override
    public void serialize(IntercomItem value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(value.model(), gen);
    }
}
