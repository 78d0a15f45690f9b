package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.OpenEnum;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;

/** Argument checks shared by the filters; every message names the argument. */
final class FilterChecks {
    private FilterChecks() {
    }

    /** A filter value: {@code null} means "not filtered"; blank is a mistake. */
    static String optionalId(String value, String name) {
        return value == null ? null : Checks.id(value, name);
    }

    static <E extends OpenEnum> E optionalEnum(E value, String name) {
        if (value != null && value.value().isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty; pass null for no filter");
        }
        return value;
    }

    static int limit(int limit) {
        if (limit < 1 || limit > TeamNotificationsClient.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + TeamNotificationsClient.MAX_LIMIT + ", was "
                    + limit);
        }
        return limit;
    }

    static void window(Instant start, Instant end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("endDate " + end + " is before startDate " + start);
        }
    }
}
