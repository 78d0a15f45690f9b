package dev.switchboard.notifications.suger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies the collections of response records without turning {@code null} into empty (which the server may send). */
final class Models {
    private Models() {
    }

    /** @return an unmodifiable copy that allows null elements, or {@code null} */
    static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** @return an unmodifiable copy in the same order that allows null values, or {@code null} */
    static <V> Map<String, V> map(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
