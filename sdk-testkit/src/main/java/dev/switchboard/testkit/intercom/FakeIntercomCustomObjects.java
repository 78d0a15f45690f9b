package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Handler;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful fake of Intercom's custom object instances (API 2.14) on a {@link FakeServer}. Types {@code Order} (one
 * seeded instance: id {@code 22}, external id {@code 123}) and {@code Shipment} exist; any other type answers
 * {@code 404 not_found} "Custom object type `X` not found".
 *
 * <ul>
 *   <li>{@code POST /custom_object_instances/{type}}: creates the instance with the body's {@code external_id}, or
 *       updates it (custom attributes merged, JSON types kept; {@code "custom_attributes": null} clears them; the
 *       external timestamps may be {@code null}).</li>
 *   <li>{@code GET} and {@code DELETE /custom_object_instances/{type}?external_id=}: by your id.</li>
 *   <li>{@code GET /custom_object_instances/{type}/{id}}: by Intercom's id or the external id, as the spec says;
 *       {@code DELETE} of the same path by Intercom's id only.</li>
 *   <li>An unknown instance answers {@code 404 not_found} "Custom object instance not found".</li>
 * </ul>
 */
public final class FakeIntercomCustomObjects extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time the seeded instance was created at. */
    public static final long EPOCH = 1_777_636_800L;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Clock clock;
    /** type → Intercom id → instance. */
    private final Map<String, Map<String, ObjectNode>> instances = new LinkedHashMap<>();
    private long nextId = 100;

    private FakeIntercomCustomObjects(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        instances.put("Order", new LinkedHashMap<>());
        instances.put("Shipment", new LinkedHashMap<>());
        ObjectNode order = F.objectNode();
        order.put("id", "22");
        order.put("type", "Order");
        order.putObject("custom_attributes").put("order_number", "ORDER-12345").put("total_amount", new BigDecimal("99.99"));
        order.put("external_id", "123");
        order.put("external_created_at", 1_392_036_272L);
        order.put("external_updated_at", 1_392_036_272L);
        order.put("created_at", EPOCH);
        order.put("updated_at", EPOCH);
        instances.get("Order").put("22", order);
        String base = "/custom_object_instances/{custom_object_type_identifier}";
        route("POST", base, this::upsert);
        route("GET", base, r -> FakeResponse.json(byExternalId(r)));
        route("DELETE", base, r -> deleted(r, byExternalId(r)));
        route("GET", base + "/{custom_object_instance_id}", r -> FakeResponse.json(byId(r, true)));
        route("DELETE", base + "/{custom_object_instance_id}", r -> deleted(r, byId(r, false)));
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomCustomObjects start() {
        return new FakeIntercomCustomObjects(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the custom object instance routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for created and updated times
     * @return the fake
     */
    public static FakeIntercomCustomObjects on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomCustomObjects(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param type a custom object type, for example {@code Order}
     * @return how many instances of it exist
     */
    public synchronized int instanceCount(String type) {
        Map<String, ObjectNode> of = instances.get(type);
        return of == null ? 0 : of.size();
    }

    private Map<String, ObjectNode> type(FakeRequest r) {
        String type = r.pathParam("custom_object_type_identifier");
        Map<String, ObjectNode> of = instances.get(type);
        if (of == null) {
            throw IntercomAccess.error(404, "not_found", "Custom object type `" + type + "` not found");
        }
        return of;
    }

    private static FakeErrors.Failure missing() {
        return IntercomAccess.error(404, "not_found", "Custom object instance not found");
    }

    private static ObjectNode withExternalId(Map<String, ObjectNode> of, String externalId) {
        for (ObjectNode o : of.values()) {
            if (externalId.equals(o.path("external_id").asText())) {
                return o;
            }
        }
        return null;
    }

    private ObjectNode byExternalId(FakeRequest r) {
        Map<String, ObjectNode> of = type(r);
        String externalId = r.query("external_id");
        if (externalId == null || externalId.isBlank()) {
            throw IntercomAccess.error(400, "parameter_invalid", "external_id is required");
        }
        ObjectNode o = withExternalId(of, externalId);
        if (o == null) {
            throw missing();
        }
        return o;
    }

    private ObjectNode byId(FakeRequest r, boolean orExternalId) {
        Map<String, ObjectNode> of = type(r);
        String id = r.pathParam("custom_object_instance_id");
        ObjectNode o = of.get(id);
        if (o == null && orExternalId) {
            o = withExternalId(of, id);
        }
        if (o == null) {
            throw missing();
        }
        return o;
    }

    private FakeResponse deleted(FakeRequest r, ObjectNode o) {
        type(r).remove(o.path("id").asText());
        ObjectNode out = F.objectNode();
        out.put("id", o.path("id").asText());
        out.put("object", o.path("type").asText());
        out.put("deleted", true);
        return FakeResponse.json(out);
    }

    private FakeResponse upsert(FakeRequest r) {
        Map<String, ObjectNode> of = type(r);
        JsonNode b = FakeParams.jsonBody(r);
        if (!b.path("external_id").isTextual() || b.get("external_id").asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_invalid", "external_id is required");
        }
        for (String f : new String[] {"external_created_at", "external_updated_at"}) {
            if (b.has(f) && !b.get(f).isNull() && !b.get(f).isIntegralNumber()) {
                throw IntercomAccess.error(400, "parameter_invalid", f + " must be a Unix timestamp or null");
            }
        }
        JsonNode attributes = b.path("custom_attributes");
        if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
            throw IntercomAccess.error(400, "parameter_invalid", "custom_attributes must be an object");
        }
        long now = clock.instant().getEpochSecond();
        ObjectNode o = withExternalId(of, b.get("external_id").asText());
        if (o == null) {
            o = F.objectNode();
            o.put("id", Long.toString(nextId++));
            o.put("type", r.pathParam("custom_object_type_identifier"));
            o.putObject("custom_attributes");
            o.put("external_id", b.get("external_id").asText());
            o.putNull("external_created_at");
            o.putNull("external_updated_at");
            o.put("created_at", now);
            of.put(o.path("id").asText(), o);
        }
        for (String f : new String[] {"external_created_at", "external_updated_at"}) {
            if (b.has(f)) {
                o.set(f, b.get(f).deepCopy());
            }
        }
        if (attributes.isNull()) {
            o.putObject("custom_attributes");
        } else if (attributes.isObject()) {
            ((ObjectNode) o.get("custom_attributes")).setAll(((ObjectNode) attributes).deepCopy());
        }
        o.put("updated_at", now);
        return FakeResponse.json(o);
    }
}
