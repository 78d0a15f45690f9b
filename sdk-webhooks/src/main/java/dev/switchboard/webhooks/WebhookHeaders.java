package dev.switchboard.webhooks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The headers of a delivery, looked up ignoring case, as every HTTP stack spells them differently
 * ({@code X-Hub-Signature}, {@code x-hub-signature}). Build it from whatever your framework gives you:
 *
 * <pre>{@code
 * WebhookHeaders.of(exchange.getRequestHeaders());                  // com.sun.net.httpserver: Map<String, List<String>>
 * WebhookHeaders.ofSingleValues(Map.of("X-Hub-Signature", sig));    // one value per name
 * WebhookHeaders.of("X-Hub-Signature", sig, "Content-Type", "application/json");
 * }</pre>
 *
 * <p>Immutable. {@code null} names, values and maps are skipped rather than failing, because a header map comes from
 * the network.
 */
public final class WebhookHeaders {
    private static final WebhookHeaders EMPTY = new WebhookHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

    private final Map<String, List<String>> values;

    private WebhookHeaders(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @return no headers */
    public static WebhookHeaders empty() {
        return EMPTY;
    }

    /**
     * @param headers names to values, as servlet containers, Spring and {@code com.sun.net.httpserver} provide them;
     *     may be {@code null}
     * @return the headers; values of names that differ only in case are merged in iteration order
     */
    public static WebhookHeaders of(Map<String, ? extends Collection<String>> headers) {
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    continue;
                }
                for (String v : e.getValue()) {
                    add(map, e.getKey(), v);
                }
            }
        }
        return freeze(map);
    }

    /**
     * @param headers names to single values; may be {@code null}
     * @return the headers
     */
    public static WebhookHeaders ofSingleValues(Map<String, String> headers) {
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> add(map, k, v));
        }
        return freeze(map);
    }

    /**
     * @param namesAndValues name, value, name, value, ...
     * @return the headers
     * @throws IllegalArgumentException if an odd number of strings is given
     */
    public static WebhookHeaders of(String... namesAndValues) {
        if (namesAndValues == null) {
            return EMPTY;
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("headers must be given as name, value pairs");
        }
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            add(map, namesAndValues[i], namesAndValues[i + 1]);
        }
        return freeze(map);
    }

    private static void add(TreeMap<String, List<String>> map, String name, String value) {
        if (name != null && value != null) {
            map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static WebhookHeaders freeze(TreeMap<String, List<String>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
        return map.isEmpty() ? EMPTY : new WebhookHeaders(map);
    }

    /**
     * @param name a header name, any case
     * @return every value of it, in the order received; empty when absent
     */
    public List<String> values(String name) {
        List<String> v = name == null ? null : values.get(name);
        return v == null ? List.of() : v;
    }

    /**
     * @param name a header name, any case
     * @return its first value, when present
     */
    public Optional<String> first(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** @return the header names, sorted ignoring case */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** @return the header names only: values may be signatures */
    @Override
    public String toString() {
        return "WebhookHeaders" + names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
