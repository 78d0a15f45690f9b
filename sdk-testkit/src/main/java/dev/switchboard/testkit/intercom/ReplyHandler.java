package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.Set;

/**
 * {@code POST /conversations/{id}/reply}: checks the body as Intercom documents it (comment and note need a body,
 * quick_reply needs reply_options, at most 10 attachment URLs and 10 files, one contact identifier) and appends the
 * new part. {@code last} picks the contact's most recently updated conversation.
 */
final class ReplyHandler {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> CONTACT_FIELDS = Set.of("intercom_user_id", "user_id", "email");

    private final FakeIntercomState state;

    ReplyHandler(FakeIntercomState state) {
        this.state = state;
    }

    FakeResponse reply(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        String messageType = body.path("message_type").asText("");
        String type = body.path("type").asText("");
        boolean admin = "admin".equals(type);
        if (!admin && !"user".equals(type)) {
            throw FakeErrors.badRequest("parameter_invalid", "type must be admin or user", "type");
        }
        if (!Set.of("comment", "note", "quick_reply").contains(messageType) || (!admin && "note".equals(messageType))) {
            throw FakeErrors.badRequest("parameter_invalid", "message_type " + messageType + " is not valid for " + type,
                    "message_type");
        }
        boolean hasBody = body.path("body").isTextual() && !body.path("body").asText().isBlank();
        if (!"quick_reply".equals(messageType) && !hasBody) {
            throw FakeErrors.badRequest("parameter_invalid", "Body is required", "body");
        }
        JsonNode options = body.path("reply_options");
        if ("quick_reply".equals(messageType) && (!options.isArray() || options.isEmpty())) {
            throw FakeErrors.badRequest("parameter_invalid", "reply_options are required for quick_reply", "reply_options");
        }
        checkMax(body, "attachment_urls");
        checkMax(body, "attachment_files");
        String contactField = null;
        if (admin) {
            if (body.path("admin_id").asText("").isBlank()) {
                throw FakeErrors.badRequest("parameter_invalid", "admin_id is required", "admin_id");
            }
        } else {
            for (String f : CONTACT_FIELDS) {
                if (body.path(f).isTextual() && !body.path(f).asText().isBlank()) {
                    contactField = f;
                }
            }
            if (contactField == null) {
                throw FakeErrors.badRequest("parameter_invalid", "one of intercom_user_id, user_id or email is required",
                        "intercom_user_id");
            }
        }
        synchronized (state.lock) {
            ObjectNode c = target(req.pathParam("conversation_id"), contactField, body);
            long now = state.now();
            ObjectNode author = admin ? FakeIntercomData.adminAuthor(body.path("admin_id").asText())
                    : contactAuthor(c, contactField, body.path(contactField).asText());
            ObjectNode part = FakeIntercomData.part(String.valueOf(state.partIds[0]++), messageType,
                    hasBody ? body.path("body").asText() : null, now, author, admin ? c.path("state").asText() : "open");
            ObjectNode metadata = NODES.objectNode();
            if (options.isArray() && !options.isEmpty()) {
                if ("quick_reply".equals(messageType)) {
                    ArrayNode offered = NODES.arrayNode();
                    options.forEach(o -> offered.add(FakeIntercomData.quickReplyOption(o.path("text").asText(),
                            o.path("uuid").asText(), null)));
                    metadata.set("quick_reply_options", offered);
                } else {
                    metadata.put("quick_reply_uuid", options.get(0).path("uuid").asText());
                }
            }
            part.set("metadata", metadata);
            ArrayNode attachments = NODES.arrayNode();
            body.path("attachment_urls").forEach(u -> attachments.add(attachment(u.asText())));
            body.path("attachment_files").forEach(f -> attachments.add(file(f)));
            part.set("attachments", attachments);
            ObjectNode parts = (ObjectNode) c.path("conversation_parts");
            ((ArrayNode) parts.path("conversation_parts")).add(part);
            parts.put("total_count", parts.path("conversation_parts").size());
            c.put("updated_at", now);
            if (!admin) {
                c.put("open", true);
                c.put("state", "open");
                c.put("waiting_since", now);
            } else if (!"note".equals(messageType)) {
                c.putNull("waiting_since");
            }
            return FakeResponse.json(ConversationRoutes.view(c, req));
        }
    }

    private static void checkMax(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (v.isArray() && v.size() > ConversationRoutes.MAX_ATTACHMENTS) {
            throw FakeErrors.badRequest("parameter_invalid", field + " accepts at most " + ConversationRoutes.MAX_ATTACHMENTS
                    + " entries", field);
        }
    }

    private ObjectNode target(String id, String contactField, JsonNode body) {
        if (!"last".equals(id)) {
            ObjectNode c = state.conversations.get(id);
            if (c == null) {
                throw FakeErrors.notFound("Resource Not Found");
            }
            return c;
        }
        ObjectNode latest = null;
        for (ObjectNode c : state.conversations.values()) {
            if (contactField != null && !involves(c, contactField, body.path(contactField).asText())) {
                continue;
            }
            if (latest == null || c.path("updated_at").asLong() >= latest.path("updated_at").asLong()) {
                latest = c;
            }
        }
        if (latest == null) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return latest;
    }

    private static boolean involves(ObjectNode c, String field, String value) {
        for (JsonNode contact : c.path("contacts").path("contacts")) {
            if ("intercom_user_id".equals(field) && value.equals(contact.path("id").asText())
                    || "user_id".equals(field) && value.equals(contact.path("external_id").asText())) {
                return true;
            }
        }
        return "email".equals(field) && value.equalsIgnoreCase(c.path("source").path("author").path("email").asText());
    }

    private static ObjectNode contactAuthor(ObjectNode c, String field, String value) {
        JsonNode contact = c.path("contacts").path("contacts").path(0);
        String id = "intercom_user_id".equals(field) ? value : contact.path("id").asText();
        String email = "email".equals(field) ? value : c.path("source").path("author").path("email").asText(null);
        return FakeIntercomData.author("user", id, c.path("source").path("author").path("name").asText(null), email, null, null);
    }

    private static ObjectNode attachment(String url) {
        ObjectNode a = NODES.objectNode();
        a.put("type", "upload");
        a.put("name", url.substring(url.lastIndexOf('/') + 1));
        a.put("url", url);
        a.put("content_type", "image/png");
        a.put("filesize", 0);
        a.put("width", 0);
        a.put("height", 0);
        return a;
    }

    private static ObjectNode file(JsonNode f) {
        ObjectNode a = NODES.objectNode();
        a.put("type", "upload");
        a.put("name", f.path("name").asText());
        a.put("url", "https://downloads.intercomcdn.example/" + f.path("name").asText());
        a.put("content_type", f.path("content_type").asText());
        a.put("filesize", f.path("data").asText().length() * 3 / 4);
        return a;
    }
}
