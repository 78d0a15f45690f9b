package dev.switchboard.notifications.aloochat;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of counts by open key ({@code by_type}, {@code by_priority} of {@link NotificationStats}). It is a
 * model itself, created through {@code object(...)}, so a count of the wrong type throws a
 * {@link dev.switchboard.core.DecodeException} with its full path ({@code $.by_type.system}).
 */
final class Counts extends JsonModel {

    Counts(JsonObject json) {
        super(json);
    }

    /**
     * @param key a key
     * @return its count, or {@code null} when absent or null
     * @throws dev.switchboard.core.DecodeException if the count is not a 64-bit integer
     */
    Long count(String key) {
        return longNumber(key);
    }

    /**
     * Reads every count at once, so that the map is a plain value and a mistyped count is reported by the accessor
     * that returns it (and by {@code validate()}), not later by whoever iterates.
     *
     * @return the counts, read-only, in the order received ({@code null} values for JSON nulls)
     * @throws dev.switchboard.core.DecodeException if a count is not a 64-bit integer
     */
    Map<String, Long> all() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String key : json().keySet()) {
            out.put(key, longNumber(key));
        }
        return Collections.unmodifiableMap(out);
    }
}
