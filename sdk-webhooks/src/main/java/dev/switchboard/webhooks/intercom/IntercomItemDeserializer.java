package dev.switchboard.webhooks.intercom;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.core.json.DecodeFailures;
import dev.switchboard.tickets.Job;
import dev.switchboard.tickets.Ticket;
import java.io.IOException;

/**
 * Reads {@code data.item} by its {@code type} into the SDK's models, and anything else, or anything that does not fit
 * its model, into a {@link RawItem}. Never picks a class from the input.
 */
final class IntercomItemDeserializer extends StdDeserializer<IntercomItem> {
    private static final long serialVersionUID = 1L;

    IntercomItemDeserializer() {
        super(IntercomItem.class);
    }

    @Override
    public IntercomItem deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (!node.isObject()) {
            return ctxt.reportInputMismatch(IntercomItem.class, "data.item must be a JSON object");
        }
        JsonNode typeNode = node.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : "";
        try {
            return switch (type) {
                case "ticket" -> new TicketItem(ctxt.readTreeAsValue(node, Ticket.class), node);
                case "conversation" -> new ConversationItem(ctxt.readTreeAsValue(node, Conversation.class), node);
                case "job" -> new JobItem(ctxt.readTreeAsValue(node, Job.class), node);
                case "call" -> new CallItem(ctxt.readTreeAsValue(node, Call.class), node);
                default -> new RawItem(type, node, null);
            };
        } catch (IOException | RuntimeException e) {
            String why = DecodeFailures.of("data.item", type, e).getMessage();
            return new RawItem(type, node, why);
        }
    }
}
