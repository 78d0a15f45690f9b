package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workspace directory every part of the Intercom fake agrees on: segments and teams (which the API only reads,
 * so they never change) and the tags a fake starts with. Admin ids are those of {@link FakeIntercomAdmins}.
 */
final class FakeDirectoryData {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final long EPOCH = FakeIntercomAdmins.EPOCH;

    static final String ACTIVE_USERS = "6762f25c1bb69f9f2193bc22";
    static final String NEW_LEADS = "6762f25c1bb69f9f2193bc23";
    static final String VIP_CUSTOMERS = "6762f25c1bb69f9f2193bc24";

    static final String URGENT = "7522907";
    static final String BILLING = "7522908";
    static final String VIP = "7522909";

    /** Tag id to name, as seeded. */
    static final Map<String, String> TAGS = tags();
    /** Tag id to the segments whose rules use it, by name: such a tag cannot be deleted. */
    static final Map<String, List<String>> TAG_DEPENDENTS = Map.of(VIP, List.of("VIP customers"));

    private FakeDirectoryData() {
    }

    private static Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(URGENT, "Urgent");
        t.put(BILLING, "Billing");
        t.put(VIP, "VIP");
        return java.util.Collections.unmodifiableMap(t);
    }

    /** @return the seeded segments, with their contact counts, in list order */
    static List<ObjectNode> segments() {
        return List.of(segment(ACTIVE_USERS, "Active users", "user", 5),
                segment(NEW_LEADS, "Leads this week", "contact", 2),
                segment(VIP_CUSTOMERS, "VIP customers", "user", 1));
    }

    /**
     * @param id a segment id
     * @return a fresh copy of that segment without its count, or {@code null}
     */
    static ObjectNode segment(String id) {
        for (ObjectNode s : segments()) {
            if (s.get("id").asText().equals(id)) {
                s.remove("count");
                return s;
            }
        }
        return null;
    }

    private static ObjectNode segment(String id, String name, String personType, int count) {
        ObjectNode s = F.objectNode();
        s.put("type", "segment");
        s.put("id", id);
        s.put("name", name);
        s.put("created_at", EPOCH - 30 * 86_400);
        s.put("updated_at", EPOCH - 86_400);
        s.put("person_type", personType);
        s.put("count", count);
        return s;
    }

    /** @return the seeded teams, in list order */
    static List<ObjectNode> teams() {
        ObjectNode support = F.objectNode();
        support.put("type", "team");
        support.put("id", "814865");
        support.put("name", "Support");
        support.putArray("admin_ids").add(991267460L).add(991267461L);
        ObjectNode levels = support.putObject("admin_priority_level");
        levels.putArray("primary_admin_ids").add(991267460L);
        levels.putArray("secondary_admin_ids").add(991267461L);
        support.put("distribution_method", "round_robin");
        ObjectNode billing = F.objectNode();
        billing.put("type", "team");
        billing.put("id", "5017691");
        billing.put("name", "Billing");
        billing.putArray("admin_ids").add(991267461L);
        billing.putNull("admin_priority_level");
        billing.put("assignment_limit", 10);
        billing.put("distribution_method", "balanced");
        return List.of(support, billing);
    }

    /**
     * @param id a tag id
     * @param name its name
     * @return the tag as {@code tag_basic}
     */
    static ObjectNode tag(String id, String name) {
        ObjectNode t = F.objectNode();
        t.put("type", "tag");
        t.put("id", id);
        t.put("name", name);
        return t;
    }
}
