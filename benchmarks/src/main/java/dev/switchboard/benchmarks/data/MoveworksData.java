package dev.switchboard.benchmarks.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Moveworks Data API records in the shapes of Moveworks' samples and of the April 2026 SysEvents data: about half
 * the conversations are direct messages, the rest system-initiated with a type and a detail object; interactions
 * are user and bot turns with their detail.
 */
public final class MoveworksData {
    private static final List<String> DOMAINS = List.of("IT", "HR", "FINANCE", "TRAVEL_AND_EXPENSE", "FACILITIES");
    private static final List<String> ROUTES = List.of("Notification", "Ticket", "Channel");
    private static final List<String> TYPES = List.of("CONVERSATION_TYPE_TICKET_UPDATE_NOTIFICATION",
            "CONVERSATION_TYPE_COMMS_NOTIFICATION", "CONVERSATION_TYPE_APPROVAL_UPDATE_NOTIFICATION",
            "CONVERSATION_TYPE_TICKET_INTERCEPTION", "CONVERSATION_TYPE_CHANNEL_INTERCEPTION",
            "CONVERSATION_TYPE_EXPIRING_PASSWORD_NOTIFICATION");
    private static final List<String> INTERACTION_TYPES = List.of("INTERACTION_TYPE_FREE_TEXT",
            "INTERACTION_TYPE_BOT_MESSAGE", "INTERACTION_TYPE_BUTTON_CLICK", "INTERACTION_TYPE_LINK_CLICK");

    private MoveworksData() {
    }

    /**
     * @param n the record's number
     * @return a conversation record
     */
    public static ObjectNode conversation(long n) {
        ObjectNode c = Gen.object();
        long t = n * 37;
        c.put("created_time", Gen.millis(t, (int) (n % 1000)));
        c.put("id", Gen.id(n, 12));
        c.put("last_updated_time", Gen.millis(t + 3600 + n % 500, (int) (n * 7 % 1000)));
        c.put("primary_domain", Gen.pick(DOMAINS, n));
        if (n % 2 == 0) {
            c.put("route", "DM");
        } else {
            String type = Gen.pick(TYPES, n / 2);
            c.put("route", type.contains("INTERCEPTION") ? (type.contains("TICKET") ? "Ticket" : "Channel")
                    : Gen.pick(ROUTES, 0));
            c.put("type", type);
            ObjectNode d = c.putObject("detail");
            d.put("ticket_id", "INC" + (10_000_000 + n));
            d.put("ticket_system", "servicenow");
            d.put("campaign_name", n % 3 == 0 ? null : "Quarterly update " + n % 17);
            d.put("reach_out", n % 4 == 1);
        }
        c.put("user_id", Gen.bigDigits(n * 31));
        return c;
    }

    /**
     * @param n the record's number
     * @return an interaction record
     */
    public static ObjectNode interaction(long n) {
        ObjectNode i = Gen.object();
        boolean bot = n % 2 == 1;
        i.put("actor", bot ? "bot" : "user");
        i.put("conversation_id", Gen.id(n / 4, 12));
        i.put("created_time", Gen.millis(n * 11, (int) (n % 1000)));
        ObjectNode d = i.putObject("detail");
        String type = bot ? "INTERACTION_TYPE_BOT_MESSAGE" : Gen.pick(INTERACTION_TYPES, n / 2);
        if (bot) {
            d.put("content", "Here is what I found about request " + n + ": three articles and a form.");
            d.put("domain", Gen.pick(DOMAINS, n));
        } else {
            d.put("content", "See pending approvals for " + n % 97);
            d.put("domain", Gen.pick(DOMAINS, n + 1));
            d.putNull("entity");
        }
        i.put("id", Gen.id(n + 7_000_000, 12));
        i.putNull("label");
        i.put("last_updated_time", Gen.millis(n * 11 + 90, (int) (n * 3 % 1000)));
        if (bot) {
            i.put("parent_interaction_id", Gen.id(n + 6_999_999, 12));
        } else {
            i.putNull("parent_interaction_id");
        }
        i.put("platform", n % 3 == 0 ? "msteams" : "slack");
        i.put("type", type);
        i.put("user_id", Gen.bigDigits(n * 13));
        return i;
    }

    /**
     * @param entity {@code conversations} or {@code interactions}
     * @param first the first record's number
     * @param count how many
     * @return the records, written and joined
     */
    public static byte[] records(String entity, long first, int count) {
        List<ObjectNode> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(entity.equals("conversations") ? conversation(first + k) : interaction(first + k));
        }
        return Gen.joined(out);
    }
}
