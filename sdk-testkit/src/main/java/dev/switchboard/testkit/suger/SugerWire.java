package dev.switchboard.testkit.suger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** How {@link FakeSuger} reads parameters and writes pages, errors and times the way Suger's Go server does. */
final class SugerWire {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SugerWire() {
    }

    /** One page: {@code nextOffset} is {@code null} on the last page, {@code totalCount} only at offset 0. */
    static FakeResponse page(FakeRequest r, String field, List<ObjectNode> all) {
        int limit;
        int offset;
        try {
            limit = integer(r, "limit", FakeSuger.MAX_LIMIT);
            offset = integer(r, "offset", 0);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        if (limit < 1 || limit > FakeSuger.MAX_LIMIT) {
            return error(400, "limit must be between 1 and " + FakeSuger.MAX_LIMIT);
        }
        if (offset < 0) {
            return error(400, "offset must not be negative");
        }
        ObjectNode body = NODES.objectNode();
        int end = (int) Math.min((long) offset + limit, all.size());
        if (end < all.size()) {
            body.put("nextOffset", end);
        } else {
            body.putNull("nextOffset");
        }
        if (offset >= all.size()) {
            body.putNull(field); // Go writes an empty (nil) slice as null
        } else {
            ArrayNode items = body.putArray(field);
            all.subList(offset, end).forEach(items::add);
        }
        if (offset == 0) {
            body.put("totalCount", all.size());
        }
        return FakeResponse.json(body);
    }

    private static int integer(FakeRequest r, String name, int fallback) {
        String v = r.query(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid " + name + ": must be an integer");
        }
    }

    static LocalDate date(FakeRequest r, String name) {
        try {
            String v = r.query(name);
            if (v.length() != 10) {
                throw new DateTimeParseException("not yyyy-MM-dd", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid " + name + ": must be YYYY-MM-DD");
        }
    }

    /** Suger's error bodies are JSON strings. */
    static FakeResponse error(int status, String message) {
        return FakeResponse.json(status, TestJson.write(message));
    }

    static Instant timestamp(ObjectNode event) {
        return java.time.OffsetDateTime.parse(event.path("timestamp").asText()).toInstant();
    }

    /**
     * @param instant a time
     * @return it as Suger's Go server writes a {@code time.Time}: RFC 3339 in UTC, the fraction of a second trimmed of
     *     trailing zeros and left out when zero
     */
    static String goTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        String base = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        if (instant.getNano() == 0) {
            return base + "Z";
        }
        String fraction = String.format(Locale.ROOT, "%09d", instant.getNano()).replaceAll("0+$", "");
        return base + "." + fraction + "Z";
    }
}
