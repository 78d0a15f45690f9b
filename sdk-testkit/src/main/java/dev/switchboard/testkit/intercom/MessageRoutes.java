package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;

/**
 * {@code POST /messages}: checks the body the way the 2.14 examples show Intercom answering (400 without a body, 422
 * without an email subject), records it and answers a {@code message}. {@code in_app} and {@code inapp} are both
 * accepted and answered as {@code inapp}. With {@code create_conversation_without_contact_reply} a conversation is
 * opened and its id returned.
 */
final class MessageRoutes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FakeIntercomState state;

    MessageRoutes(FakeIntercomState state) {
        this.state = state;
    }

    void register(FakeIntercom.Router router) {
        router.route("POST", "/messages", this::create);
    }

    private FakeResponse create(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        String type = body.path("message_type").asText("");
        boolean email = "email".equals(type);
        if (!email && !"inapp".equals(type) && !"in_app".equals(type)) {
            throw FakeErrors.badRequest("parameter_invalid", "message_type must be inapp or email", "message_type");
        }
        if (!body.path("body").isTextual() || body.path("body").asText().isBlank()) {
            throw FakeErrors.badRequest("parameter_invalid", "Body is required", "body");
        }
        if (email && (!body.path("subject").isTextual() || body.path("subject").asText().isBlank())) {
            throw new FakeErrors.Failure(422, "parameter_not_found", "No subject supplied for email message", "subject");
        }
        String template = body.path("template").asText("");
        if (email && !"plain".equals(template) && !"personal".equals(template)) {
            throw FakeErrors.badRequest("parameter_invalid", "template must be plain or personal", "template");
        }
        JsonNode from = body.path("from");
        if (!"admin".equals(from.path("type").asText()) || !from.path("id").canConvertToLong()) {
            throw FakeErrors.badRequest("parameter_invalid", "from must be {type: admin, id: integer}", "from");
        }
        checkRecipients(body.get("to"), "to", true);
        checkRecipients(body.get("cc"), "cc", false);
        checkRecipients(body.get("bcc"), "bcc", false);
        synchronized (state.lock) {
            long now = state.now();
            state.messageRequests.add(body.deepCopy());
            ObjectNode message = NODES.objectNode();
            message.put("type", "admin_message");
            message.put("id", String.valueOf(++state.messageCount));
            message.put("created_at", body.path("created_at").canConvertToLong() ? body.path("created_at").asLong() : now);
            if (body.path("subject").isTextual()) {
                message.put("subject", body.path("subject").asText());
            }
            message.put("body", body.path("body").asText());
            message.put("message_type", email ? "email" : "inapp");
            if (body.path("create_conversation_without_contact_reply").asBoolean(false)) {
                int i = ++state.conversationCount;
                ObjectNode c = FakeIntercomData.conversation(i, state.partIds);
                c.put("created_at", now);
                c.put("updated_at", now);
                state.conversations.put(c.path("id").asText(), c);
                state.companies.put(c.path("id").asText(), null);
                message.put("conversation_id", c.path("id").asText());
            }
            String adminId = from.path("id").asText();
            ObjectNode owner = FakeIntercomData.author("admin", adminId, "Admin " + adminId, "admin" + adminId + "@example.com",
                    null, null);
            owner.put("away_mode_enabled", false);
            owner.put("away_mode_reassign", false);
            message.set("owner", owner);
            state.messages.add(message.deepCopy());
            return FakeResponse.json(message);
        }
    }

    private static void checkRecipients(JsonNode recipients, String field, boolean required) {
        if (recipients == null || recipients.isNull()) {
            if (required) {
                throw FakeErrors.badRequest("parameter_invalid", field + " is required", field);
            }
            return;
        }
        if (recipients.isObject()) {
            checkRecipient(recipients, field);
        } else if (recipients.isArray() && !recipients.isEmpty()) {
            recipients.forEach(r -> checkRecipient(r, field));
        } else {
            throw FakeErrors.badRequest("parameter_invalid", field + " must be a recipient or a non-empty list of recipients",
                    field);
        }
    }

    private static void checkRecipient(JsonNode r, String field) {
        String type = r.path("type").asText("");
        if (!("user".equals(type) || "lead".equals(type)) || !r.path("id").isTextual() || r.path("id").asText().isBlank()) {
            throw FakeErrors.badRequest("parameter_invalid", field + " recipients need a type (user or lead) and an id", field);
        }
    }
}
