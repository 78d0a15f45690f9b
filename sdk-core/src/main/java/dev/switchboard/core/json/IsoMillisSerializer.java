package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an {@link Instant} as ISO-8601 UTC with exactly three fraction digits ({@code 2025-08-01T12:00:00.000Z}), the
 * form APIs such as Moveworks use, so a decoded record is written back the way it arrived. Use with
 * {@code @JsonSerialize(using = IsoMillisSerializer.class)}.
 */
public final class IsoMillisSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Creates the serializer (Jackson instantiates it from the annotation). */
    public IsoMillisSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(FORMAT.format(value));
    }
}
