package dev.switchboard.notifications.suger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an {@link Instant} the way Suger's Go server writes a {@code time.Time}: RFC 3339 in UTC with the fraction
 * of a second trimmed of trailing zeros and left out when zero ({@code 2024-07-29T15:51:28.071Z},
 * {@code 2024-07-29T15:51:28Z}, and Go's zero time {@code 0001-01-01T00:00:00Z}). A timestamp the server sent in UTC
 * is therefore written back character for character; one sent with another offset keeps its instant but is written
 * in UTC.
 */
final class SugerTimeSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    SugerTimeSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(format(value));
    }

    /**
     * @param instant any instant between years 0 and 9999
     * @return it in Go's {@code time.RFC3339Nano} layout, in UTC
     */
    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(35);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        int nanos = instant.getNano();
        if (nanos != 0) {
            StringBuilder fraction = new StringBuilder(9);
            pad(fraction, nanos, 9);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(fraction, 0, end);
        }
        return sb.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        if (value < 0) {
            sb.append('-');
        }
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
