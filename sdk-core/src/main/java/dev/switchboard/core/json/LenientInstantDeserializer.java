package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads an {@link Instant} from whatever a vendor sends: epoch seconds as a JSON integer (64-bit, so 2038 and 2100
 * are fine) or decimal, a numeric string, ISO-8601 with {@code Z} or an offset, a local date-time (taken as UTC), or
 * a date (midnight UTC). An empty string reads as {@code null}. Anything else is a decoding error at that field.
 */
final class LenientInstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    /** Integer digits of the largest epoch-seconds value an Instant can hold (31556889864403199). */
    private static final int MAX_INTEGER_DIGITS = 17;
    /** Longest numeric string taken as epoch seconds (17 integer digits, a point, 9 fraction digits, a sign, slack). */
    private static final int MAX_NUMERIC_CHARS = 40;

    LenientInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            Instant i = fromSeconds(p.getDecimalValue());
            return i != null ? i : (Instant) ctxt.handleWeirdNumberValue(Instant.class, p.getNumberValue(), "epoch seconds out of range");
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            if (s.isEmpty()) {
                return null;
            }
            Instant i = parse(s);
            return i != null ? i : (Instant) ctxt.handleWeirdStringValue(Instant.class, s, "not an ISO-8601 timestamp or epoch seconds");
        }
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    static Instant parse(String s) {
        if (s.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-') && s.chars().anyMatch(Character::isDigit)
                && s.indexOf('-', 1) < 0) {
            if (s.length() > MAX_NUMERIC_CHARS) {
                return null; // no epoch-seconds value needs more; refusing early avoids quadratic BigDecimal parsing
            }
            try {
                return fromSeconds(new BigDecimal(s));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    private static Instant fromSeconds(BigDecimal seconds) {
        // Reject magnitudes outside Instant's range (about 3.2e16 s) before any rescaling, which for a value such as
        // 1e10000000 would otherwise cost seconds of CPU.
        if (seconds.signum() != 0 && seconds.precision() - seconds.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        if (seconds.scale() > MAX_NUMERIC_CHARS) {
            seconds = seconds.setScale(9, java.math.RoundingMode.FLOOR);
        }
        try {
            BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (ArithmeticException | DateTimeException e) {
            return null;
        }
    }
}
