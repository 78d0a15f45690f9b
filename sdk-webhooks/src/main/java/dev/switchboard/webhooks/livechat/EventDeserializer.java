package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Picks the {@link Event} record by {@code type}; never by a class name taken from the input. */
final class EventDeserializer extends StdDeserializer<Event> {
    private static final long serialVersionUID = 1L;

    EventDeserializer() {
        super(Event.class);
    }

    @Override
    public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(Event.class, "an event must be a JSON object");
        }
        JsonNode type = node.get("type");
        String t = type != null && type.isTextual() ? type.textValue() : "";
        Class<? extends Event> target = switch (t) {
            case "message" -> MessageEvent.class;
            case "system_message" -> SystemMessageEvent.class;
            case "system" -> SystemEvent.class;
            case "file" -> FileEvent.class;
            case "form" -> FormEvent.class;
            case "filled_form" -> FilledFormEvent.class;
            case "rich_message" -> RichMessageEvent.class;
            case "custom" -> CustomEvent.class;
            default -> UnknownEvent.class;
        };
        return ctxt.readTreeAsValue(node, target);
    }
}
