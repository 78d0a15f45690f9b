package dev.switchboard.benchmarks.data;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Suger notification events with every field of the spec, the way the list endpoint returns them. */
public final class SugerData {
    private static final List<String> ACTIONS = List.of("CREATE", "EXPIRE_SOON", "ACCEPT", "NOTIFY", "METER", "CANCEL");
    private static final List<String> ENTITIES = List.of("OFFER", "ENTITLEMENT", "PRODUCT", "BUYER");
    private static final List<String> PRIORITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final List<String> PARTNERS = List.of("AWS", "AZURE", "GCP");

    private SugerData() {
    }

    /**
     * @param n the event's number
     * @return a notification event
     */
    public static ObjectNode event(long n) {
        ObjectNode e = Gen.object();
        e.put("action", Gen.pick(ACTIONS, n));
        e.putArray("ccContactIds");
        e.putArray("channels").add("EMAIL").add(n % 2 == 0 ? "SLACK" : "WEBHOOK");
        e.putArray("contactEmails").add("ops+" + n % 13 + "@example.com");
        e.putArray("contactIds").add("contact-" + n % 211);
        ObjectNode by = e.putObject("createdBy");
        by.put("email", "system@suger.io");
        by.put("entityId", "user-" + n % 17);
        by.put("entityType", "USER");
        by.put("name", "Suger System");
        ObjectNode custom = e.putObject("customFields");
        custom.put("region", n % 2 == 0 ? "us-east-1" : "eu-west-1");
        custom.put("seats", n % 50);
        String entityType = Gen.pick(ENTITIES, n);
        e.put("entityID", entityType.toLowerCase(java.util.Locale.ROOT) + "-" + Gen.id(n, 10));
        e.put("entityName", "Private offer " + n % 997);
        e.put("entityStatus", n % 5 == 0 ? "PENDING" : "ACTIVE");
        e.put("entityType", entityType);
        e.put("eventID", "evt-" + Gen.id(n + 11, 16));
        e.put("eventStatus", n % 7 == 0 ? "PENDING" : "SENT");
        ObjectNode info = e.putObject("info");
        info.put("offerType", "PRIVATE");
        info.put("amount", "1299.00");
        e.put("isActionItem", n % 3 == 0);
        e.put("lastUpdateTime", Gen.millis(n * 13 + 30, 0).replace(".000Z", "Z"));
        e.put("message", "The offer " + n % 997 + " will expire in " + (n % 30 + 1) + " days");
        e.put("organizationID", "org-1");
        e.put("partner", Gen.pick(PARTNERS, n));
        e.put("priority", Gen.pick(PRIORITIES, n / 3));
        e.put("requireAudit", false);
        e.put("timestamp", Gen.millis(n * 13, 0).replace(".000Z", "Z"));
        e.put("title", "Offer expiring soon");
        ObjectNode track = e.putArray("trackEvents").addObject();
        track.put("action", "EMAIL_SENT");
        track.put("contactId", "contact-" + n % 211);
        track.put("timestamp", Gen.millis(n * 13 + 5, 0).replace(".000Z", "Z"));
        return e;
    }

    /**
     * @param first the first event's number
     * @param count how many
     * @return the events, written and joined
     */
    public static byte[] records(long first, int count) {
        List<ObjectNode> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(event(first + k));
        }
        return Gen.joined(out);
    }
}
