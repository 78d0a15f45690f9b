package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A LiveChat timestamp: RFC 3339 with microseconds ({@code 2019-12-09T12:01:18.909000Z}), usually in UTC but sometimes
 * with an offset ({@code 2017-11-13T15:37:36.000000+01:00}). The text is kept exactly as sent, so a decoded delivery
 * is written back unchanged; {@link #toInstant()} and {@link #toOffsetDateTime()} read it, and are empty for text
 * that is not RFC 3339 rather than failing the whole delivery.
 */
public final class Timestamp {
    private static final int MAX_PARSED_LENGTH = 64;
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final String raw;

    private Timestamp(String raw) {
        this.raw = raw;
    }

    /**
     * @param raw the text as sent
     * @return the timestamp
     * @throws NullPointerException if {@code raw} is null
     */
    @JsonCreator
    public static Timestamp of(String raw) {
        return new Timestamp(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * @param instant a point in time
     * @return it the way LiveChat writes it: UTC with six fraction digits
     */
    public static Timestamp of(Instant instant) {
        return new Timestamp(MICROS.format(instant));
    }

    /** @return the text exactly as sent */
    @JsonValue
    public String raw() {
        return raw;
    }

    /** @return the time with its offset, or empty when the text is not RFC 3339 */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        if (raw.length() > MAX_PARSED_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(raw));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** @return the instant, or empty when the text is not RFC 3339 */
    public Optional<Instant> toInstant() {
        return toOffsetDateTime().map(OffsetDateTime::toInstant);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && t.raw.equals(raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    /** @return the text as sent */
    @Override
    public String toString() {
        return raw;
    }
}
