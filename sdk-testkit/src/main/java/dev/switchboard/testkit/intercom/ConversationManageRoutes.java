package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.Set;

/**
 * The conversation operations beyond get, update, reply, list and search: {@code POST /conversations} (a contact
 * known to some conversation, or any visitor with {@code "type": "contact"}; else {@code 404 User Not Found}),
 * {@code DELETE /conversations/{id}}, {@code POST /conversations/{id}/parts} (close, snoozed, open, assignment, each
 * checked as its schema and appending its part), {@code POST}/{@code DELETE} of {@code /customers} (answering
 * {@code {"customers": [...]}} as the spec's examples do; the last contact cannot be removed, {@code 422}),
 * {@code POST /conversations/redact} (a part with a body, or a source a contact wrote; else
 * {@code conversation_part_not_redactable}) and {@code POST /conversations/{id}/convert} (ticket type {@code 90} is a
 * customer type, {@code 91} back-office and refused, as the tickets fake seeds them).
 */
final class ConversationManageRoutes {
    static final String REDACTED = "<p><i>This message was deleted</i></p>";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> ROLES = Set.of("user", "lead", "contact");

    private final FakeIntercomState state;
    private int ticketCount;

    ConversationManageRoutes(FakeIntercomState state) {
        this.state = state;
    }

    void register(FakeIntercom.Router router) {
        router.route("POST", "/conversations/redact", this::redact);
        router.route("POST", "/conversations", this::create);
        router.route("DELETE", "/conversations/{conversation_id}", this::delete);
        router.route("POST", "/conversations/{conversation_id}/parts", this::manage);
        router.route("POST", "/conversations/{conversation_id}/customers", this::attach);
        router.route("DELETE", "/conversations/{conversation_id}/customers/{contact_id}", this::detach);
        router.route("POST", "/conversations/{conversation_id}/convert", this::convert);
    }

    private ObjectNode find(String id) {
        ObjectNode c = state.conversations.get(id);
        if (c == null) {
            throw FakeErrors.notFound("Resource Not Found");
        }
        return c;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!(v.isTextual() || v.isIntegralNumber()) || v.asText().isBlank()) {
            throw FakeErrors.badRequest("parameter_invalid", field + " is required", field);
        }
        return v.asText();
    }

    private boolean knownContact(String id) {
        for (ObjectNode c : state.conversations.values()) {
            for (JsonNode contact : c.path("contacts").path("contacts")) {
                if (id.equals(contact.path("id").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private FakeResponse create(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        JsonNode from = body.path("from");
        String role = from.path("type").asText("");
        if (!ROLES.contains(role)) {
            throw FakeErrors.badRequest("parameter_invalid", "from.type must be user, lead or contact", "from");
        }
        String id = text(from, "id");
        String message = text(body, "body");
        if (body.path("attachment_urls").size() > ConversationRoutes.MAX_ATTACHMENTS) {
            throw FakeErrors.badRequest("parameter_invalid", "attachment_urls accepts at most 10 URLs", "attachment_urls");
        }
        synchronized (state.lock) {
            if (!"contact".equals(role) && !knownContact(id)) {
                throw FakeErrors.notFound("User Not Found");
            }
            long at = body.path("created_at").canConvertToLong() ? body.path("created_at").asLong() : state.now();
            int i = ++state.conversationCount;
            ObjectNode c = FakeIntercomData.conversation(i, state.partIds);
            c.put("created_at", at);
            c.put("updated_at", at);
            c.put("open", true);
            c.put("state", "open");
            ObjectNode source = (ObjectNode) c.path("source");
            source.put("body", message);
            source.set("author", FakeIntercomData.author("contact".equals(role) ? "lead" : role, id, null, null, null, null));
            ObjectNode contact = (ObjectNode) c.path("contacts").path("contacts").path(0);
            contact.put("id", id);
            contact.putNull("external_id");
            state.conversations.put(c.path("id").asText(), c);
            state.companies.put(c.path("id").asText(), null);
            ObjectNode m = NODES.objectNode();
            m.put("type", "user_message");
            m.put("id", String.valueOf(403_919_000 + i));
            m.put("created_at", at);
            m.put("body", message);
            m.put("message_type", "inapp");
            m.put("conversation_id", c.path("id").asText());
            return FakeResponse.json(m);
        }
    }

    private FakeResponse delete(FakeRequest req) {
        synchronized (state.lock) {
            String id = req.pathParam("conversation_id");
            find(id);
            state.conversations.remove(id);
            state.companies.remove(id);
            ObjectNode out = NODES.objectNode();
            out.put("id", id);
            out.put("object", "conversation");
            out.put("deleted", true);
            return FakeResponse.json(out);
        }
    }

    private FakeResponse manage(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        String type = body.path("message_type").asText("");
        String adminId = text(body, "admin_id");
        synchronized (state.lock) {
            ObjectNode c = find(req.pathParam("conversation_id"));
            long now = state.now();
            String partType = type;
            String partBody = null;
            ObjectNode assigned = null;
            switch (type) {
                case "close" -> {
                    requireAdminType(body, Set.of("admin"));
                    partBody = body.path("body").isTextual() ? body.path("body").asText() : null;
                    c.put("open", false);
                    c.put("state", "closed");
                    c.putNull("snoozed_until");
                }
                case "snoozed" -> {
                    JsonNode until = body.path("snoozed_until");
                    if (!until.isIntegralNumber()) {
                        throw FakeErrors.badRequest("parameter_invalid", "snoozed_until must be a Unix timestamp",
                                "snoozed_until");
                    }
                    c.put("open", true);
                    c.put("state", "snoozed");
                    c.put("snoozed_until", until.asLong());
                }
                case "open" -> {
                    c.put("open", true);
                    c.put("state", "open");
                    c.putNull("snoozed_until");
                }
                case "assignment" -> {
                    String kind = requireAdminType(body, Set.of("admin", "team"));
                    String assignee = text(body, "assignee_id");
                    String field = "admin".equals(kind) ? "admin_assignee_id" : "team_assignee_id";
                    if ("0".equals(assignee)) {
                        c.putNull(field);
                    } else {
                        if (assignee.matches("\\d{1,18}")) {
                            c.put(field, Long.parseLong(assignee));
                        } else {
                            c.put(field, assignee);
                        }
                        assigned = FakeIntercomData.reference(kind, assignee);
                    }
                    partBody = body.path("body").isTextual() ? body.path("body").asText() : null;
                }
                default -> throw FakeErrors.badRequest("parameter_invalid",
                        "message_type must be close, snoozed, open or assignment", "message_type");
            }
            ObjectNode part = FakeIntercomData.part(String.valueOf(state.partIds[0]++), partType, partBody, now,
                    FakeIntercomData.adminAuthor(adminId), c.path("state").asText());
            if (assigned != null) {
                part.set("assigned_to", assigned);
            }
            appendPart(c, part, now);
            return FakeResponse.json(ConversationRoutes.view(c, req));
        }
    }

    private static String requireAdminType(JsonNode body, Set<String> allowed) {
        String type = body.path("type").asText("");
        if (!allowed.contains(type)) {
            throw FakeErrors.badRequest("parameter_invalid", "type must be one of " + allowed, "type");
        }
        return type;
    }

    private static void appendPart(ObjectNode c, ObjectNode part, long now) {
        ObjectNode parts = (ObjectNode) c.path("conversation_parts");
        ((ArrayNode) parts.path("conversation_parts")).add(part);
        parts.put("total_count", parts.path("conversation_parts").size());
        c.put("updated_at", now);
    }

    private static ObjectNode customers(ObjectNode c) {
        ArrayNode list = NODES.arrayNode();
        for (JsonNode contact : c.path("contacts").path("contacts")) {
            list.add(FakeIntercomData.reference("user", contact.path("id").asText()));
        }
        ObjectNode out = NODES.objectNode();
        out.set("customers", list);
        return out;
    }

    /** @return the identifier field and value of a customer object, exactly one of the three */
    private static String[] identifier(JsonNode customer, String field) {
        String[] found = null;
        for (String f : new String[] {"intercom_user_id", "user_id", "email"}) {
            if (customer.path(f).isTextual() && !customer.path(f).asText().isBlank()) {
                if (found != null) {
                    throw FakeErrors.badRequest("parameter_invalid", field + " takes one identifier", field);
                }
                found = new String[] {f, customer.path(f).asText()};
            }
        }
        if (found == null) {
            throw FakeErrors.badRequest("parameter_invalid", field + " needs intercom_user_id, user_id or email", field);
        }
        return found;
    }

    private FakeResponse attach(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        JsonNode customer = body.path("customer");
        String[] who = identifier(customer, "customer");
        if (!body.has("admin_id") && !customer.has("customer")) {
            throw FakeErrors.badRequest("parameter_invalid", "admin_id or customer.customer is required", "admin_id");
        }
        if (body.has("admin_id")) {
            text(body, "admin_id");
        } else {
            identifier(customer.path("customer"), "customer.customer");
        }
        synchronized (state.lock) {
            ObjectNode c = find(req.pathParam("conversation_id"));
            String id;
            if ("intercom_user_id".equals(who[0])) {
                if (!knownContact(who[1])) {
                    throw FakeErrors.notFound("User Not Found");
                }
                id = who[1];
            } else {
                // By user_id or email: a contact Intercom does not know is created (as a lead for an email).
                id = FakeIntercomData.contactId(10_000 + who[1].hashCode() % 10_000 + 10_000);
            }
            ArrayNode contacts = (ArrayNode) c.path("contacts").path("contacts");
            boolean present = false;
            for (JsonNode contact : contacts) {
                present |= id.equals(contact.path("id").asText());
            }
            if (!present) {
                ObjectNode contact = contacts.addObject();
                contact.put("type", "contact");
                contact.put("id", id);
                if ("user_id".equals(who[0])) {
                    contact.put("external_id", who[1]);
                } else {
                    contact.putNull("external_id");
                }
            }
            c.put("updated_at", state.now());
            return FakeResponse.json(customers(c));
        }
    }

    private FakeResponse detach(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        text(body, "admin_id");
        synchronized (state.lock) {
            ObjectNode c = find(req.pathParam("conversation_id"));
            ArrayNode contacts = (ArrayNode) c.path("contacts").path("contacts");
            String id = req.pathParam("contact_id");
            int at = -1;
            for (int k = 0; k < contacts.size(); k++) {
                if (id.equals(contacts.get(k).path("id").asText())) {
                    at = k;
                }
            }
            if (at < 0) {
                throw FakeErrors.notFound("User Not Found");
            }
            if (contacts.size() == 1) {
                throw new FakeErrors.Failure(422, "parameter_invalid", "Removing the last customer is not allowed");
            }
            contacts.remove(at);
            c.put("updated_at", state.now());
            return FakeResponse.json(customers(c));
        }
    }

    private FakeResponse redact(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        String type = body.path("type").asText("");
        if (!"conversation_part".equals(type) && !"source".equals(type)) {
            throw FakeErrors.badRequest("parameter_invalid", "type must be conversation_part or source", "type");
        }
        String conversationId = text(body, "conversation_id");
        String targetId = text(body, "conversation_part".equals(type) ? "conversation_part_id" : "source_id");
        synchronized (state.lock) {
            ObjectNode c = state.conversations.get(conversationId);
            ObjectNode target = null;
            if (c != null && "source".equals(type)) {
                target = targetId.equals(c.path("source").path("id").asText()) ? (ObjectNode) c.path("source") : null;
            } else if (c != null) {
                for (JsonNode p : c.path("conversation_parts").path("conversation_parts")) {
                    if (targetId.equals(p.path("id").asText())) {
                        target = (ObjectNode) p;
                    }
                }
            }
            if (target == null) {
                throw new FakeErrors.Failure(404, "conversation_part_or_message_not_found",
                        "Conversation part or message not found");
            }
            boolean redactable = "source".equals(type)
                    ? Set.of("user", "lead", "contact").contains(target.path("author").path("type").asText())
                    : target.path("body").isTextual();
            if (!redactable) {
                throw FakeErrors.badRequest("conversation_part_not_redactable", "This part cannot be redacted", null);
            }
            target.put("body", REDACTED);
            target.put("redacted", true);
            c.put("updated_at", state.now());
            return FakeResponse.json(ConversationRoutes.view(c, req));
        }
    }

    private FakeResponse convert(FakeRequest req) {
        JsonNode body = FakeParams.jsonBody(req);
        String typeId = text(body, "ticket_type_id");
        if ("91".equals(typeId)) {
            throw FakeErrors.badRequest("parameter_invalid", "Ticket type is not a customer ticket type", "ticket_type_id");
        }
        if (!"90".equals(typeId)) {
            throw FakeErrors.notFound("Ticket type not found");
        }
        JsonNode attributes = body.path("attributes");
        if (!attributes.isMissingNode() && !attributes.isObject()) {
            throw FakeErrors.badRequest("parameter_invalid", "attributes must be an object", "attributes");
        }
        synchronized (state.lock) {
            ObjectNode c = find(req.pathParam("conversation_id"));
            long now = state.now();
            ObjectNode t = NODES.objectNode();
            t.put("type", "ticket");
            t.put("id", String.valueOf(900_000 + ++ticketCount));
            t.put("ticket_id", String.valueOf(ticketCount));
            t.set("ticket_attributes", attributes.isObject() ? attributes.deepCopy() : NODES.objectNode());
            ObjectNode ticketState = t.putObject("ticket_state");
            ticketState.put("type", "ticket_state");
            ticketState.put("id", "8498");
            ticketState.put("category", "submitted");
            ticketState.put("internal_label", "Submitted");
            ticketState.put("external_label", "Submitted");
            ObjectNode ticketType = t.putObject("ticket_type");
            ticketType.put("type", "ticket_type");
            ticketType.put("id", "90");
            ticketType.put("name", "Bug Report");
            ticketType.put("category", "Customer");
            t.set("contacts", c.path("contacts").deepCopy());
            t.put("admin_assignee_id", "0");
            t.put("team_assignee_id", "0");
            t.put("created_at", c.path("created_at").asLong());
            t.put("updated_at", now);
            t.put("open", true);
            t.put("category", "Customer");
            t.put("is_shared", true);
            c.set("ticket", FakeIntercomData.reference("ticket", t.path("id").asText()));
            c.put("updated_at", now);
            return FakeResponse.json(t);
        }
    }
}
