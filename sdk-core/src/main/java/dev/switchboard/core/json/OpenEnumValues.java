package dev.switchboard.core.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constants of one {@link OpenEnum} type. Constants are registered while the enum class initialises; unknown
 * values are created on demand and never cached, so hostile input cannot grow memory.
 *
 * @param <E> the enum type
 */
public final class OpenEnumValues<E extends OpenEnum> {

    /**
     * Creates instances of the enum type.
     *
     * @param <E> the enum type
     */
    @FunctionalInterface
    public interface Factory<E> {
        /**
         * @param value raw value
         * @param known whether it is a declared constant
         * @return the instance
         */
        E create(String value, boolean known);
    }

    private final Factory<E> factory;
    private final Map<String, E> known = new LinkedHashMap<>();

    /** @param factory the enum type's private constructor */
    public OpenEnumValues(Factory<E> factory) {
        this.factory = factory;
    }

    /**
     * Declares a constant; call only from the enum class's static initialiser.
     *
     * @param value the raw value
     * @return the constant
     * @throws IllegalStateException if declared twice
     */
    public synchronized E known(String value) {
        E e = factory.create(value, true);
        if (known.putIfAbsent(value, e) != null) {
            throw new IllegalStateException("value '" + value + "' declared twice");
        }
        return e;
    }

    /**
     * @param value a raw value from the API or the caller
     * @return the constant for it, or a new unknown instance that keeps the raw string
     * @throws IllegalArgumentException if {@code value} is null
     */
    public E of(String value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        E e;
        synchronized (this) {
            e = known.get(value);
        }
        return e != null ? e : factory.create(value, false);
    }

    /** @return the declared constants, in declaration order */
    public synchronized List<E> values() {
        return Collections.unmodifiableList(new ArrayList<>(known.values()));
    }
}
