package dev.switchboard.testkit.aloochat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox data of a {@link FakeAloochat}: agent actions and system notices of one company, one an hour back
 * from "now", each for one to three of four team members, in the documented shape (snake_case, ISO-8601 UTC
 * timestamps, {@code read_at: null} while unread), plus the drift a client meets: a type and a priority no document
 * lists, metadata with numbers, nulls, nested objects and undocumented keys. Deterministic.
 */
final class AloochatSeed {
    static final String COMPANY_ID = "c0a80121-7ac0-4e1c-9d5a-000000000001";
    /** A notification type no AlooChat page lists. */
    static final String NEW_TYPE = "webhook_delivery";
    /** A priority no AlooChat page lists. */
    static final String NEW_PRIORITY = "critical";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TYPES = {"agent_action", "email_sent", "slack_message", "api_call", "tool_usage",
        "system"};
    private static final String[] PRIORITIES = {"low", "medium", "medium", "high", "urgent"};
    private static final String[] TOOLS = {"email_tool", "slack_tool", "http_tool", "crm_lookup", "ticket_tool"};

    private AloochatSeed() {
    }

    static String userId(int n) {
        return String.format("6f1c2b7e-0000-4000-8000-%012d", n);
    }

    static String agentId(int n) {
        return String.format("a9e1d3c4-0000-4000-8000-%012d", n);
    }

    static ObjectNode user(int n) {
        String[] names = {"Ada Admin", "Sam Support", "Lee Lead", "Kim Kassa"};
        String[] emails = {"ada@sandbox.example", "sam@sandbox.example", "lee@sandbox.example", "kim@sandbox.example"};
        return NODES.objectNode().put("id", userId(n)).put("email", emails[n - 1]).put("name", names[n - 1]);
    }

    static ObjectNode agent(int n) {
        String[] names = {"Support Agent", "Billing Agent", "Onboarding Agent"};
        return NODES.objectNode().put("id", agentId(n)).put("email", "agent" + n + "@aloochat.ai")
                .put("name", names[n - 1]);
    }

    /** @return {@code count} notifications, newest first, one an hour back from {@code now} */
    static List<ObjectNode> notifications(int count, Instant now) {
        List<ObjectNode> all = new ArrayList<>(count);
        Instant base = now.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            all.add(notification(i, base.minus(Duration.ofHours(i).plusMinutes(3))));
        }
        return all;
    }

    private static ObjectNode notification(int i, Instant created) {
        String type = i % 29 == 7 ? NEW_TYPE : TYPES[i % TYPES.length];
        boolean system = type.equals("system");
        String id = String.format("123e4567-e89b-42d3-a456-%012d", i + 1);
        int agent = 1 + (i / TYPES.length) % 3; // independent of the type
        ObjectNode n = NODES.objectNode();
        n.put("id", id);
        n.put("company_id", COMPANY_ID);
        if (system) {
            n.putNull("sender_id");
        } else {
            n.put("sender_id", agentId(agent));
        }
        n.put("notification_type", type);
        n.put("priority", i % 31 == 11 ? NEW_PRIORITY : PRIORITIES[i % PRIORITIES.length]);
        n.put("status", "unread"); // recomputed from the recipients when served
        n.put("title", system ? "Scheduled maintenance window" : title(type));
        n.put("message", system ? "AlooChat will be briefly unavailable for maintenance."
                : "Support Agent handled query #" + (12000 + i) + " (" + type.replace('_', ' ') + ")");
        n.set("metadata", system ? NODES.objectNode() : metadata(i, type, agent));
        if (system) {
            n.putNull("action_url");
            n.putNull("expires_at");
        } else {
            n.put("action_url", "https://app.aloochat.ai/queries/q-" + (12000 + i));
            n.put("expires_at", created.plus(Duration.ofDays(5)).toString());
        }
        n.put("created_at", created.toString());
        n.put("updated_at", created.plusSeconds(i % 4 == 0 ? 0 : 42).toString());
        if (system) {
            n.putNull("sender");
        } else {
            n.set("sender", agent(agent));
        }
        ArrayNode recipients = n.putArray("recipients");
        int count = 1 + i % 3;
        for (int k = 0; k < count; k++) {
            int user = 1 + (i + k) % 4;
            String status = (i + k) % 5 == 0 ? "archived" : (i + k) % 3 == 0 ? "read" : "unread";
            ObjectNode r = recipients.addObject();
            r.put("id", String.format("9b2d6e1a-0000-4000-8000-%06d%06d", i + 1, k + 1));
            r.put("notification_id", id);
            r.put("user_id", userId(user));
            r.put("status", status);
            if (status.equals("unread")) {
                r.putNull("read_at");
            } else {
                r.put("read_at", created.plusSeconds(600L * (k + 1)).toString());
            }
            r.set("user", user(user));
        }
        return n;
    }

    private static String title(String type) {
        switch (type) {
            case "email_sent":
                return "Agent sent email to customer";
            case "slack_message":
                return "Agent posted in #support";
            case "api_call":
                return "Agent called the billing API";
            case "tool_usage":
                return "Agent looked up the customer in the CRM";
            case "agent_action":
                return "Agent resolved a customer query";
            default:
                return "Agent delivered a webhook";
        }
    }

    private static ObjectNode metadata(int i, String type, int agent) {
        ObjectNode m = NODES.objectNode();
        m.put("agent_id", agentId(agent));
        m.put("query_id", "q-" + (12000 + i));
        m.put("action_type", type);
        if (type.equals("email_sent")) {
            m.put("recipient_email", "customer" + (i % 11) + "@example.com");
            m.put("email_subject", "Follow-up on your inquiry #" + (12000 + i));
        }
        m.put("tool_used", TOOLS[i % TOOLS.length]);
        if (i % 4 == 1) {
            m.put("execution_time", new BigDecimal("1.75")); // a number where the page shows "2.3s"
        } else {
            m.put("execution_time", (1 + i % 5) + "." + (i % 10) + "s");
        }
        if (i % 6 == 2) {
            m.putObject("http").put("status", 200).put("endpoint", "/v1/invoices").putNull("retry_of");
        }
        if (i % 9 == 4) {
            m.putNull("escalated_to");
            m.put("confidence", new BigDecimal("0.930"));
        }
        return m;
    }
}
