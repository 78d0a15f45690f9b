package dev.switchboard.core.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable HTTP headers: names are case-insensitive, every value of a repeated header is kept, in order.
 *
 * <p>{@link #toString()} prints header names only, never values, so headers can be logged safely.
 */
public final class Headers {
    private static final Headers EMPTY = new Headers(new String[0]);

    /** name, value, name, value, ... in the order received; names as spelled. */
    private final String[] namesAndValues;

    private Headers(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** @return headers with no entries */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * @param headers header names to their values; names differing only in case are merged
     * @return an immutable copy
     */
    public static Headers of(Map<String, ? extends List<String>> headers) {
        Builder b = builder();
        headers.forEach((name, values) -> values.forEach(v -> b.add(name, v)));
        return b.build();
    }

    /** @return a builder for headers */
    public static Builder builder() {
        return new Builder();
    }

    /** Copies OkHttp's headers with one array and no lookups. */
    static Headers of(okhttp3.Headers h) {
        int n = h.size();
        if (n == 0) {
            return EMPTY;
        }
        String[] nv = new String[n * 2];
        for (int i = 0; i < n; i++) {
            nv[2 * i] = h.name(i);
            nv[2 * i + 1] = h.value(i);
        }
        return new Headers(nv);
    }

    /**
     * @param name header name, any case
     * @return the first value, when the header is present
     */
    public Optional<String> first(String name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                return Optional.of(namesAndValues[i + 1]);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name header name, any case
     * @return every value in order; empty when absent
     */
    public List<String> all(String name) {
        List<String> out = null;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(namesAndValues[i + 1]);
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    /**
     * @param name header name, any case
     * @return whether the header is present
     */
    public boolean contains(String name) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** @return header names as the server first spelled them */
    public Set<String> names() {
        return Set.copyOf(asMap().keySet());
    }

    /** @return every header, keyed by the name as first spelled, values in order */
    public Map<String, List<String>> asMap() {
        Map<String, String> spelled = new LinkedHashMap<>();
        Map<String, List<String>> byLower = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String lower = namesAndValues[i].toLowerCase(Locale.ROOT);
            spelled.putIfAbsent(lower, namesAndValues[i]);
            byLower.computeIfAbsent(lower, k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byLower.forEach((lower, values) -> out.put(spelled.get(lower), List.copyOf(values)));
        return Collections.unmodifiableMap(out);
    }

    /** @return the number of distinct header names */
    public int size() {
        return asMap().size();
    }

    private Map<String, List<String>> byLowerName() {
        Map<String, List<String>> byLower = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            byLower.computeIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return byLower;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && (Arrays.equals(h.namesAndValues, namesAndValues) || h.byLowerName().equals(byLowerName()));
    }

    @Override
    public int hashCode() {
        return byLowerName().hashCode();
    }

    /** @return the header names only; values are left out on purpose */
    @Override
    public String toString() {
        Set<String> lower = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (lower.add(namesAndValues[i].toLowerCase(Locale.ROOT))) {
                names.add(namesAndValues[i]);
            }
        }
        return "Headers" + names;
    }

    /** Collects headers; not thread-safe. */
    public static final class Builder {
        private final List<String> namesAndValues = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         */
        public Builder add(String name, String value) {
            namesAndValues.add(java.util.Objects.requireNonNull(name, "name"));
            namesAndValues.add(java.util.Objects.requireNonNull(value, "value"));
            return this;
        }

        /** @return the immutable headers */
        public Headers build() {
            return namesAndValues.isEmpty() ? EMPTY : new Headers(namesAndValues.toArray(new String[0]));
        }
    }
}
