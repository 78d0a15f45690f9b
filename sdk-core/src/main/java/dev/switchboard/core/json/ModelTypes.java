package dev.switchboard.core.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * Finds how to view a {@link JsonObject} as a given model class: its public constructor taking a
 * {@code JsonObject}, looked up once per class.
 */
final class ModelTypes {
    private static final ClassValue<Function<JsonObject, ?>> VIEWS = new ClassValue<>() {
        @Override
        protected Function<JsonObject, ?> computeValue(Class<?> type) {
            MethodHandle ctor;
            try {
                ctor = MethodHandles.publicLookup().findConstructor(type, MethodType.methodType(void.class, JsonObject.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalArgumentException(type.getName() + " has no public constructor taking a JsonObject", e);
            }
            MethodHandle asObject = ctor.asType(MethodType.methodType(Object.class, JsonObject.class));
            return json -> {
                try {
                    return asObject.invokeExact(json);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new IllegalStateException("could not view JSON as " + type.getSimpleName(), t);
                }
            };
        }
    };

    private ModelTypes() {
    }

    /**
     * @param type a model class
     * @param <M> the model type
     * @return its view function
     * @throws IllegalArgumentException if it has no public constructor taking a {@code JsonObject}
     */
    @SuppressWarnings("unchecked")
    static <M> Function<JsonObject, M> view(Class<M> type) {
        return (Function<JsonObject, M>) VIEWS.get(type);
    }
}
