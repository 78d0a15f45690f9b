package dev.switchboard.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * Reads {@link Patch} response fields: a missing property becomes {@link Patch#absent()}, JSON {@code null} becomes
 * {@link Patch#ofNull()}, anything else {@link Patch#of(Object)} of the declared type. Written back by
 * {@link PatchSerializer}, so "sent as null" and "not sent" both survive a round trip.
 */
final class PatchDeserializer extends JsonDeserializer<Patch<?>> implements ContextualDeserializer {
    private final JavaType valueType;

    PatchDeserializer() {
        this(null);
    }

    private PatchDeserializer(JavaType valueType) {
        this.valueType = valueType;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        JavaType type = property != null ? property.getType() : ctxt.getContextualType();
        JavaType inner = type != null && type.containedTypeCount() == 1 ? type.containedType(0) : ctxt.constructType(Object.class);
        return new PatchDeserializer(inner);
    }

    @Override
    public Patch<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JavaType type = valueType != null ? valueType : ctxt.constructType(Object.class);
        Object value = ctxt.readValue(p, type);
        return Patch.ofNullable(value);
    }

    @Override
    public Patch<?> getNullValue(DeserializationContext ctxt) {
        return Patch.ofNull();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return Patch.absent();
    }
}
