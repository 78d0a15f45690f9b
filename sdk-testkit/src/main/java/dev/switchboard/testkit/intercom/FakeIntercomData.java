package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The sandbox's generated records: deterministic calls and conversations shaped like Intercom 2.14's examples, with
 * the 2.14 additions (AI-agent authored parts, quick-reply metadata with translations, {@code ai_agent} timestamps,
 * rating {@code updated_at}) and custom attributes of every JSON type.
 */
final class FakeIntercomData {
    /** 2026-01-01T00:00:00Z: every generated timestamp is after it. */
    static final long BASE = 1_767_225_600L;
    static final long FIN_ID = 991_267_654L;
    static final long FIRST_ADMIN_ID = 991_267_700L;
    static final long TEAM_ID = 5_017_691L;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FakeIntercomData() {
    }

    static String conversationId(int i) {
        return String.valueOf(100_000 + i);
    }

    static String callId(int j) {
        return String.valueOf(7_000 + j);
    }

    static String contactId(int i) {
        return String.format("6762f0%018x", i);
    }

    static long adminId(int i) {
        return FIRST_ADMIN_ID + (i % 4);
    }

    static boolean hasRecording(int j) {
        return j % 4 != 0;
    }

    static boolean hasTranscript(int j) {
        return j % 3 != 0;
    }

    static ObjectNode author(String type, String id, String name, String email, Boolean fromAiAgent, Boolean isAiAnswer) {
        ObjectNode a = NODES.objectNode();
        a.put("type", type);
        a.put("id", id);
        a.put("name", name);
        a.put("email", email);
        if (fromAiAgent != null) {
            a.put("from_ai_agent", fromAiAgent);
            a.put("is_ai_answer", isAiAnswer);
        }
        return a;
    }

    static ObjectNode contactAuthor(int i) {
        return author("user", contactId(i), "Contact " + i, "contact" + i + "@example.com", null, null);
    }

    static ObjectNode adminAuthor(String adminId) {
        return author("admin", adminId, "Admin " + adminId, "admin" + adminId + "@example.com", false, false);
    }

    static ObjectNode finAuthor(boolean aiAnswer) {
        return author("bot", String.valueOf(FIN_ID), "Fin", "operator+fin@example.com", true, aiAnswer);
    }

    static ObjectNode reference(String type, String id) {
        ObjectNode r = NODES.objectNode();
        r.put("type", type);
        r.put("id", id);
        return r;
    }

    /** A part with every field Intercom sends, {@code null}s included. */
    static ObjectNode part(String id, String partType, String body, long at, ObjectNode author, String state) {
        ObjectNode p = NODES.objectNode();
        p.put("type", "conversation_part");
        p.put("id", id);
        p.put("part_type", partType);
        p.put("body", body);
        p.put("created_at", at);
        p.put("updated_at", at);
        p.put("notified_at", at);
        p.putNull("assigned_to");
        p.set("author", author);
        p.set("attachments", NODES.arrayNode());
        p.putNull("external_id");
        p.put("redacted", false);
        p.set("metadata", NODES.objectNode());
        p.putNull("email_message_metadata");
        p.put("state", state);
        p.set("tags", NODES.arrayNode());
        p.putNull("event_details");
        p.putNull("app_package_code");
        return p;
    }

    static ObjectNode quickReplyOption(String text, String uuid, String french) {
        ObjectNode o = NODES.objectNode();
        o.put("text", text);
        o.put("uuid", uuid);
        ObjectNode t = NODES.objectNode();
        t.put("en", text);
        if (french != null) {
            t.put("fr", french);
        }
        o.set("translations", t);
        return o;
    }

    static ObjectNode call(int j, int conversations, String baseUrl) {
        int i = conversations == 0 ? 0 : ((j - 1) % conversations) + 1;
        long initiated = BASE + j * 1_800L;
        long answered = initiated + 5;
        long ended = answered + 60L * (j % 10 + 1);
        ObjectNode c = NODES.objectNode();
        c.put("type", "call");
        c.put("id", callId(j));
        if (i > 0) {
            c.put("conversation_id", conversationId(i));
            c.put("contact_id", contactId(i));
        }
        c.put("admin_id", String.valueOf(adminId(j)));
        c.put("state", "completed");
        c.put("initiated_at", initiated);
        c.put("answered_at", answered);
        c.put("ended_at", ended);
        c.put("created_at", initiated);
        c.put("updated_at", ended + 1);
        if (hasRecording(j)) {
            c.put("recording_url", baseUrl + "/calls/" + callId(j) + "/recording");
        }
        if (hasTranscript(j)) {
            c.put("transcription_url", baseUrl + "/calls/" + callId(j) + "/transcript");
        }
        c.put("call_type", "phone");
        c.put("direction", j % 2 == 1 ? "inbound" : "outbound");
        c.put("ended_reason", "completed");
        c.put("phone", String.format("+1555%07d", j));
        return c;
    }

    static String transcriptText(int j) {
        return "[00:00:03] Teammate 1: \"Hello, thanks for calling. How can I help today?\"\n"
                + "[00:00:09] User: \"I have a question about order " + j + ".\"\n"
                + "[00:00:15] Teammate 1: \"Let me look that up for you.\"";
    }

    static ArrayNode transcriptEntries(int j) {
        ArrayNode entries = NODES.arrayNode();
        String[][] lines = {
            {"00:00:03", "Teammate 1", "Hello, thanks for calling. How can I help today?"},
            {"00:00:09", "User", "I have a question about order " + j + "."},
            {"00:00:15", "Teammate 1", "Let me look that up for you."}};
        for (String[] l : lines) {
            ObjectNode e = NODES.objectNode();
            e.put("timestamp", l[0]);
            e.put("speaker", l[1]);
            e.put("text", l[2]);
            entries.add(e);
        }
        return entries;
    }

    /**
     * @param i the conversation's number, from 1
     * @param partIds the next part id, advanced as parts are made
     * @return the full conversation, parts included
     */
    static ObjectNode conversation(int i, int[] partIds) {
        String[] states = {"open", "closed", "snoozed", "closed"};
        String state = states[(i - 1) % states.length];
        long created = BASE + i * 3_600L;
        long updated = created + 1_800L;
        boolean aiAgent = i % 3 == 1;
        String adminId = String.valueOf(adminId(i));

        ObjectNode c = NODES.objectNode();
        c.put("type", "conversation");
        c.put("id", conversationId(i));
        if (i % 5 == 0) {
            c.putNull("title");
        } else {
            c.put("title", "Order " + i + " question");
        }
        c.put("created_at", created);
        c.put("updated_at", updated);
        if ("open".equals(state)) {
            c.put("waiting_since", updated);
        } else {
            c.putNull("waiting_since");
        }
        if ("snoozed".equals(state)) {
            c.put("snoozed_until", updated + 86_400L);
        } else {
            c.putNull("snoozed_until");
        }
        ObjectNode source = NODES.objectNode();
        source.put("type", "conversation");
        source.put("id", String.valueOf(403_918_000 + i));
        source.put("delivered_as", "customer_initiated");
        source.put("subject", "");
        source.put("body", "<p>Hi, I need help with order " + i + "</p>");
        source.set("author", contactAuthor(i));
        source.set("attachments", NODES.arrayNode());
        source.putNull("url");
        source.put("redacted", false);
        c.set("source", source);
        ObjectNode contacts = NODES.objectNode();
        contacts.put("type", "contact.list");
        ObjectNode contact = NODES.objectNode();
        contact.put("type", "contact");
        contact.put("id", contactId(i));
        contact.put("external_id", "user-" + i);
        contacts.set("contacts", NODES.arrayNode().add(contact));
        c.set("contacts", contacts);
        ObjectNode first = NODES.objectNode();
        first.put("created_at", created);
        first.put("type", "conversation");
        first.putNull("url");
        c.set("first_contact_reply", first);
        if (i % 3 == 0) {
            c.putNull("admin_assignee_id");
        } else {
            c.put("admin_assignee_id", adminId(i));
        }
        if (i % 2 == 0) {
            c.put("team_assignee_id", TEAM_ID);
        } else {
            c.putNull("team_assignee_id");
        }
        c.put("open", "open".equals(state));
        c.put("state", state);
        c.put("read", i % 2 == 0);
        ObjectNode tags = NODES.objectNode();
        tags.put("type", "tag.list");
        ArrayNode tagList = NODES.arrayNode();
        if (i % 4 == 0) {
            ObjectNode tag = NODES.objectNode();
            tag.put("type", "tag");
            tag.put("id", "123456");
            tag.put("name", "billing");
            tag.put("applied_at", created + 60);
            tag.set("applied_by", reference("admin", adminId));
            tagList.add(tag);
        }
        tags.set("tags", tagList);
        c.set("tags", tags);
        c.put("priority", i % 7 == 0 ? "priority" : "not_priority");
        c.putNull("sla_applied");
        if (i % 2 == 0) {
            ObjectNode stats = NODES.objectNode();
            stats.put("type", "conversation_statistics");
            stats.put("time_to_admin_reply", 600 + i);
            stats.put("first_contact_reply_at", created);
            stats.put("first_admin_reply_at", created + 600 + i);
            stats.put("last_closed_by_id", adminId);
            stats.put("count_reopens", 0);
            stats.put("count_assignments", 1);
            stats.put("count_conversation_parts", 4);
            stats.put("handling_time", 1_200);
            stats.put("adjusted_handling_time", 900);
            c.set("statistics", stats);
        } else {
            c.putNull("statistics");
        }
        if (i % 6 == 0) {
            ObjectNode rating = NODES.objectNode();
            rating.put("rating", 5);
            rating.put("remark", "");
            rating.put("created_at", updated);
            rating.put("updated_at", updated + 30);
            rating.set("contact", contact.deepCopy());
            rating.set("teammate", reference("admin", adminId));
            c.set("conversation_rating", rating);
        } else {
            c.putNull("conversation_rating");
        }
        ObjectNode teammates = NODES.objectNode();
        teammates.put("type", "admin.list");
        teammates.set("teammates", NODES.arrayNode().add(reference("admin", adminId)));
        c.set("teammates", teammates);
        ObjectNode custom = NODES.objectNode();
        custom.put("vip", i % 2 == 0);
        custom.put("score", new BigDecimal("4.5"));
        custom.put("order_total_cents", 12_345_678_901L + i);
        custom.put("channel", i % 2 == 0 ? "web" : "phone");
        custom.putNull("notes");
        c.set("custom_attributes", custom);
        c.set("topics", NODES.objectNode());
        c.putNull("ticket");
        ObjectNode linked = NODES.objectNode();
        linked.put("type", "list");
        linked.set("data", NODES.arrayNode());
        linked.put("total_count", 0);
        linked.put("has_more", false);
        c.set("linked_objects", linked);
        if (aiAgent) {
            ObjectNode ai = NODES.objectNode();
            ai.put("source_type", "workflow");
            ai.put("source_title", "Order help");
            ai.put("last_answer_type", "ai_answer");
            ai.put("resolution_state", "assumed_resolution");
            ai.put("rating", 4);
            ai.putNull("rating_remark");
            ai.put("created_at", updated);
            ai.put("updated_at", updated + 10);
            ObjectNode sources = NODES.objectNode();
            sources.put("type", "content_source.list");
            sources.put("total_count", 1);
            ObjectNode article = NODES.objectNode();
            article.put("content_type", "article");
            article.put("url", "/fin-ai-agent/content?content=article&id=" + i);
            article.put("title", "Where is my order?");
            article.put("locale", "en");
            sources.set("content_sources", NODES.arrayNode().add(article));
            ai.set("content_sources", sources);
            c.set("ai_agent", ai);
        } else {
            c.putNull("ai_agent");
        }
        c.put("ai_agent_participated", aiAgent);
        c.set("conversation_parts", parts(i, created, aiAgent, state, adminId, partIds));
        return c;
    }

    private static ObjectNode parts(int i, long created, boolean aiAgent, String state, String adminId, int[] partIds) {
        ArrayNode parts = NODES.arrayNode();
        long at = created;
        parts.add(part(String.valueOf(partIds[0]++), "comment", "<p>Can you check the delivery date?</p>", at += 60,
                contactAuthor(i), "open"));
        String yes = UUID.nameUUIDFromBytes(("yes-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String no = UUID.nameUUIDFromBytes(("no-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        ObjectNode asker = aiAgent ? finAuthor(false) : adminAuthor(adminId);
        if (aiAgent) {
            parts.add(part(String.valueOf(partIds[0]++), "comment", "<p>Your order " + i + " ships tomorrow.</p>", at += 30,
                    finAuthor(true), "open"));
        }
        ObjectNode question = part(String.valueOf(partIds[0]++), "quick_reply", "<p>Did that answer your question?</p>",
                at += 30, asker, "open");
        ObjectNode metadata = NODES.objectNode();
        metadata.set("quick_reply_options", NODES.arrayNode()
                .add(quickReplyOption("Yes", yes, "Oui"))
                .add(quickReplyOption("No", no, "Non")));
        question.set("metadata", metadata);
        parts.add(question);
        ObjectNode answer = part(String.valueOf(partIds[0]++), "comment", "Yes", at += 30, contactAuthor(i), "open");
        ObjectNode chosen = NODES.objectNode();
        chosen.put("quick_reply_uuid", yes);
        answer.set("metadata", chosen);
        parts.add(answer);
        if (i % 2 == 0) {
            parts.add(part(String.valueOf(partIds[0]++), "note", "<p>Checked with the warehouse.</p>", at += 60,
                    adminAuthor(adminId), "open"));
        }
        ObjectNode assignment = part(String.valueOf(partIds[0]++), "assignment", null, at + 60, adminAuthor(adminId), state);
        assignment.set("assigned_to", reference("admin", adminId));
        parts.add(assignment);
        ObjectNode list = NODES.objectNode();
        list.put("type", "conversation_part.list");
        list.set("conversation_parts", parts);
        list.put("total_count", parts.size());
        return list;
    }
}
