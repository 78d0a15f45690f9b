package dev.switchboard.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unknown fields of a response record: every model keeps them in a component annotated
 * {@code @JsonAnySetter @JsonAnyGetter Map<String, Object> extra} and normalises it with {@link #of(Map)} in its
 * compact constructor, so fields this SDK version does not know survive a decode/encode round trip.
 */
public final class Extras {
    private Extras() {
    }

    /**
     * @param extra the fields Jackson collected, or {@code null}
     * @return an unmodifiable copy in the same order; empty for {@code null}
     */
    public static Map<String, Object> of(Map<String, Object> extra) {
        return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
}
