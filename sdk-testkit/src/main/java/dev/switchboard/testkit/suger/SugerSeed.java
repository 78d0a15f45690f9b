package dev.switchboard.testkit.suger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sandbox data of a {@link FakeSuger}: events and messages spread over the weeks before "now", written the way
 * Suger's Go server writes them (every field present, zero values as {@code ""}, {@code null} and
 * {@code 0001-01-01T00:00:00Z}) and with the drift a client meets in practice: empty enum values, values newer than
 * any spec, a value a later spec removed, and a field no spec has. Deterministic: the same count and "now" give the
 * same data.
 */
final class SugerSeed {
    static final String ZERO_TIME = "0001-01-01T00:00:00Z";
    /** An action value no published spec lists (a value added by the server after the SDK was built). */
    static final String NEW_ACTION = "QUOTE_RENEWAL";
    /** An action the May 2025 spec had and v3.14.0 removed. */
    static final String REMOVED_ACTION = "MARKETPLACE_CONTACT_EMAIL_UPDATE";
    /** A partner value no published spec lists. */
    static final String NEW_PARTNER = "NEBULA_CLOUD";
    /** A channel value no published spec lists. */
    static final String NEW_CHANNEL = "DISCORD";
    /** A field no published spec has. */
    static final String NEW_FIELD = "workflowExecutionID";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] PRIORITIES = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    private static final String[] ACTIONS = {"CREATE", "UPDATE", "EXPIRE_SOON", "ACCEPT", "NOTIFY_CONTACTS", "METER",
        "ROTATE_SECRET", "CANCEL"};
    private static final String[] ENTITY_TYPES = {"OFFER", "ENTITLEMENT", "PRODUCT", "INTEGRATION",
        "USAGE_RECORD_GROUP"};
    private static final String[] PARTNERS = {"AWS", "AZURE", "GCP", "SNOWFLAKE"};
    private static final String[] STATUSES = {"DONE", "DONE", "SCHEDULED", "PENDING", "FAILED"};
    /** Fractions of a second as Go writes them: none, milliseconds, trailing zeros trimmed, nanoseconds. */
    private static final long[] NANOS = {0, 71_000_000, 500_000_000, 123_456_789, 120_000_000};

    private SugerSeed() {
    }

    /** @return {@code count} events, newest first, one about every 4.5 hours back from {@code now} */
    static List<ObjectNode> events(int count, Instant now, String organizationId) {
        List<ObjectNode> events = new ArrayList<>(count);
        Instant base = now.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            Instant at = base.minus(Duration.ofMinutes(270L * i + 7)).plusNanos(NANOS[i % NANOS.length]);
            events.add(event(i, at, organizationId));
        }
        return events;
    }

    private static ObjectNode event(int i, Instant at, String organizationId) {
        ObjectNode e = NODES.objectNode();
        String entityType = i % 23 == 5 ? "" : ENTITY_TYPES[i % ENTITY_TYPES.length];
        e.put("action", action(i));
        e.set("ccContactIds", i % 4 == 0 ? strings("contact-cc-" + (i % 9)) : NODES.nullNode());
        e.set("channels", channels(i));
        e.set("contactEmails", i % 3 == 0 ? NODES.nullNode() : strings("buyer" + (i % 17) + "@example.com"));
        e.set("contactIds", i % 3 == 0 ? NODES.nullNode() : strings("contact-" + (i % 17)));
        e.set("createdBy", createdBy(i));
        e.set("customFields", customFields(i));
        String entity = entityType.toLowerCase(Locale.ROOT);
        e.put("entityID", entityType.isEmpty() ? "" : entity + "-" + (i % 12));
        e.put("entityName", entityType.isEmpty() ? "" : "Sandbox " + entity + " " + (i % 12));
        e.put("entityStatus", i % 2 == 0 ? "ACTIVE" : "");
        e.put("entityType", entityType);
        e.put("eventID", String.format("evt-%05d", i + 1));
        e.put("eventStatus", i % 19 == 3 ? "" : STATUSES[i % STATUSES.length]);
        e.set("info", i % 5 == 0 ? NODES.objectNode().put("source", "sandbox").put("attempt", 1 + i % 3)
                : NODES.nullNode());
        e.put("isActionItem", i % 6 == 0);
        e.put("lastUpdateTime", i % 3 == 1 ? ZERO_TIME : FakeSuger.goTime(at.plusSeconds(90)));
        e.put("message", "Sandbox event " + (i + 1) + ": " + action(i).toLowerCase(Locale.ROOT).replace('_', ' ')
                + (i % 10 == 4 ? " (expires in 7 days)" : ""));
        e.put("organizationID", organizationId);
        e.put("partner", i % 5 == 2 ? "" : i % 17 == 9 ? NEW_PARTNER : PARTNERS[i % PARTNERS.length]);
        e.put("priority", PRIORITIES[i % PRIORITIES.length]);
        e.put("requireAudit", i % 2 == 1);
        e.put("timestamp", FakeSuger.goTime(at));
        e.put("title", "Event " + (i + 1) + " on " + (entityType.isEmpty() ? "the organization" : entityType));
        e.set("trackEvents", trackEvents(i, at));
        if (i % 8 == 6) {
            e.put(NEW_FIELD, "wfx-" + i);
        }
        return e;
    }

    private static String action(int i) {
        if (i % 7 == 0) {
            return "";
        }
        if (i % 11 == 1) {
            return NEW_ACTION;
        }
        if (i % 13 == 2) {
            return REMOVED_ACTION;
        }
        return ACTIONS[i % ACTIONS.length];
    }

    private static com.fasterxml.jackson.databind.JsonNode channels(int i) {
        switch (i % 5) {
            case 0:
                return strings("EMAIL");
            case 1:
                return strings("SLACK", "EMAIL");
            case 2:
                return NODES.nullNode();
            case 3:
                return strings("EMAIL", NEW_CHANNEL);
            default:
                return strings("MICROSOFT_TEAMS");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode createdBy(int i) {
        if (i % 9 == 4) {
            return NODES.nullNode();
        }
        boolean user = i % 2 == 0;
        return NODES.objectNode()
                .put("email", user ? "owner@sandbox.example" : "")
                .put("entityId", user ? "user-1" : "apiclient-7")
                .put("entityType", user ? "USER" : "API_CLIENT")
                .put("name", user ? "Sandbox Owner" : "billing-sync");
    }

    private static com.fasterxml.jackson.databind.JsonNode customFields(int i) {
        if (i % 4 == 3) {
            return NODES.nullNode();
        }
        ObjectNode f = NODES.objectNode();
        f.put("amount", new BigDecimal("1250.50").add(BigDecimal.valueOf(i)));
        f.put("seats", 5 + i % 20);
        f.put("autoRenew", i % 2 == 0);
        f.putNull("notes");
        if (i % 6 == 0) {
            f.set("dimensions", NODES.arrayNode().add("api_calls").add("storage_gb"));
        }
        return f;
    }

    private static com.fasterxml.jackson.databind.JsonNode trackEvents(int i, Instant at) {
        if (i % 3 != 0) {
            return NODES.nullNode();
        }
        ArrayNode a = NODES.arrayNode();
        a.add(NODES.objectNode().put("action", "OPEN_EMAIL").put("contactId", "contact-" + (i % 17))
                .put("timestamp", FakeSuger.goTime(at.plusSeconds(3600))));
        if (i % 12 == 0) {
            a.add(NODES.objectNode().put("action", "CLICK_LINK").put("contactId", "")
                    .put("timestamp", FakeSuger.goTime(at.plusSeconds(3700))));
        }
        return a;
    }

    /** @return {@code count} messages, newest first, one every 9 hours back from {@code now} */
    static List<ObjectNode> messages(int count, Instant now, String organizationId) {
        List<ObjectNode> messages = new ArrayList<>(count);
        Instant base = now.truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < count; i++) {
            Instant at = base.minus(Duration.ofHours(9L * i + 1)).plusNanos(NANOS[(i + 1) % NANOS.length]);
            boolean email = i % 3 != 2;
            ObjectNode info = NODES.objectNode();
            info.put("action", i % 5 == 0 ? "" : ACTIONS[i % ACTIONS.length]);
            info.set("ccRecipients", i % 2 == 0 ? strings("finance@sandbox.example") : NODES.nullNode());
            info.set("customFields", NODES.objectNode().put("offerId", "offer-" + (i % 6)).put("discountPercent", 15));
            info.put("htmlContent", email ? "<p>Sandbox message " + (i + 1) + "</p>" : "");
            info.set("rccRecipients", NODES.nullNode());
            info.set("standardFields", NODES.objectNode().put("buyerName", "Buyer " + (i % 7)).put("currency", "USD"));
            info.put("subject", "Sandbox notification " + (i + 1));
            info.put("textContent", "Sandbox message " + (i + 1));
            ObjectNode m = NODES.objectNode();
            m.put("creationTime", FakeSuger.goTime(at));
            m.put("id", String.format("msg-%04d", i + 1));
            m.set("info", info);
            m.put("organizationID", organizationId);
            m.put("recipient", email ? "buyer" + (i % 7) + "@example.com" : "#sandbox-alerts");
            m.put("type", email ? "EMAIL" : "SLACK");
            messages.add(m);
        }
        return messages;
    }

    private static ArrayNode strings(String... values) {
        ArrayNode a = NODES.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
