package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies of the fake, the contacts it knows and which contacts belong to which company; guarded by the
 * {@link FakeIntercomCompanies} it belongs to. A company is kept as Intercom sends it, its {@code user_count}
 * following its contacts.
 */
final class FakeCompanyStore {
    static final String APP_ID = "this_is_an_id147_that_should_be_at_least_";
    static final List<String> REQUEST_FIELDS = List.of("name", "company_id", "plan", "size", "website", "industry",
            "custom_attributes", "remote_created_at", "monthly_spend");

    final Map<String, ObjectNode> companies = new LinkedHashMap<>();
    final Map<String, ObjectNode> contacts = new LinkedHashMap<>();
    /** Company id to the ids of its contacts, in attach order. */
    final Map<String, Set<String>> members = new LinkedHashMap<>();
    private final Clock clock;
    private int nextCompany = 1;
    private int nextPlan = 269_315;

    FakeCompanyStore(Clock clock) {
        this.clock = clock;
        for (int i = 1; i <= 6; i++) {
            ObjectNode c = FakeDirectoryData.F.objectNode();
            c.put("type", "contact");
            c.put("id", FakeIntercomData.contactId(i));
            c.put("external_id", "user-" + i);
            c.put("role", "user");
            c.put("email", "contact" + i + "@example.com");
            c.put("name", "Contact " + i);
            c.putNull("phone");
            c.put("created_at", FakeDirectoryData.EPOCH - i * 3_600L);
            contacts.put(c.get("id").asText(), c);
        }
        seed("acme-1", "Acme Inc", "Enterprise", 120, "Manufacturing", 0, List.of(1, 2), FakeDirectoryData.ACTIVE_USERS);
        seed("globex-2", "Globex", null, 45, "Energy", 1, List.of(3), null);
        seed("initech-3", "Initech", "Starter", 12, "Software", 2, List.of(), null);
        seed("umbrella-4", "Umbrella", "Enterprise", 900, "Pharmaceuticals", 3, List.of(4), FakeDirectoryData.VIP_CUSTOMERS);
        seed("hooli-5", "Hooli", "Pro", 3_000, "Software", 4, List.of(5, 1), FakeDirectoryData.ACTIVE_USERS);
        ObjectNode acme = byCompanyId("acme-1");
        ObjectNode attrs = acme.putObject("custom_attributes");
        attrs.put("paid_subscriber", true);
        attrs.put("monthly_spend", new java.math.BigDecimal("155.5"));
        attrs.put("team_mates", 9);
        attrs.putNull("churn_risk");
        addTag(byCompanyId("umbrella-4"), FakeDirectoryData.tag(FakeDirectoryData.VIP, FakeDirectoryData.TAGS.get(FakeDirectoryData.VIP)));
    }

    private void seed(String companyId, String name, String plan, int size, String industry, int daysAgo,
            List<Integer> contactNumbers, String segmentId) {
        ObjectNode body = FakeDirectoryData.F.objectNode();
        body.put("company_id", companyId);
        body.put("name", name);
        if (plan != null) {
            body.put("plan", plan);
        }
        body.put("size", size);
        body.put("website", "https://" + companyId.replaceAll("-\\d+$", "") + ".example");
        body.put("industry", industry);
        body.put("remote_created_at", FakeDirectoryData.EPOCH - 400L * 86_400);
        body.put("monthly_spend", size * 10L);
        ObjectNode c = create(body, FakeDirectoryData.EPOCH - (daysAgo + 10L) * 86_400);
        c.put("last_request_at", FakeDirectoryData.EPOCH - daysAgo * 86_400L);
        c.put("session_count", size / 3);
        if (segmentId != null) {
            ((ArrayNode) c.get("segments").get("segments")).add(FakeDirectoryData.segment(segmentId));
        }
        for (int n : contactNumbers) {
            attach(c, FakeIntercomData.contactId(n));
        }
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** @return a new company from a create body, at {@code createdAt} */
    ObjectNode create(JsonNode body, long createdAt) {
        ObjectNode c = FakeDirectoryData.F.objectNode();
        c.put("type", "company");
        if (body.hasNonNull("company_id")) {
            c.put("company_id", body.get("company_id").asText());
        }
        c.put("id", String.format("6762f07a1bb69f9f2193%04x", nextCompany++));
        c.put("app_id", APP_ID);
        c.put("name", body.path("name").asText(""));
        c.put("remote_created_at", body.path("remote_created_at").asLong(createdAt));
        c.put("created_at", createdAt);
        c.put("updated_at", createdAt);
        c.put("monthly_spend", 0);
        c.put("session_count", 0);
        c.put("user_count", 0);
        c.putObject("tags").put("type", "tag.list").putArray("tags");
        c.putObject("segments").put("type", "segment.list").putArray("segments");
        c.putObject("plan");
        c.putObject("custom_attributes");
        apply(c, body);
        c.put("updated_at", createdAt);
        companies.put(c.get("id").asText(), c);
        members.put(c.get("id").asText(), new LinkedHashSet<>());
        return c;
    }

    /** Applies the fields of a create or update body (its {@code company_id} is ignored: it cannot change). */
    void apply(ObjectNode c, JsonNode body) {
        for (String f : List.of("name", "website", "industry")) {
            if (body.hasNonNull(f)) {
                c.put(f, body.get(f).asText());
            }
        }
        for (String f : List.of("size", "monthly_spend")) {
            if (body.hasNonNull(f)) {
                // Intercom truncates: 155.98 is stored as 155.
                c.put(f, body.get(f).asLong());
            }
        }
        if (body.hasNonNull("plan")) {
            String plan = body.get("plan").asText();
            JsonNode current = c.path("plan");
            if (!plan.equals(current.path("name").asText(null))) {
                ObjectNode p = c.putObject("plan");
                p.put("type", "plan");
                p.put("id", Integer.toString(nextPlan++));
                p.put("name", plan);
            }
        }
        if (body.path("custom_attributes").isObject()) {
            ObjectNode attrs = (ObjectNode) c.get("custom_attributes");
            body.get("custom_attributes").fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    attrs.remove(e.getKey());
                } else {
                    attrs.set(e.getKey(), e.getValue().deepCopy());
                }
            });
        }
        c.put("updated_at", now());
    }

    ObjectNode byCompanyId(String companyId) {
        for (ObjectNode c : companies.values()) {
            if (companyId.equals(c.path("company_id").asText(null))) {
                return c;
            }
        }
        return null;
    }

    /** @return the company named by a tag request's entry ({@code id} or {@code company_id}), or {@code null} */
    ObjectNode find(JsonNode entry) {
        if (entry.hasNonNull("id")) {
            return companies.get(entry.get("id").asText());
        }
        return entry.hasNonNull("company_id") ? byCompanyId(entry.get("company_id").asText()) : null;
    }

    void attach(ObjectNode company, String contactId) {
        Set<String> m = members.get(company.get("id").asText());
        m.add(contactId);
        company.put("user_count", m.size());
    }

    void detach(ObjectNode company, String contactId) {
        Set<String> m = members.get(company.get("id").asText());
        m.remove(contactId);
        company.put("user_count", m.size());
        company.put("updated_at", now());
    }

    /** @return how many companies the contact belongs to */
    int companiesOf(String contactId) {
        int n = 0;
        for (Set<String> m : members.values()) {
            n += m.contains(contactId) ? 1 : 0;
        }
        return n;
    }

    List<ObjectNode> contactsOf(ObjectNode company) {
        List<ObjectNode> out = new ArrayList<>();
        members.get(company.get("id").asText()).forEach(id -> out.add(contacts.get(id)));
        return out;
    }

    static boolean hasTag(ObjectNode company, String tagId) {
        for (JsonNode t : company.get("tags").get("tags")) {
            if (t.path("id").asText().equals(tagId)) {
                return true;
            }
        }
        return false;
    }

    static boolean inSegment(ObjectNode company, String segmentId) {
        for (JsonNode s : company.get("segments").get("segments")) {
            if (s.path("id").asText().equals(segmentId)) {
                return true;
            }
        }
        return false;
    }

    static void addTag(ObjectNode company, ObjectNode tag) {
        if (!hasTag(company, tag.get("id").asText())) {
            ((ArrayNode) company.get("tags").get("tags")).add(tag.deepCopy());
        }
    }

    static void removeTag(ObjectNode company, String tagId) {
        ArrayNode tags = (ArrayNode) company.get("tags").get("tags");
        for (int i = tags.size() - 1; i >= 0; i--) {
            if (tags.get(i).path("id").asText().equals(tagId)) {
                tags.remove(i);
            }
        }
    }
}
