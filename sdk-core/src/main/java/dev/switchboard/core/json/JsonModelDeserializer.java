package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads any {@link JsonModel} with any Jackson {@code ObjectMapper}: the object is read into a {@link JsonObject} in
 * one pass and viewed as the target class. Named on {@code JsonModel} and inherited by every model.
 */
final class JsonModelDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer {
    private final Class<?> type;
    private final Function<JsonObject, ?> view;

    JsonModelDeserializer() {
        this(null, null);
    }

    private JsonModelDeserializer(Class<?> type, Function<JsonObject, ?> view) {
        this.type = type;
        this.view = view;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        JavaType t = ctxt.getContextualType() != null ? ctxt.getContextualType() : property == null ? null : property.getType();
        if (t == null || java.lang.reflect.Modifier.isAbstract(t.getRawClass().getModifiers())) {
            return this;
        }
        return new JsonModelDeserializer(t.getRawClass(), ModelTypes.view(t.getRawClass()));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (view == null) {
            return ctxt.reportBadDefinition(JsonModel.class, "a JsonModel must be read as a concrete class");
        }
        Object v = JsonTrees.read(p, Json.MAX_NESTING_DEPTH);
        if (v instanceof JsonObject o) {
            return view.apply(o);
        }
        return ctxt.handleUnexpectedToken(type, p);
    }
}
