package dev.switchboard.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private static final Headers EMPTY = new Headers(Map.of(), Map.of());

    /** lower-cased name → values. */
    private final Map<String, List<String>> byLowerName;
    /** lower-cased name → name as first seen. */
    private final Map<String, String> originalNames;

    private Headers(Map<String, List<String>> byLowerName, Map<String, String> originalNames) {
        this.byLowerName = byLowerName;
        this.originalNames = originalNames;
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

    /**
     * @param name header name, any case
     * @return the first value, when the header is present
     */
    public Optional<String> first(String name) {
        List<String> values = byLowerName.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * @param name header name, any case
     * @return every value in order; empty when absent
     */
    public List<String> all(String name) {
        return byLowerName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * @param name header name, any case
     * @return whether the header is present
     */
    public boolean contains(String name) {
        return byLowerName.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** @return header names as the server first spelled them */
    public Set<String> names() {
        return Set.copyOf(originalNames.values());
    }

    /** @return every header, keyed by the name as first spelled, values in order */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byLowerName.forEach((lower, values) -> out.put(originalNames.get(lower), values));
        return Collections.unmodifiableMap(out);
    }

    /** @return the number of distinct header names */
    public int size() {
        return byLowerName.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers h && h.byLowerName.equals(byLowerName);
    }

    @Override
    public int hashCode() {
        return byLowerName.hashCode();
    }

    /** @return the header names only; values are left out on purpose */
    @Override
    public String toString() {
        return "Headers" + new ArrayList<>(originalNames.values());
    }

    /** Collects headers; not thread-safe. */
    public static final class Builder {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name header name
         * @param value header value
         * @return this builder
         */
        public Builder add(String name, String value) {
            String lower = name.toLowerCase(Locale.ROOT);
            names.putIfAbsent(lower, name);
            values.computeIfAbsent(lower, k -> new ArrayList<>()).add(value);
            return this;
        }

        /** @return the immutable headers */
        public Headers build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new Headers(Collections.unmodifiableMap(copy), Collections.unmodifiableMap(new LinkedHashMap<>(names)));
        }
    }
}
