package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Picks the {@link User} record by {@code type}; never by a class name taken from the input. */
final class UserDeserializer extends StdDeserializer<User> {
    private static final long serialVersionUID = 1L;

    UserDeserializer() {
        super(User.class);
    }

    @Override
    public User deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(User.class, "a user must be a JSON object");
        }
        JsonNode type = node.get("type");
        String t = type != null && type.isTextual() ? type.textValue() : "";
        Class<? extends User> target = switch (t) {
            case "agent" -> Agent.class;
            case "customer" -> Customer.class;
            default -> UnknownUser.class;
        };
        return ctxt.readTreeAsValue(node, target);
    }
}
