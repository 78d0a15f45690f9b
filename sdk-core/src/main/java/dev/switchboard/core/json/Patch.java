package dev.switchboard.core.json;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request field that can be left out, cleared with an explicit JSON {@code null}, or set. As a property of a
 * request model it writes nothing when {@link #absent()}, {@code null} when {@link #ofNull()} and the value when
 * {@link #of(Object)}, which is how an API such as Intercom's ticket update tells "do not touch" from "clear".
 *
 * <pre>{@code
 * Patch<String> companyId = Patch.ofNull();   // {"company_id": null}
 * }</pre>
 *
 * <p>As a field of a response model it records whether the server left the property out, sent {@code null}, or sent
 * a value, so the model is written back exactly as it arrived.
 *
 * @param <T> the value type
 */
public final class Patch<T> {
    private static final Patch<?> ABSENT = new Patch<>(State.ABSENT, null);
    private static final Patch<?> NULL = new Patch<>(State.NULL, null);

    private enum State { ABSENT, NULL, VALUE }

    private final State state;
    private final T value;

    private Patch(State state, T value) {
        this.state = state;
        this.value = value;
    }

    /**
     * @param <T> the value type
     * @return a field that is left out of the request
     */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    /**
     * @param <T> the value type
     * @return a field sent as JSON {@code null}, to clear it
     */
    @SuppressWarnings("unchecked")
    public static <T> Patch<T> ofNull() {
        return (Patch<T>) NULL;
    }

    /**
     * @param value the new value; not null (use {@link #ofNull()})
     * @param <T> the value type
     * @return a field sent with this value
     */
    public static <T> Patch<T> of(T value) {
        return new Patch<>(State.VALUE, Objects.requireNonNull(value, "value (use Patch.ofNull() to send null)"));
    }

    /**
     * @param value a value or null
     * @param <T> the value type
     * @return {@link #of(Object)} for a value, {@link #ofNull()} for null
     */
    public static <T> Patch<T> ofNullable(T value) {
        return value == null ? ofNull() : of(value);
    }

    /** @return whether the field is left out */
    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** @return whether the field is sent as null */
    public boolean isNull() {
        return state == State.NULL;
    }

    /** @return whether the field is sent with a value */
    public boolean isValue() {
        return state == State.VALUE;
    }

    /** @return the value, when there is one */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * @return the value
     * @throws NoSuchElementException when absent or null
     */
    public T get() {
        if (state != State.VALUE) {
            throw new NoSuchElementException("Patch is " + state.name().toLowerCase(java.util.Locale.ROOT) + ", it has no value");
        }
        return value;
    }

    /**
     * @param f conversion of the value
     * @param <R> the new value type
     * @return absent and null unchanged, a value converted
     */
    public <R> Patch<R> map(Function<? super T, ? extends R> f) {
        return state == State.VALUE ? Patch.of(f.apply(value)) : state == State.NULL ? ofNull() : absent();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Patch<?> p && p.state == state && Objects.equals(p.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case ABSENT -> "Patch.absent";
            case NULL -> "Patch.null";
            case VALUE -> "Patch[" + value + "]";
        };
    }
}
