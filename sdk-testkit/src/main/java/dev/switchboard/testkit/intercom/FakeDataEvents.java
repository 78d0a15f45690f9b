package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data events of {@link FakeIntercomDataModel}: users {@code user-1} (five seeded events), {@code user-2} (none) and
 * {@code user-3} (one), each with an Intercom id and an email.
 *
 * <ul>
 *   <li>{@code POST /events}: {@code event_name}, integer {@code created_at} and a known {@code user_id}, {@code id} or
 *       {@code email} (else {@code 404 User Not Found}); answers {@code 202} with no body. A duplicate (same user, name
 *       and {@code created_at}) is answered {@code 202} and ignored; metadata keys past the tenth are dropped, as
 *       Intercom does.</li>
 *   <li>{@code GET /events?type=user&user_id|intercom_user_id|email=}: the user's events, newest first, in pages of
 *       {@code per_page} (default 15), {@code pages.next} an absolute URL while more follow; with
 *       {@code summary=true} an {@code event.summary} of counts per name (ISO-8601 {@code first} / {@code last}),
 *       submitted summaries included.</li>
 *   <li>{@code POST /events/summaries}: {@code user_id} and an {@code event_summaries} object ({@code event_name},
 *       {@code count} of at least 1, {@code first}, {@code last}); answers {@code 200} with no body.</li>
 * </ul>
 */
final class FakeDataEvents {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_METADATA = 10;

    /** user_id → {id, email}. */
    private final Map<String, String[]> users = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> events = new LinkedHashMap<>();
    private final Map<String, List<ObjectNode>> summaries = new LinkedHashMap<>();
    final List<JsonNode> submitted = new ArrayList<>();
    int perPage = 15;

    FakeDataEvents() {
        for (int u = 1; u <= 3; u++) {
            String userId = "user-" + u;
            users.put(userId, new String[] {String.format("6762f22b1bb69f9f2193bc%02d", u), "user" + u + "@example.com"});
            events.put(userId, new ArrayList<>());
            summaries.put(userId, new ArrayList<>());
        }
        String[] names = {"signed-up", "invited-friend", "placed-order", "placed-order", "updated-plan"};
        for (int k = 0; k < names.length; k++) {
            store("user-1", names[k], FakeIntercomDataModel.EPOCH - 86_400L * (names.length - k), F.objectNode());
        }
        ObjectNode metadata = F.objectNode();
        metadata.put("order_number", "ORD-1");
        metadata.putObject("price").put("amount", 34_999).put("currency", "eur");
        store("user-3", "placed-order", FakeIntercomDataModel.EPOCH - 3_600, metadata);
    }

    private void store(String userId, String name, long at, ObjectNode metadata) {
        String[] u = users.get(userId);
        ObjectNode e = F.objectNode();
        e.put("type", "event");
        e.put("event_name", name);
        e.put("created_at", at);
        e.put("user_id", userId);
        e.put("intercom_user_id", u[0]);
        e.put("email", u[1]);
        e.set("metadata", metadata);
        events.get(userId).add(0, e);
    }

    /** @return the user_id of the user named by one of the fields, or a 404 */
    private String user(JsonNode source, String idField) {
        for (Map.Entry<String, String[]> u : users.entrySet()) {
            if (u.getKey().equals(source.path("user_id").asText(null)) || u.getValue()[0].equals(source.path(idField).asText(null))
                    || u.getValue()[1].equalsIgnoreCase(source.path("email").asText(""))) {
                return u.getKey();
            }
        }
        throw FakeErrors.notFound("User Not Found");
    }

    FakeResponse submit(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("event_name").isTextual() || b.get("event_name").asText().isBlank()) {
            throw FakeErrors.badRequest("parameter_invalid", "event_name is required", "event_name");
        }
        if (!b.path("created_at").isIntegralNumber()) {
            throw FakeErrors.badRequest("parameter_invalid", "created_at must be a Unix timestamp", "created_at");
        }
        if (!b.has("user_id") && !b.has("id") && !b.has("email")) {
            throw FakeErrors.badRequest("parameter_invalid", "one of user_id, id or email is required", "user_id");
        }
        String userId = user(b, "id");
        String name = b.get("event_name").asText();
        long at = b.get("created_at").asLong();
        for (ObjectNode e : events.get(userId)) {
            if (name.equals(e.path("event_name").asText()) && at == e.path("created_at").asLong()) {
                return FakeResponse.status(202);
            }
        }
        ObjectNode metadata = F.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = b.path("metadata").fields();
        while (fields.hasNext() && metadata.size() < MAX_METADATA) {
            Map.Entry<String, JsonNode> f = fields.next();
            metadata.set(f.getKey(), f.getValue().deepCopy());
        }
        store(userId, name, at, metadata);
        events.get(userId).sort((x, y) -> Long.compare(y.path("created_at").asLong(), x.path("created_at").asLong()));
        submitted.add(b.deepCopy());
        return FakeResponse.status(202);
    }

    FakeResponse list(FakeRequest r) {
        if (!"user".equals(r.query("type"))) {
            throw FakeErrors.badRequest("parameter_invalid", "type must be user", "type");
        }
        ObjectNode query = F.objectNode();
        String field = null;
        for (String f : new String[] {"user_id", "intercom_user_id", "email"}) {
            if (r.query(f) != null) {
                if (field != null) {
                    throw FakeErrors.badRequest("parameter_invalid", "give one of user_id, intercom_user_id or email", f);
                }
                field = f;
                query.put(f, r.query(f));
            }
        }
        if (field == null) {
            throw FakeErrors.badRequest("parameter_invalid", "one of user_id, intercom_user_id or email is required",
                    "user_id");
        }
        String userId = user(query, "intercom_user_id");
        String[] u = users.get(userId);
        if ("true".equals(r.query("summary"))) {
            return FakeResponse.json(summary(userId, u));
        }
        int size = FakeParams.intParam(r, "per_page", perPage, 1, 500);
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        List<ObjectNode> all = events.get(userId);
        ArrayNode items = F.arrayNode();
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(items::add);
        ObjectNode out = F.objectNode();
        out.put("type", "event.list");
        out.set("events", items);
        ObjectNode pages = out.putObject("pages");
        if ((long) page * size < all.size()) {
            String base = r.url().substring(0, r.url().indexOf("/events"));
            pages.put("next", base + "/events?type=user&" + field + "=" + URLEncoder.encode(r.query(field),
                    StandardCharsets.UTF_8) + "&per_page=" + size + "&page=" + (page + 1));
        }
        return FakeResponse.json(out);
    }

    private ObjectNode summary(String userId, String[] u) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ObjectNode e : events.get(userId)) {
            long at = e.path("created_at").asLong();
            long[] c = counts.computeIfAbsent(e.path("event_name").asText(), k -> new long[] {Long.MAX_VALUE, 0, 0});
            c[0] = Math.min(c[0], at);
            c[1] = Math.max(c[1], at);
            c[2]++;
        }
        for (ObjectNode s : summaries.get(userId)) {
            long[] c = counts.computeIfAbsent(s.path("event_name").asText(), k -> new long[] {Long.MAX_VALUE, 0, 0});
            c[0] = Math.min(c[0], s.path("first").asLong());
            c[1] = Math.max(c[1], s.path("last").asLong());
            c[2] += s.path("count").asLong();
        }
        ObjectNode out = F.objectNode();
        out.put("type", "event.summary");
        out.put("email", u[1]);
        out.put("intercom_user_id", u[0]);
        out.put("user_id", userId);
        ArrayNode list = out.putArray("events");
        counts.forEach((name, c) -> {
            ObjectNode item = list.addObject();
            item.put("name", name);
            item.put("first", Instant.ofEpochSecond(c[0]) + "");
            item.put("last", Instant.ofEpochSecond(c[1]) + "");
            item.put("count", c[2]);
            item.putNull("description");
        });
        return out;
    }

    FakeResponse createSummaries(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("user_id").isTextual()) {
            throw FakeErrors.badRequest("parameter_invalid", "user_id is required", "user_id");
        }
        String userId = user(b, "user_id");
        JsonNode s = b.path("event_summaries");
        if (!s.isObject() || !s.path("event_name").isTextual() || !s.path("count").isIntegralNumber()
                || s.path("count").asLong() < 1 || !s.path("first").isIntegralNumber() || !s.path("last").isIntegralNumber()) {
            throw FakeErrors.badRequest("parameter_invalid",
                    "event_summaries needs event_name, a count of at least 1, first and last", "event_summaries");
        }
        summaries.get(userId).add(((ObjectNode) s).deepCopy());
        return FakeResponse.status(200);
    }
}
