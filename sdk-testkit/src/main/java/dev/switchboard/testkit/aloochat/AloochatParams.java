package dev.switchboard.testkit.aloochat;

import dev.switchboard.testkit.FakeRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** How {@link FakeAloochat} reads and checks query parameters; a bad one is a {@link BadRequest}. */
final class AloochatParams {
    static final List<String> TYPES = List.of("agent_action", "email_sent", "slack_message", "api_call",
            "tool_usage", "system");
    static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");
    static final List<String> STATUSES = List.of("unread", "read", "archived");

    private AloochatParams() {
    }

    static String oneOf(FakeRequest r, String name, List<String> valid) {
        String v = r.query(name);
        if (v != null && !valid.contains(v)) {
            throw new BadRequest("Invalid " + name + " parameter");
        }
        return v;
    }

    static Instant instant(FakeRequest r, String name) {
        String v = r.query(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("Invalid " + name + " parameter: must be an ISO 8601 date-time");
        }
    }

    static int integer(FakeRequest r, String name, int fallback, int max) {
        String v = r.query(name);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be an integer");
        }
        if (n < 0 || (name.equals("limit") && n < 1)) {
            throw new BadRequest(name + " must not be less than " + (name.equals("limit") ? 1 : 0));
        }
        if (n > max) {
            throw new BadRequest(name + " must not be greater than " + max);
        }
        return n;
    }

    /** A request the fake refuses with 400 {@code ValidationError}. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
