package dev.switchboard.conversations.intercom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies for model components. Unlike {@link List#copyOf} and {@link Map#copyOf} they keep {@code null} elements and
 * values (a custom attribute may be {@code null}), and a {@code null} collection stays {@code null}, so a field the
 * server left out is still left out when the model is written back.
 */
final class Models {
    private Models() {
    }

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? null : Collections.unmodifiableList(new ArrayList<>(l));
    }

    static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(l));
    }

    static String requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
