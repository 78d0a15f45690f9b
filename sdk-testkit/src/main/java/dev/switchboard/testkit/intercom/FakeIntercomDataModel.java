package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.Handler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stateful fake of Intercom's data attributes and data events (API 2.14) on a {@link FakeServer}.
 *
 * <ul>
 *   <li><b>Data attributes</b> ({@code /data_attributes}): seeded standard and custom attributes of contacts,
 *       companies and conversations, one custom one archived ({@link #ARCHIVED_ATTRIBUTE_ID}) and one with a dependant
 *       object ({@link #DEPENDED_ON_ATTRIBUTE_ID}). {@code GET} filters by {@code model} and leaves archived ones out
 *       unless {@code include_archived=true}; {@code POST} checks the name (unique per model; letters, digits, spaces,
 *       currency symbols and hyphens), the model ({@code contact} or {@code company}), the data type and at least two
 *       options; {@code PUT} updates or archives a custom attribute ({@code 404 field_not_found},
 *       {@code 422 data_invalid} for one with dependants).</li>
 *   <li><b>Data events</b> ({@code /events}, {@code /events/summaries}, in {@link FakeDataEvents}): users {@code user-1}
 *       to {@code user-3}, with seeded events; see there.</li>
 *   <li>Errors are Intercom's {@code error.list}; every request needs {@code Authorization: Bearer <token>}.</li>
 * </ul>
 */
public final class FakeIntercomDataModel extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time seeded records were created at. */
    public static final long EPOCH = 1_777_636_800L;
    /** A seeded custom contact attribute that is archived. */
    public static final String ARCHIVED_ATTRIBUTE_ID = "12879";
    /** A seeded custom company attribute that cannot be archived: something depends on it. */
    public static final String DEPENDED_ON_ATTRIBUTE_ID = "34";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> MODELS = Set.of("contact", "company", "conversation");
    private static final Set<String> CREATE_TYPES = Set.of("string", "integer", "float", "boolean", "datetime", "date",
            "options");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} \\p{Sc}_-]+");

    private final Clock clock;
    private final Map<String, ObjectNode> attributes = new LinkedHashMap<>();
    private final FakeDataEvents events;
    private long nextId = 100;

    private FakeIntercomDataModel(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.clock = clock;
        this.events = new FakeDataEvents();
        seed();
        route("GET", "/data_attributes", this::list);
        route("POST", "/data_attributes", this::create);
        route("PUT", "/data_attributes/{data_attribute_id}", this::update);
        route("POST", "/events/summaries", events::createSummaries);
        route("POST", "/events", events::submit);
        route("GET", "/events", events::list);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomDataModel start() {
        return new FakeIntercomDataModel(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the data attribute and data event routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for new attributes and events
     * @return the fake
     */
    public static FakeIntercomDataModel on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomDataModel(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n events per listed page when the request gives no {@code per_page} (default 15)
     * @return this fake
     */
    public synchronized FakeIntercomDataModel eventsPerPage(int n) {
        events.perPage = n;
        return this;
    }

    /** @return how many data attributes exist, archived ones included */
    public synchronized int attributeCount() {
        return attributes.size();
    }

    /** @return the bodies of the events accepted, oldest first, exactly as received (duplicates left out) */
    public synchronized List<JsonNode> submittedEvents() {
        List<JsonNode> copies = new ArrayList<>();
        events.submitted.forEach(e -> copies.add(e.deepCopy()));
        return copies;
    }

    private void seed() {
        Object[][] rows = {
            {null, "company", "name", "name", "Company name", "string", false},
            {null, "company", "company_id", "company_id", "Company ID", "string", false},
            {null, "company", "monthly_spend", "monthly_spend", "Monthly Spend", "float", false},
            {null, "company", "name", "plan.name", "Plan", "string", false},
            {DEPENDED_ON_ATTRIBUTE_ID, "company", "The One Ring", "custom_attributes.The One Ring", "The One Ring", "string", true},
            {null, "contact", "email", "email", "Email", "string", false},
            {"12878", "contact", "paid_subscriber", "custom_attributes.paid_subscriber", "Paid Subscriber", "boolean", true},
            {ARCHIVED_ATTRIBUTE_ID, "contact", "old_plan", "custom_attributes.old_plan", "Old plan", "string", true},
            {null, "conversation", "priority", "priority", "Priority", "string", false},
        };
        for (Object[] r : rows) {
            ObjectNode a = F.objectNode();
            if (r[0] != null) {
                a.put("id", Long.parseLong((String) r[0]));
            }
            a.put("type", "data_attribute");
            a.put("name", (String) r[2]);
            a.put("full_name", (String) r[3]);
            a.put("label", (String) r[4]);
            a.put("description", "The " + r[4]);
            a.put("data_type", (String) r[5]);
            a.put("api_writable", (Boolean) r[6]);
            a.put("ui_writable", false);
            a.put("messenger_writable", true);
            a.put("custom", (Boolean) r[6]);
            a.put("archived", ARCHIVED_ATTRIBUTE_ID.equals(r[0]));
            if (r[0] != null) {
                a.put("admin_id", "991267784");
                a.put("created_at", EPOCH);
                a.put("updated_at", EPOCH);
            }
            a.put("model", (String) r[1]);
            attributes.put(r[0] != null ? (String) r[0] : "std-" + attributes.size(), a);
        }
    }

    private FakeResponse list(FakeRequest r) {
        String model = r.query("model");
        if (model != null && !MODELS.contains(model)) {
            throw IntercomAccess.error(400, "parameter_invalid", "model must be contact, company or conversation");
        }
        String archived = r.query("include_archived");
        if (archived != null && !archived.equals("true") && !archived.equals("false")) {
            throw IntercomAccess.error(400, "parameter_invalid", "include_archived must be true or false");
        }
        ArrayNode data = F.arrayNode();
        for (ObjectNode a : attributes.values()) {
            if ((model == null || model.equals(a.path("model").asText()))
                    && ("true".equals(archived) || !a.path("archived").asBoolean())) {
                data.add(a);
            }
        }
        ObjectNode out = F.objectNode();
        out.put("type", "list");
        out.set("data", data);
        return FakeResponse.json(out);
    }

    private FakeResponse create(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        String name = b.path("name").asText("");
        String model = b.path("model").asText("");
        String type = b.path("data_type").asText("");
        if (!model.equals("contact") && !model.equals("company")) {
            throw IntercomAccess.error(400, "parameter_invalid", "The Data Attribute model field must be either contact or company");
        }
        if (name.isBlank() || !NAME.matcher(name).matches()) {
            throw IntercomAccess.error(400, "parameter_invalid",
                    "Your name for this attribute must only contain alphanumeric characters, currency symbols, and hyphens");
        }
        if (!CREATE_TYPES.contains(type)) {
            throw IntercomAccess.error(400, "parameter_invalid", "Data Type isn't an option");
        }
        for (ObjectNode a : attributes.values()) {
            if (name.equals(a.path("name").asText()) && model.equals(a.path("model").asText())) {
                throw IntercomAccess.error(400, "parameter_invalid", "You already have '" + name + "' in your " + model
                        + " data. To save this as new " + model + " data, use a different name.");
            }
        }
        ObjectNode a = F.objectNode();
        String id = Long.toString(nextId++);
        a.put("id", Long.parseLong(id));
        a.put("type", "data_attribute");
        a.put("name", name);
        a.put("full_name", "custom_attributes." + name);
        a.put("label", name);
        if (b.path("description").isTextual()) {
            a.put("description", b.get("description").asText());
        }
        a.put("data_type", type.equals("options") ? "string" : type);
        if (type.equals("options")) {
            a.set("options", options(b.path("options")));
        }
        a.put("api_writable", true);
        a.put("ui_writable", false);
        a.put("messenger_writable", b.path("messenger_writable").asBoolean(false));
        a.put("custom", true);
        a.put("archived", false);
        a.put("admin_id", "991267786");
        a.put("created_at", clock.instant().getEpochSecond());
        a.put("updated_at", clock.instant().getEpochSecond());
        a.put("model", model);
        attributes.put(id, a);
        return FakeResponse.json(a);
    }

    private static ArrayNode options(JsonNode options) {
        if (!options.isArray()) {
            throw IntercomAccess.error(400, "parameter_invalid", "Options isn't an array");
        }
        if (options.size() < 2) {
            throw IntercomAccess.error(400, "parameter_invalid", "A list attribute needs at least two options");
        }
        ArrayNode values = F.arrayNode();
        for (JsonNode o : options) {
            if (!o.path("value").isTextual()) {
                throw IntercomAccess.error(400, "parameter_invalid", "Each option needs a value");
            }
            values.add(o.get("value").asText());
        }
        return values;
    }

    private FakeResponse update(FakeRequest r) {
        ObjectNode a = attributes.get(r.pathParam("data_attribute_id"));
        if (a == null || !a.path("custom").asBoolean()) {
            throw IntercomAccess.error(404, "field_not_found", "We couldn't find that data attribute to update");
        }
        JsonNode b = FakeParams.jsonBody(r);
        if (b.has("options")) {
            a.set("options", options(b.get("options")));
        }
        if (b.path("archived").asBoolean(false) && DEPENDED_ON_ATTRIBUTE_ID.equals(r.pathParam("data_attribute_id"))) {
            throw IntercomAccess.error(422, "data_invalid", "The Data Attribute you are trying to archive has a dependant object");
        }
        if (b.has("archived")) {
            a.put("archived", b.get("archived").asBoolean());
        }
        if (b.path("description").isTextual()) {
            a.put("description", b.get("description").asText());
        }
        if (b.has("messenger_writable")) {
            a.put("messenger_writable", b.get("messenger_writable").asBoolean());
        }
        a.put("updated_at", clock.instant().getEpochSecond());
        return FakeResponse.json(a);
    }
}
