package dev.switchboard.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Base of the SDK's open enums: a value type with named constants that also holds any value the server sends that
 * the SDK does not know yet, instead of failing the whole response or turning it into {@code null}. The raw string
 * always survives a round trip; {@code ""} is a value like any other.
 *
 * <p>A subclass declares its constants through an {@link OpenEnumValues} and a {@code @JsonCreator of(String)}:
 *
 * <pre>{@code
 * public final class Priority extends OpenEnum {
 *     private static final OpenEnumValues<Priority> VALUES = new OpenEnumValues<>(Priority::new);
 *     public static final Priority HIGH = VALUES.known("HIGH");
 *     public static final Priority EMPTY = VALUES.known("");
 *     private Priority(String value, boolean known) { super(value, known); }
 *     @JsonCreator public static Priority of(String value) { return VALUES.of(value); }
 * }
 * }</pre>
 *
 * <p>Switch on {@link #value()} (a {@code String}), or compare with {@code equals} / {@code ==} for known constants.
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    /**
     * @param value the raw value
     * @param known whether it is one of the declared constants
     */
    protected OpenEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** @return the raw value exactly as the API spells it */
    @JsonValue
    public final String value() {
        return value;
    }

    /** @return whether the value is one of the constants this SDK version declares */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** @return the raw value */
    @Override
    public final String toString() {
        return value;
    }
}
