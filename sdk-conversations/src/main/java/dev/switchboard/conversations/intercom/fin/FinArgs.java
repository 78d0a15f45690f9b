package dev.switchboard.conversations.intercom.fin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Argument checks and wire formats shared by the Fin Agent API requests. */
final class FinArgs {
    /** The most attachments one {@code /fin/start} or {@code /fin/reply} takes ({@code maxItems: 10}). */
    static final int MAX_ATTACHMENTS = 10;
    /** The most history messages ({@code maxItems: 10}) and the documented limit of attributes per hash. */
    static final int MAX_HISTORY = 10;
    static final int MAX_ATTRIBUTES = 10;

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private FinArgs() {
    }

    static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** The spec's {@code date-time} with millisecond precision (the field is used to deduplicate messages). */
    static String timestamp(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("timestamp must be within years 0000 to 9999, was " + instant);
        }
        return MILLIS.format(instant);
    }

    /**
     * @return an unmodifiable copy keeping order, after checking the keys and that every value is a JSON scalar
     * @throws IllegalArgumentException naming {@code name} and the offending key
     */
    static Map<String, Object> attributes(Map<String, ?> attributes, String name) {
        requireNonNull(attributes, name);
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new IllegalArgumentException(name + ": at most " + MAX_ATTRIBUTES + " attributes, was " + attributes.size());
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : attributes.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException(name + ": attribute names must not be blank");
            }
            Object v = e.getValue();
            if (v != null && !(v instanceof String) && !(v instanceof Number) && !(v instanceof Boolean)) {
                throw new IllegalArgumentException(name + "." + key + " must be a string, number, boolean or null, was a "
                        + v.getClass().getSimpleName());
            }
            copy.put(key, v);
        }
        return Collections.unmodifiableMap(copy);
    }

    static <T> List<T> list(List<? extends T> items, String name, int max) {
        requireNonNull(items, name);
        if (items.size() > max) {
            throw new IllegalArgumentException(name + ": at most " + max + " per request, was " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
        }
        return List.copyOf(items);
    }
}
