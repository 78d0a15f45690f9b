package dev.switchboard.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Writes an {@link Instant} as integer epoch seconds (64-bit), for APIs such as Intercom that use them. Use with
 * {@code @JsonSerialize(using = EpochSecondsSerializer.class)}; reading accepts both forms anyway.
 */
public final class EpochSecondsSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer (Jackson instantiates it from the annotation). */
    public EpochSecondsSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeNumber(value.getEpochSecond());
    }
}
