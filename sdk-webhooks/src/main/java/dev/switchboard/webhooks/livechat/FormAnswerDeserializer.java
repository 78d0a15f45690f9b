package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads a {@link FormAnswer} by its JSON type: string, object, or anything else kept raw. */
final class FormAnswerDeserializer extends StdDeserializer<FormAnswer> {
    private static final long serialVersionUID = 1L;

    FormAnswerDeserializer() {
        super(FormAnswer.class);
    }

    @Override
    public FormAnswer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node.isTextual()) {
            return new FormAnswer.Text(node.textValue());
        }
        if (node.isObject()) {
            return ctxt.readTreeAsValue(node, FormAnswer.Choice.class);
        }
        return new FormAnswer.Other(node);
    }
}
