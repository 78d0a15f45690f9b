package dev.switchboard.testkit.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.TestJson;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generates the fake's records: the same input always gives the same records, in the shapes of Moveworks' sample
 * responses and of the April 2026 SysEvents data.
 *
 * <p>Conversations come in cycles of 20: five DM conversations, one legacy notification (route {@code Notification},
 * no type), then one conversation of each of the 14 SysEvent types. Ticket and channel interceptions reach out to
 * the user in even cycles only; in odd cycles they have no interactions and no plugin calls, and a channel
 * interception's auto-filed ticket is a plugin resource without interaction and plugin call. SysEvent messages are
 * bot interactions without parent; SysEvent plugin calls and resources point at the bot interaction; the CSAT
 * notification's message is blank ({@code content: null}), as about 0.05% of real SysEvent messages are.
 */
final class MoveworksDataset {
    static final List<String> ENTITIES = List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users");

    /** The 14 documented SysEvent conversation types, in the order of Moveworks' list. */
    static final List<String> CONVERSATION_TYPES = List.of(
            "CONVERSATION_TYPE_APPROVAL_UPDATE_NOTIFICATION",
            "CONVERSATION_TYPE_COMMS_NOTIFICATION",
            "CONVERSATION_TYPE_AMBIENT_AGENT_NOTIFICATION",
            "CONVERSATION_TYPE_EVENTS_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_UPDATE_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_WAITING_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_WATCHER_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_NUDGE_NOTIFICATION",
            "CONVERSATION_TYPE_EXPIRED_PASSWORD_NOTIFICATION",
            "CONVERSATION_TYPE_EXPIRING_PASSWORD_NOTIFICATION",
            "CONVERSATION_TYPE_LOCKED_ACCOUNT_NOTIFICATION",
            "CONVERSATION_TYPE_CSAT_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_INTERCEPTION",
            "CONVERSATION_TYPE_CHANNEL_INTERCEPTION");

    static final int CYCLE = 20;
    private static final int DM_PER_CYCLE = 5;
    private static final List<String> DOMAINS = List.of("IT", "HR", "FINANCE", "TRAVEL_AND_EXPENSE");
    private static final List<String> PLATFORMS = List.of("msteams", "slack");
    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The fields each entity is documented with; filters, orderings and selections may use only these. */
    static final Map<String, Set<String>> FIELDS = Map.of(
            "conversations", Set.of("id", "user_id", "created_time", "last_updated_time", "route", "primary_domain", "type",
                    "detail"),
            "interactions", Set.of("id", "conversation_id", "user_id", "created_time", "last_updated_time", "platform", "type",
                    "actor", "label", "parent_interaction_id", "detail"),
            "plugin-calls", Set.of("id", "conversation_id", "user_id", "interaction_id", "created_time", "last_updated_time",
                    "plugin_update_time", "plugin_name", "served", "used"),
            "plugin-resources", Set.of("id", "conversation_id", "user_id", "interaction_id", "plugin_call_id", "type",
                    "resource_id", "detail", "cited", "created_time", "last_updated_time"),
            "users", Set.of("id", "first_name", "last_name", "email_addr", "user_preferred_language", "access_to_bot",
                    "external_ids", "first_interaction_time", "latest_interaction_time", "last_updated_time"));

    private final Instant start;
    private final List<ObjectNode> users = new ArrayList<>();
    private final List<ObjectNode> conversations = new ArrayList<>();
    private final List<ObjectNode> interactions = new ArrayList<>();
    private final List<ObjectNode> pluginCalls = new ArrayList<>();
    private final List<ObjectNode> pluginResources = new ArrayList<>();

    private MoveworksDataset(Instant start) {
        this.start = start;
    }

    /**
     * @param conversationCount how many conversations
     * @param userCount how many users (at least 1)
     * @param start the first conversation's creation time
     * @return the records of every entity, by entity name; the lists are unmodifiable, the nodes must not be changed
     */
    static Map<String, List<ObjectNode>> generate(int conversationCount, int userCount, Instant start) {
        MoveworksDataset d = new MoveworksDataset(start);
        for (int i = 0; i < userCount; i++) {
            d.users.add(d.user(i));
        }
        for (int i = 0; i < conversationCount; i++) {
            d.conversation(i);
        }
        Map<String, List<ObjectNode>> all = new LinkedHashMap<>();
        all.put("conversations", Collections.unmodifiableList(d.conversations));
        all.put("interactions", Collections.unmodifiableList(d.interactions));
        all.put("plugin-calls", Collections.unmodifiableList(d.pluginCalls));
        all.put("plugin-resources", Collections.unmodifiableList(d.pluginResources));
        all.put("users", Collections.unmodifiableList(d.users));
        return Collections.unmodifiableMap(all);
    }

    /** @return a 20-digit user id, larger than a {@code long} can hold */
    static String userId(int i) {
        return "1264866146121" + String.format(Locale.ROOT, "%07d", i);
    }

    private static String time(Instant t) {
        return MILLIS.format(t);
    }

    private ObjectNode user(int i) {
        boolean deprovisioned = i % 7 == 6;
        Instant first = start.minus(Duration.ofDays(30 + i));
        Object externalIds = deprovisioned ? null : List.of(
                TestJson.object("connector_name", "slack", "external_id", "U" + (1000 + i) + ":T9Y2010KZ", "source", "SLACK"),
                TestJson.object("connector_name", "snow", "external_id", String.format(Locale.ROOT, "%032x", 7919L * (i + 1)),
                        "source", "SNOW"));
        return TestJson.object(
                "id", userId(i),
                "first_name", "FirstName" + i,
                "last_name", i == 1 ? "O'Brien" : "LastName" + i,
                "email_addr", "user" + i + "@example.com",
                "user_preferred_language", i % 5 == 4 ? "FR_CA" : "EN_US",
                "access_to_bot", !deprovisioned,
                "external_ids", externalIds,
                "first_interaction_time", deprovisioned ? null : time(first),
                "latest_interaction_time", deprovisioned ? null : time(start.plus(Duration.ofHours(i))),
                "last_updated_time", time(start.plus(Duration.ofHours(i)).plusMillis(250)));
    }

    private void conversation(int i) {
        int slot = i % CYCLE;
        boolean reachOut = (i / CYCLE) % 2 == 0;
        String id = String.format(Locale.ROOT, "conv%08d", i);
        String user = users.get(i % users.size()).get("id").asText();
        Instant created = start.plus(Duration.ofMinutes(17L * i)).plusMillis(123);
        Instant updated = created.plus(Duration.ofMinutes(5));
        Context c = new Context(id, user, created, updated, PLATFORMS.get(i % PLATFORMS.size()));
        if (slot < DM_PER_CYCLE) {
            String domain = DOMAINS.get(i % DOMAINS.size());
            conversations.add(conversationNode(c, "DM", domain, null, null));
            dm(c, domain, slot == 0);
        } else if (slot == DM_PER_CYCLE) {
            conversations.add(conversationNode(c, "Notification", null, null, null));
            String bot = interaction(c, 1, "INTERACTION_TYPE_BOT_MESSAGE", "bot", null, TestJson.object("content", "Reminder: your laptop is due for a refresh."));
            interaction(c, 30, "INTERACTION_TYPE_BUTTON_CLICK", "user", bot, TestJson.object("content", "Remind me later"));
        } else {
            String type = CONVERSATION_TYPES.get(slot - DM_PER_CYCLE - 1);
            sysEvent(c, type, i, reachOut);
        }
    }

    private ObjectNode conversationNode(Context c, String route, String domain, String type, ObjectNode detail) {
        return TestJson.object("id", c.id, "user_id", c.user, "created_time", time(c.created), "last_updated_time", time(c.updated),
                "route", route, "primary_domain", domain, "type", type, "detail", detail);
    }

    private void dm(Context c, String domain, boolean withClick) {
        String question = interaction(c, 0, "INTERACTION_TYPE_FREE_TEXT", "user", null,
                TestJson.object("content", "How do I reset my VPN token?", "domain", domain, "entity", "vpn"));
        String answer = interaction(c, 2, "INTERACTION_TYPE_BOT_MESSAGE", "bot", question,
                TestJson.object("content", "Here is how to reset your VPN token."));
        if (withClick) {
            interaction(c, 20, "INTERACTION_TYPE_BUTTON_CLICK", "user", answer, TestJson.object("content", "That helped"));
        }
        String call = pluginCall(c, question, "Enterprise Search", 1, true, true);
        pluginResource(c, question, call, "RESOURCE_TYPE_KNOWLEDGE", "KB" + c.id.substring(4), TestJson.object(
                "domain", domain, "external_resource_id", "KB" + c.id.substring(4), "name", "Reset your VPN token",
                "snippet", "Open the VPN client and choose Reset token.", "url", "https://kb.example.com/" + c.id), true);
    }

    private void sysEvent(Context c, String type, int i, boolean reachOut) {
        ObjectNode detail;
        String route = "Notification";
        String domain = null;
        String message;
        switch (type) {
            case "CONVERSATION_TYPE_APPROVAL_UPDATE_NOTIFICATION" -> {
                detail = TestJson.object("type", "REQUEST_ITEM", "source", "snow", "domain", "IT");
                message = "RITM00" + (10500 + i) + " needs your approval.";
            }
            case "CONVERSATION_TYPE_COMMS_NOTIFICATION" -> {
                detail = TestJson.object("campaign_id", "cmp-" + i, "campaign_name", "Open enrollment");
                message = "Open enrollment starts Monday.";
            }
            case "CONVERSATION_TYPE_AMBIENT_AGENT_NOTIFICATION" -> {
                detail = TestJson.object("usecase_id", "uc-" + i, "usecase_name", "Laptop refresh");
                message = "Your laptop is eligible for a refresh.";
            }
            case "CONVERSATION_TYPE_EVENTS_NOTIFICATION" -> {
                detail = TestJson.object("usecase_id", "ev-" + i, "usecase_name", "Benefits webinar");
                message = "The benefits webinar starts in 15 minutes.";
            }
            case "CONVERSATION_TYPE_TICKET_UPDATE_NOTIFICATION", "CONVERSATION_TYPE_TICKET_WAITING_NOTIFICATION",
                    "CONVERSATION_TYPE_TICKET_WATCHER_NOTIFICATION", "CONVERSATION_TYPE_TICKET_NUDGE_NOTIFICATION" -> {
                detail = TestJson.object("ticket_id", "INC00" + (12000 + i));
                message = "Ticket INC00" + (12000 + i) + " was updated.";
            }
            case "CONVERSATION_TYPE_TICKET_INTERCEPTION" -> {
                route = "Ticket";
                domain = "IT";
                detail = TestJson.object("ticket_id", "INC00" + (13000 + i), "content", "Outlook won't open after the update");
                message = "I can help with INC00" + (13000 + i) + " right now.";
            }
            case "CONVERSATION_TYPE_CHANNEL_INTERCEPTION" -> {
                route = "Channel";
                domain = "HR";
                detail = TestJson.object("channel_id", "C0" + (8000 + i), "channel_name", "ask-hr", "content", "How do I update my W-4?");
                message = "Here is how to update your W-4.";
            }
            case "CONVERSATION_TYPE_EXPIRED_PASSWORD_NOTIFICATION" -> {
                detail = null;
                message = "Your password has expired.";
            }
            case "CONVERSATION_TYPE_EXPIRING_PASSWORD_NOTIFICATION" -> {
                detail = null;
                message = "Your password expires in 3 days.";
            }
            case "CONVERSATION_TYPE_LOCKED_ACCOUNT_NOTIFICATION" -> {
                detail = null;
                message = "Your account was locked after too many attempts.";
            }
            default -> {
                // CSAT: no detail, and a blank message, as about 0.05% of real SysEvent messages are.
                detail = null;
                message = null;
            }
        }
        conversations.add(conversationNode(c, route, domain, type, detail));
        boolean interception = type.endsWith("_INTERCEPTION");
        if (interception && !reachOut) {
            if (type.equals("CONVERSATION_TYPE_CHANNEL_INTERCEPTION")) {
                pluginResource(c, null, null, "RESOURCE_TYPE_TICKET", "HR-" + (1600 + i), TestJson.object("domain", "HR",
                        "source", "jira_service_desk", "ticket_type", "HR_CASE", "type", "BOT_INITIATED_TICKET",
                        "url", "https://jira.example.com/browse/HR-" + (1600 + i)), false);
            }
            return;
        }
        String bot = interaction(c, 1, "INTERACTION_TYPE_BOT_MESSAGE", "bot", null, TestJson.object("content", message));
        if (type.equals("CONVERSATION_TYPE_APPROVAL_UPDATE_NOTIFICATION")) {
            String waiting = pluginCall(c, bot, "Approvals", 1, true, false);
            pluginResource(c, bot, waiting, "RESOURCE_TYPE_APPROVAL", "RITM00" + (10500 + i),
                    TestJson.object("domain", "UNKNOWN", "source", "moveworks", "type", "REQUEST_ITEM"), false);
            String click = interaction(c, 40, "INTERACTION_TYPE_BUTTON_CLICK", "user", bot, TestJson.object("content", "Approve"));
            pluginCall(c, click, "Approvals", 41, true, true);
        } else if (interception) {
            String call = pluginCall(c, bot, type.contains("TICKET") ? "Ticket Interception" : "Channel Resolver", 1, true, true);
            pluginResource(c, bot, call, "RESOURCE_TYPE_KNOWLEDGE", "KB" + c.id.substring(4), TestJson.object(
                    "domain", type.contains("TICKET") ? "IT" : "HR", "external_resource_id", "KB" + c.id.substring(4),
                    "name", "Troubleshooting guide", "snippet", "Restart the app, then ...", "url", "https://kb.example.com/" + c.id),
                    true);
        }
    }

    private String interaction(Context c, int secondsIn, String type, String actor, String parent, ObjectNode detail) {
        String id = String.format(Locale.ROOT, "intr%08d", interactions.size());
        Instant created = c.created.plusSeconds(secondsIn);
        interactions.add(TestJson.object("id", id, "conversation_id", c.id, "user_id", c.user, "created_time", time(created),
                "last_updated_time", time(c.updated), "platform", c.platform, "type", type, "actor", actor,
                "label", null, "parent_interaction_id", parent, "detail", detail));
        return id;
    }

    private String pluginCall(Context c, String interaction, String name, int secondsIn, boolean served, boolean used) {
        String id = String.format(Locale.ROOT, "plgc%08d", pluginCalls.size());
        Instant created = c.created.plusSeconds(secondsIn);
        pluginCalls.add(TestJson.object("id", id, "conversation_id", c.id, "user_id", c.user, "interaction_id", interaction,
                "created_time", time(created), "last_updated_time", time(c.updated),
                "plugin_update_time", time(created.plusMillis(1500)), "plugin_name", name, "served", served, "used", used));
        return id;
    }

    private void pluginResource(Context c, String interaction, String call, String type, String resourceId, JsonNode detail,
            boolean cited) {
        long n = pluginResources.size() + 1L;
        String id = String.format(Locale.ROOT, "%016x%016x", n * 0x9E3779B97F4A7C15L, n * 0xC2B2AE3D27D4EB4FL);
        pluginResources.add(TestJson.object("id", id, "conversation_id", c.id, "user_id", c.user, "interaction_id", interaction,
                "plugin_call_id", call, "type", type, "resource_id", resourceId, "detail", detail, "cited", cited,
                "created_time", time(c.created.plusSeconds(2)), "last_updated_time", time(c.updated)));
    }

    private record Context(String id, String user, Instant created, Instant updated, String platform) {
    }
}
