package dev.switchboard.benchmarks.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Intercom 2.14 conversations, tickets and webhook notifications, in the shapes of the spec's examples. */
public final class IntercomData {
    private static final List<String> STATES = List.of("open", "closed", "snoozed", "closed");

    private IntercomData() {
    }

    private static ObjectNode author(String type, String id, String name) {
        ObjectNode a = Gen.object();
        a.put("type", type);
        a.put("id", id);
        a.put("name", name);
        a.put("email", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com");
        return a;
    }

    /**
     * @param n the conversation's number
     * @return a conversation as {@code GET /conversations} lists it
     */
    public static ObjectNode conversation(long n) {
        ObjectNode c = Gen.object();
        String state = Gen.pick(STATES, n);
        long created = Gen.epoch(n * 3600);
        c.put("type", "conversation");
        c.put("id", String.valueOf(215_000_000L + n));
        if (n % 5 == 0) {
            c.putNull("title");
        } else {
            c.put("title", "Order " + n + " question");
        }
        c.put("created_at", created);
        c.put("updated_at", created + 1800);
        if (state.equals("open")) {
            c.put("waiting_since", created + 1800);
        } else {
            c.putNull("waiting_since");
        }
        if (state.equals("snoozed")) {
            c.put("snoozed_until", created + 86_400);
        } else {
            c.putNull("snoozed_until");
        }
        c.put("open", !state.equals("closed"));
        c.put("state", state);
        c.put("read", n % 2 == 0);
        c.put("priority", n % 7 == 0 ? "priority" : "not_priority");
        if (n % 3 == 0) {
            c.putNull("admin_assignee_id");
        } else {
            c.put("admin_assignee_id", 991_268_000L + n % 40);
        }
        c.put("team_assignee_id", n % 2 == 0 ? "5017691" : null);
        ObjectNode tags = c.putObject("tags");
        tags.put("type", "tag.list");
        ArrayNode tagList = tags.putArray("tags");
        if (n % 4 == 0) {
            ObjectNode t = tagList.addObject();
            t.put("type", "tag");
            t.put("id", "17513" + n % 10);
            t.put("name", "vip");
            t.put("applied_at", created + 60);
            t.set("applied_by", Gen.object().put("type", "admin").put("id", "991268013"));
        }
        c.putNull("conversation_rating");
        ObjectNode source = c.putObject("source");
        source.put("type", "conversation");
        source.put("id", String.valueOf(403_918_000L + n));
        source.put("delivered_as", "customer_initiated");
        source.put("subject", "");
        source.put("body", "<p>Hi, I need help with order " + n + ". It has not arrived yet.</p>");
        source.set("author", author("user", Gen.id(n, 24), "Ada Lovelace"));
        source.putArray("attachments");
        source.putNull("url");
        source.put("redacted", false);
        ObjectNode contacts = c.putObject("contacts");
        contacts.put("type", "contact.list");
        contacts.putArray("contacts").addObject().put("type", "contact").put("id", Gen.id(n, 24))
                .put("external_id", "user-" + n);
        ObjectNode teammates = c.putObject("teammates");
        teammates.put("type", "admin.list");
        teammates.putArray("teammates").addObject().put("type", "admin").put("id", "991268013");
        ObjectNode custom = c.putObject("custom_attributes");
        custom.put("order_id", "A-" + (1000 + n));
        custom.put("vip", n % 4 == 0);
        custom.put("lifetime_value", new java.math.BigDecimal("1530.75"));
        ObjectNode first = c.putObject("first_contact_reply");
        first.put("created_at", created);
        first.put("type", "conversation");
        first.putNull("url");
        c.putNull("sla_applied");
        ObjectNode stats = c.putObject("statistics");
        stats.put("type", "conversation_statistics");
        stats.put("time_to_assignment", 0);
        stats.put("time_to_admin_reply", 4_000 + n % 100);
        stats.put("time_to_first_close", 12_000);
        stats.put("median_time_to_reply", 601);
        stats.put("first_contact_reply_at", created);
        stats.put("last_contact_reply_at", created + 1700);
        stats.put("last_admin_reply_at", created + 1750);
        stats.put("count_reopens", 0);
        stats.put("count_assignments", 1);
        stats.put("count_conversation_parts", 4);
        ObjectNode linked = c.putObject("linked_objects");
        linked.put("type", "list");
        linked.put("total_count", 0);
        linked.put("has_more", false);
        linked.putArray("data");
        c.put("ai_agent_participated", n % 3 == 1);
        return c;
    }

    /**
     * @param first the first conversation's number
     * @param count how many
     * @return the conversations, written and joined
     */
    public static byte[] conversations(long first, int count) {
        List<ObjectNode> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(conversation(first + k));
        }
        return Gen.joined(out);
    }

    /**
     * @param n the ticket's number
     * @return a ticket as {@code GET /tickets/{id}} returns it
     */
    public static ObjectNode ticket(long n) {
        ObjectNode t = Gen.object();
        t.put("type", "ticket");
        t.put("id", String.valueOf(642 + n));
        t.put("ticket_id", String.valueOf(37 + n));
        t.put("category", "Customer");
        ObjectNode attributes = t.putObject("ticket_attributes");
        attributes.put("_default_title_", "Printer on fire");
        attributes.put("_default_description_", "Smoke everywhere, and the paper tray is stuck");
        attributes.put("priority_level", 3);
        attributes.put("urgent", true);
        attributes.put("budget", new java.math.BigDecimal("12.5"));
        attributes.putNull("note");
        ObjectNode state = t.putObject("ticket_state");
        state.put("type", "ticket_state");
        state.put("id", "8499");
        state.put("category", "submitted");
        state.put("internal_label", "Submitted");
        state.put("external_label", "Submitted");
        ObjectNode type = t.putObject("ticket_type");
        type.put("type", "ticket_type");
        type.put("id", "90");
        type.put("name", "Bug report");
        type.put("description", "Something broke");
        type.put("icon", "🐞");
        type.put("workspace_id", "q7w2e9rt");
        type.put("archived", false);
        type.put("created_at", 1767000000L);
        type.put("updated_at", 1767000000L);
        type.put("is_internal", false);
        type.put("category", "Customer");
        ObjectNode contacts = t.putObject("contacts");
        contacts.put("type", "contact.list");
        contacts.putArray("contacts").addObject().put("type", "contact").put("id", "6762f2dd1bb69f9f2193bc55")
                .put("external_id", "cust-881");
        t.put("admin_assignee_id", "991268013");
        t.put("team_assignee_id", "0");
        t.put("created_at", 1767225590L);
        t.put("updated_at", 1767225599L);
        t.put("open", true);
        t.putNull("snoozed_until");
        ObjectNode linked = t.putObject("linked_objects");
        linked.put("type", "list");
        linked.put("total_count", 1);
        linked.put("has_more", false);
        linked.putArray("data").addObject().put("type", "ticket").put("id", "577").put("category", "Tracker");
        ObjectNode parts = t.putObject("ticket_parts");
        parts.put("type", "ticket_part.list");
        ArrayNode list = parts.putArray("ticket_parts");
        for (int p = 0; p < 3; p++) {
            ObjectNode part = list.addObject();
            part.put("type", "ticket_part");
            part.put("id", String.valueOf(9100 + p));
            part.put("part_type", p == 0 ? "ticket_state_updated_by_admin" : "comment");
            part.put("body", p == 0 ? null : "<p>Update " + p + " on the printer</p>");
            part.put("previous_ticket_state", "submitted");
            part.put("ticket_state", p == 0 ? "in_progress" : "submitted");
            part.put("created_at", 1767225590L + p);
            part.put("updated_at", 1767225590L + p);
            part.set("author", author("admin", "991268013", "Grace Hopper"));
            part.putArray("attachments");
            part.putNull("external_id");
            part.put("redacted", false);
        }
        parts.put("total_count", 3);
        t.put("is_shared", true);
        return t;
    }

    /**
     * @param n the ticket's number
     * @return the ticket as a response body
     */
    public static byte[] ticketBytes(long n) {
        return Gen.bytes(ticket(n));
    }

    /**
     * @param n the conversation's number
     * @return a conversation with its parts, as {@code conversation.*} notifications carry it
     */
    public static ObjectNode conversationWithParts(long n) {
        ObjectNode c = conversation(n);
        ObjectNode parts = c.putObject("conversation_parts");
        parts.put("type", "conversation_part.list");
        ArrayNode list = parts.putArray("conversation_parts");
        for (int p = 0; p < 4; p++) {
            ObjectNode part = list.addObject();
            part.put("type", "conversation_part");
            part.put("id", String.valueOf(9001 + p));
            part.put("part_type", p == 2 ? "assignment" : "comment");
            part.put("body", p == 2 ? null : "<p>Message " + p + " about the order</p>");
            part.put("created_at", 1767225000L + p * 60);
            part.put("updated_at", 1767225000L + p * 60);
            part.put("notified_at", 1767225000L + p * 60);
            if (p == 2) {
                part.set("assigned_to", Gen.object().put("type", "admin").put("id", "991268013"));
            } else {
                part.putNull("assigned_to");
            }
            ObjectNode author = p % 2 == 0 ? author("user", Gen.id(n, 24), "Ada Lovelace")
                    : author("bot", "991268001", "Fin");
            if (p % 2 == 1) {
                author.put("from_ai_agent", true);
                author.put("is_ai_answer", true);
            }
            part.set("author", author);
            part.putArray("attachments");
            part.putNull("external_id");
            part.put("redacted", false);
            part.putNull("email_message_metadata");
            part.putNull("app_package_code");
        }
        parts.put("total_count", 4);
        c.putNull("ai_agent");
        return c;
    }

    /**
     * @param topic the notification's topic
     * @param item its {@code data.item}
     * @return the notification body
     */
    public static byte[] notification(String topic, ObjectNode item) {
        ObjectNode n = Gen.object();
        n.put("type", "notification_event");
        n.put("app_id", "q7w2e9rt");
        ObjectNode data = n.putObject("data");
        data.put("type", "notification_event_data");
        data.set("item", item);
        n.putObject("links");
        n.put("id", "notif_5d1e7a40-0b0a-4c9e-9f1e-3f2f6d1a0001");
        n.put("topic", topic);
        n.put("delivery_status", "pending");
        n.put("delivery_attempts", 1);
        n.put("delivered_at", 0);
        n.put("first_sent_at", 1767225600L);
        n.put("created_at", 1767225600L);
        n.putNull("self");
        return Gen.bytes(n);
    }
}
