package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state behind {@link FakeIntercomTickets}: ticket types with their attributes and states, tickets, jobs, known
 * admins, teams and tags. Guarded by the fake's lock.
 */
final class FakeTicketStore {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Timestamps start here and advance one second per write, so ordering is visible. */
    static final long EPOCH = 1775001600L; // 2026-04-01T00:00:00Z

    final Set<String> admins = Set.of("991268011", "991268012", "991268013");
    final Set<String> teams = Set.of("5017691");
    final Map<String, String> tags = Map.of("7522907", "Urgent", "7522908", "Billing");
    final Map<String, ObjectNode> types = new LinkedHashMap<>();
    final Map<String, ObjectNode> states = new LinkedHashMap<>();
    final Map<String, ObjectNode> tickets = new LinkedHashMap<>();
    final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
    final Map<String, Integer> jobPollsLeft = new LinkedHashMap<>();
    final Map<String, ObjectNode> jobRequests = new LinkedHashMap<>();
    private long clock = EPOCH;
    private int nextId = 100;

    FakeTicketStore() {
        String[][] stateRows = {
            {"8498", "submitted", "Submitted", "Submitted"},
            {"8499", "in_progress", "In progress", "In progress"},
            {"8500", "waiting_on_customer", "Waiting on customer", "Waiting on you"},
            {"8501", "resolved", "Resolved", "Resolved"}};
        for (String[] s : stateRows) {
            ObjectNode st = F.objectNode();
            st.put("type", "ticket_state");
            st.put("id", s[0]);
            st.put("category", s[1]);
            st.put("internal_label", s[2]);
            st.put("external_label", s[3]);
            states.put(s[0], st);
        }
        addType("90", "Bug Report", "Customer");
        addType("91", "Back-office task", "Back-office");
    }

    long tick() {
        return ++clock;
    }

    String newId() {
        return Integer.toString(++nextId);
    }

    ObjectNode addType(String id, String name, String category) {
        ObjectNode t = F.objectNode();
        t.put("type", "ticket_type");
        t.put("id", id);
        t.put("category", category);
        t.put("name", name);
        t.put("description", name + " template");
        t.put("icon", "\uD83C\uDF9F\uFE0F");
        t.put("workspace_id", "fake_workspace");
        ObjectNode attrs = t.putObject("ticket_type_attributes");
        attrs.put("type", "list");
        ArrayNode data = attrs.putArray("data");
        data.add(attribute(id, "_default_title_", "string", true));
        data.add(attribute(id, "_default_description_", "string", false));
        ObjectNode ts = t.putObject("ticket_states");
        ts.put("type", "list");
        ArrayNode stateData = ts.putArray("data");
        states.values().forEach(s -> stateData.add(s.deepCopy()));
        t.put("archived", false);
        t.put("is_internal", false);
        t.put("created_at", EPOCH);
        t.put("updated_at", EPOCH);
        types.put(id, t);
        return t;
    }

    ObjectNode attribute(String typeId, String name, String dataType, boolean required) {
        ObjectNode a = F.objectNode();
        a.put("type", "ticket_type_attribute");
        a.put("id", newId());
        a.put("workspace_id", "fake_workspace");
        a.put("name", name);
        a.put("description", name.replace("_", " ").trim());
        a.put("data_type", dataType);
        a.putNull("input_options");
        a.put("order", 0);
        a.put("required_to_create", required);
        a.put("required_to_create_for_contacts", false);
        a.put("visible_on_create", true);
        a.put("visible_to_contacts", true);
        a.put("default", name.startsWith("_default_"));
        a.put("ticket_type_id", Long.parseLong(typeId));
        a.put("archived", false);
        a.put("created_at", EPOCH);
        a.put("updated_at", EPOCH);
        return a;
    }

    /** @return the ticket as created from a create request, or null with the reason in {@code problem[0]} */
    ObjectNode createTicket(JsonNode req, String[] problem) {
        String typeId = req.path("ticket_type_id").asText("");
        ObjectNode type = types.get(typeId);
        if (type == null) {
            problem[0] = "ticket_type_id";
            return null;
        }
        JsonNode contacts = req.path("contacts");
        if (!contacts.isArray() || contacts.isEmpty()) {
            problem[0] = "contacts";
            return null;
        }
        JsonNode assignment = req.path("assignment");
        String admin = assignment.path("admin_assignee_id").asText("0");
        String team = assignment.path("team_assignee_id").asText("0");
        if (!admin.equals("0") && !admins.contains(admin) || !team.equals("0") && !teams.contains(team)) {
            problem[0] = "assignee";
            return null;
        }
        long now = req.path("created_at").canConvertToLong() ? req.path("created_at").asLong() : tick();
        ObjectNode t = F.objectNode();
        String id = newId();
        t.put("type", "ticket");
        t.put("id", id);
        t.put("ticket_id", Integer.toString(tickets.size() + 1));
        t.put("category", type.path("category").asText());
        ObjectNode attributes = t.putObject("ticket_attributes");
        req.path("ticket_attributes").fields().forEachRemaining(e -> attributes.set(e.getKey(), e.getValue()));
        t.set("ticket_state", states.get("8498").deepCopy());
        ObjectNode typeRef = type.deepCopy();
        typeRef.remove("ticket_states");
        t.set("ticket_type", typeRef);
        ObjectNode cl = t.putObject("contacts");
        cl.put("type", "contact.list");
        ArrayNode cs = cl.putArray("contacts");
        for (JsonNode c : contacts) {
            ObjectNode ref = cs.addObject();
            ref.put("type", "contact");
            ref.put("id", c.has("id") ? c.get("id").asText() : "contact-" + Math.abs(c.toString().hashCode()));
            if (c.has("external_id")) {
                ref.put("external_id", c.get("external_id").asText());
            }
        }
        t.put("admin_assignee_id", admin);
        t.put("team_assignee_id", team);
        t.put("created_at", now);
        t.put("updated_at", now);
        t.put("open", true);
        if (req.hasNonNull("company_id")) {
            t.put("company_id", req.get("company_id").asText());
        }
        ObjectNode links = t.putObject("linked_objects");
        links.put("type", "list");
        ArrayNode linkData = links.putArray("data");
        if (req.hasNonNull("conversation_to_link_id")) {
            ObjectNode link = linkData.addObject();
            link.put("type", "conversation");
            link.put("id", req.get("conversation_to_link_id").asText());
            link.putNull("category");
        }
        links.put("total_count", linkData.size());
        links.put("has_more", false);
        ObjectNode parts = t.putObject("ticket_parts");
        parts.put("type", "ticket_part.list");
        parts.putArray("ticket_parts");
        parts.put("total_count", 0);
        t.put("is_shared", false);
        tickets.put(id, t);
        return t;
    }

    ObjectNode addPart(ObjectNode ticket, String partType, String body, ObjectNode author) {
        ArrayNode parts = (ArrayNode) ticket.with("ticket_parts").withArray("ticket_parts");
        ObjectNode p = parts.addObject();
        p.put("type", "ticket_part");
        p.put("id", newId());
        p.put("part_type", partType);
        if (body != null) {
            p.put("body", body);
        }
        long now = tick();
        p.put("created_at", now);
        p.put("updated_at", now);
        p.set("author", author);
        p.putArray("attachments");
        p.put("redacted", false);
        ((ObjectNode) ticket.get("ticket_parts")).put("total_count", parts.size());
        ticket.put("updated_at", now);
        return p;
    }

    ObjectNode admin(String id) {
        ObjectNode a = F.objectNode();
        a.put("id", id);
        a.put("type", "admin");
        a.put("name", "Admin " + id);
        a.put("email", "admin" + id + "@example.com");
        return a;
    }

    List<ObjectNode> ticketsInOrder() {
        return new ArrayList<>(tickets.values());
    }
}
