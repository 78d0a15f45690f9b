package dev.switchboard.webhooks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unmodifiable copies for model components that keep {@code null} elements and values, and keep a {@code null}
 * collection {@code null}, so a field the sender left out stays out when the model is written back.
 */
public final class Copies {
    private Copies() {
    }

    /**
     * @param list a list or {@code null}
     * @param <T> element type
     * @return an unmodifiable copy, or {@code null}
     */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * @param map a map or {@code null}
     * @param <K> key type
     * @param <V> value type
     * @return an unmodifiable copy in the same order, or {@code null}
     */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
