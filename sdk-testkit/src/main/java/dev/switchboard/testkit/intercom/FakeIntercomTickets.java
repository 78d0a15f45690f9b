package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A stateful fake of Intercom's tickets, ticket types, ticket states and jobs (API 2.14), on a {@link FakeServer}:
 * created tickets can be fetched, updated, replied to, tagged, searched (with real cursors across pages) and
 * deleted; {@code /tickets/enqueue} returns a pending job that succeeds after a few polls (or fails, on demand),
 * after which the ticket exists. Errors use Intercom's {@code error.list} body and codes ({@code ticket_not_found},
 * {@code assignee_not_found}, {@code job_not_found}, {@code ticket_state_id_invalid}, {@code unauthorized}). Every
 * response carries {@code X-RateLimit-*} headers; faults such as a 429 come from {@link #faults()}.
 *
 * <p>Seeded with ticket types {@code 90} (Customer) and {@code 91} (Back-office), states {@code 8498} to
 * {@code 8501}, admins {@code 991268011} to {@code 991268013}, team {@code 5017691} and tags {@code 7522907} and
 * {@code 7522908}.
 *
 * <pre>{@code
 * try (FakeIntercomTickets fake = FakeIntercomTickets.start()) {
 *     IntercomConnection c = IntercomConnection.builder().accessToken(FakeIntercomTickets.TOKEN).baseUrl(fake.baseUrl()).build();
 *     ...
 * }
 * }</pre>
 */
public final class FakeIntercomTickets extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";

    private final FakeTicketStore store = new FakeTicketStore();
    private final FakeErrors errors = new FakeErrors();
    private int pollsUntilDone = 2;
    private boolean failNextJob;

    private FakeIntercomTickets(FakeServer server, boolean ownsServer, String token) {
        super(server, ownsServer, token);
        routes();
    }

    /** @return a fake on its own server, accepting {@link #TOKEN} */
    public static FakeIntercomTickets start() {
        return new FakeIntercomTickets(FakeServer.start(), true, TOKEN);
    }

    /**
     * Adds the tickets routes to an existing server (for example one that also fakes conversations).
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @return the fake
     */
    public static FakeIntercomTickets on(FakeServer server, String token) {
        return new FakeIntercomTickets(Objects.requireNonNull(server, "server"), false, Objects.requireNonNull(token, "token"));
    }

    /**
     * @param polls how many status polls a queued job stays pending before it finishes (default 2)
     * @return this fake
     */
    public synchronized FakeIntercomTickets jobsFinishAfter(int polls) {
        this.pollsUntilDone = polls;
        return this;
    }

    /** @return this fake; the next queued job will end with status {@code failed} */
    public synchronized FakeIntercomTickets failNextJob() {
        this.failNextJob = true;
        return this;
    }

    /**
     * Creates {@code count} tickets directly (for search and paging tests).
     *
     * @param count how many
     * @param open whether they are open
     * @return this fake
     */
    public synchronized FakeIntercomTickets seedTickets(int count, boolean open) {
        for (int i = 0; i < count; i++) {
            ObjectNode req = FakeTicketStore.F.objectNode();
            req.put("ticket_type_id", "90");
            req.putArray("contacts").addObject().put("id", "contact-" + i);
            req.putObject("ticket_attributes").put("_default_title_", "Seeded ticket " + i);
            ObjectNode t = store.createTicket(req, new String[1]);
            t.put("open", open);
        }
        return this;
    }

    /** @return how many tickets exist */
    public synchronized int ticketCount() {
        return store.tickets.size();
    }

    private void routes() {
        route("POST", "/tickets/enqueue", this::enqueue);
        route("POST", "/tickets/search", this::search);
        route("POST", "/tickets", this::create);
        route("GET", "/tickets/{ticket_id}", r -> withTicket(r, t -> FakeResponse.json(t)));
        route("PUT", "/tickets/{ticket_id}", r -> withTicket(r, t -> update(r, t)));
        route("DELETE", "/tickets/{ticket_id}", r -> withTicket(r, t -> {
            store.tickets.remove(t.get("id").asText());
            ObjectNode out = FakeTicketStore.F.objectNode();
            out.put("id", t.get("id").asText());
            out.put("object", "ticket");
            out.put("deleted", true);
            return FakeResponse.json(out);
        }));
        route("POST", "/tickets/{ticket_id}/reply", r -> withTicket(r, t -> reply(r, t)));
        route("POST", "/tickets/{ticket_id}/tags", r -> withTicket(r, t -> tag(r.json().path("id").asText(), r.json(), true)));
        route("DELETE", "/tickets/{ticket_id}/tags/{tag_id}", r -> withTicket(r, t -> tag(r.pathParam("tag_id"), r.json(), false)));
        route("GET", "/jobs/status/{job_id}", this::jobStatus);
        route("GET", "/ticket_types", r -> FakeResponse.json(list(store.types.values())));
        route("POST", "/ticket_types", this::createType);
        route("GET", "/ticket_types/{ticket_type_id}", r -> withType(r, FakeResponse::json));
        route("PUT", "/ticket_types/{ticket_type_id}", r -> withType(r, t -> {
            r.json().fields().forEachRemaining(e -> t.set(e.getKey(), e.getValue()));
            t.put("updated_at", store.tick());
            return FakeResponse.json(t);
        }));
        route("POST", "/ticket_types/{ticket_type_id}/attributes", r -> withType(r, t -> {
            JsonNode b = r.json();
            ObjectNode a = store.attribute(t.get("id").asText(), b.path("name").asText(), b.path("data_type").asText(),
                    b.path("required_to_create").asBoolean(false));
            a.put("description", b.path("description").asText());
            ((ArrayNode) t.with("ticket_type_attributes").withArray("data")).add(a);
            return FakeResponse.json(a);
        }));
        route("PUT", "/ticket_types/{ticket_type_id}/attributes/{attribute_id}", r -> withType(r, t -> {
            for (JsonNode a : t.path("ticket_type_attributes").path("data")) {
                if (a.path("id").asText().equals(r.pathParam("attribute_id"))) {
                    r.json().fields().forEachRemaining(e -> ((ObjectNode) a).set(e.getKey(), e.getValue()));
                    return FakeResponse.json(a);
                }
            }
            return errors.response(404, "not_found", "Attribute not found", null);
        }));
        route("GET", "/ticket_states", r -> {
            ArrayNode data = FakeTicketStore.F.arrayNode();
            for (ObjectNode s : store.states.values()) {
                ObjectNode detailed = s.deepCopy();
                detailed.put("archived", false);
                detailed.set("ticket_types", list(store.types.values().stream().map(t -> {
                    ObjectNode ref = FakeTicketStore.F.objectNode();
                    for (String k : List.of("type", "id", "name", "description", "icon", "archived", "is_internal", "category")) {
                        ref.set(k, t.get(k));
                    }
                    return ref;
                }).toList()));
                data.add(detailed);
            }
            ObjectNode out = FakeTicketStore.F.objectNode();
            out.put("type", "list");
            out.set("data", data);
            return FakeResponse.json(out);
        });
    }

    private FakeResponse create(FakeRequest r) {
        String[] problem = new String[1];
        ObjectNode t = store.createTicket(r.json(), problem);
        if (t == null) {
            return problem[0].equals("assignee") ? errors.response(404, "assignee_not_found", "Assignee not found", null)
                    : errors.response(400, "parameter_invalid", problem[0] + " is invalid", null);
        }
        return FakeResponse.json(t);
    }

    private FakeResponse enqueue(FakeRequest r) {
        JsonNode body = r.json();
        if (!store.types.containsKey(body.path("ticket_type_id").asText("")) || !body.path("contacts").isArray()
                || body.path("contacts").isEmpty()) {
            return errors.response(400, "parameter_invalid", "Missing required ticket attributes", null);
        }
        ObjectNode job = FakeTicketStore.F.objectNode();
        String id = store.newId();
        job.put("type", "job");
        job.put("id", id);
        job.put("url", url("/jobs/status/" + id));
        job.put("status", "pending");
        job.put("resource_type", "ticket");
        job.putNull("resource_id");
        job.putNull("resource_url");
        store.jobs.put(id, job);
        store.jobPollsLeft.put(id, failNextJob ? -pollsUntilDone - 1 : pollsUntilDone);
        store.jobRequests.put(id, (ObjectNode) body);
        failNextJob = false;
        return FakeResponse.json(job);
    }

    private FakeResponse jobStatus(FakeRequest r) {
        String id = r.pathParam("job_id");
        ObjectNode job = store.jobs.get(id);
        if (job == null) {
            return errors.response(404, "job_not_found", "Job not found", null);
        }
        int left = store.jobPollsLeft.get(id);
        boolean failing = left < 0;
        int remaining = failing ? -left - 1 : left;
        if (job.get("status").asText().equals("pending")) {
            if (remaining <= 0) {
                if (failing) {
                    job.put("status", "failed");
                } else {
                    ObjectNode t = store.createTicket(store.jobRequests.get(id), new String[1]);
                    job.put("status", "success");
                    job.put("resource_id", t.get("id").asText());
                    job.put("resource_url", url("/tickets/" + t.get("id").asText()));
                }
            } else {
                store.jobPollsLeft.put(id, failing ? -(remaining - 1) - 1 : remaining - 1);
            }
        }
        return FakeResponse.json(job);
    }

    private FakeResponse update(FakeRequest r, ObjectNode t) {
        JsonNode b = r.json();
        if (b.has("assignment")) {
            return errors.response(400, "parameter_invalid", "assignment is not supported in API 2.14; use admin_id and assignee_id",
                    null);
        }
        if (b.has("admin_id") && !store.admins.contains(b.get("admin_id").asText())) {
            return errors.response(404, "assignee_not_found", "Admin not found", null);
        }
        if (b.has("assignee_id")) {
            String a = b.get("assignee_id").asText();
            if (a.equals("0")) {
                t.put("admin_assignee_id", "0");
                t.put("team_assignee_id", "0");
            } else if (store.admins.contains(a)) {
                t.put("admin_assignee_id", a);
            } else if (store.teams.contains(a)) {
                t.put("team_assignee_id", a);
            } else {
                return errors.response(404, "assignee_not_found", "Assignee not found", null);
            }
        }
        if (b.has("ticket_state_id")) {
            ObjectNode state = store.states.get(b.get("ticket_state_id").asText());
            if (state == null) {
                return errors.response(400, "ticket_state_id_invalid", "Ticket state id is not valid for this ticket type", null);
            }
            String before = t.path("ticket_state").path("category").asText();
            t.set("ticket_state", state.deepCopy());
            ObjectNode part = store.addPart(t, "ticket_state_updated_by_admin", null,
                    store.admin(b.path("admin_id").asText("991268011")));
            part.put("previous_ticket_state", before);
            part.put("ticket_state", state.get("category").asText());
        }
        if (b.has("company_id")) {
            if (b.get("company_id").isNull()) {
                t.remove("company_id");
            } else {
                t.put("company_id", b.get("company_id").asText());
            }
        }
        b.path("ticket_attributes").fields().forEachRemaining(e -> ((ObjectNode) t.get("ticket_attributes")).set(e.getKey(), e.getValue()));
        for (String flag : List.of("open", "is_shared")) {
            if (b.has(flag)) {
                t.put(flag, b.get(flag).asBoolean());
            }
        }
        if (b.has("snoozed_until")) {
            t.put("snoozed_until", b.get("snoozed_until").asLong());
        }
        t.put("updated_at", store.tick());
        return FakeResponse.json(t);
    }

    private FakeResponse reply(FakeRequest r, ObjectNode t) {
        JsonNode b = r.json();
        ObjectNode author;
        if (b.path("type").asText().equals("admin")) {
            if (!store.admins.contains(b.path("admin_id").asText())) {
                return errors.response(404, "admin_not_found", "Admin not found", null);
            }
            author = store.admin(b.get("admin_id").asText());
        } else {
            author = FakeTicketStore.F.objectNode();
            author.put("type", "user");
            author.put("id", b.path("intercom_user_id").asText(b.path("user_id").asText(b.path("email").asText())));
        }
        String type = b.path("message_type").asText("comment");
        ObjectNode part = store.addPart(t, type, b.hasNonNull("body") ? b.get("body").asText() : null, author);
        if (b.has("reply_options")) {
            part.putObject("metadata").set("quick_reply_options", b.get("reply_options"));
        }
        return FakeResponse.json(part);
    }

    private FakeResponse tag(String tagId, JsonNode body, boolean attach) {
        String name = store.tags.get(tagId);
        if (name == null) {
            return errors.response(404, "tag_not_found", "Tag not found", null);
        }
        ObjectNode tag = FakeTicketStore.F.objectNode();
        tag.put("type", "tag");
        tag.put("id", tagId);
        tag.put("name", name);
        if (attach) {
            tag.put("applied_at", store.tick());
            ObjectNode by = tag.putObject("applied_by");
            by.put("type", "admin");
            by.put("id", body.path("admin_id").asText());
        }
        return FakeResponse.json(tag);
    }

    private FakeResponse search(FakeRequest r) {
        JsonNode body = r.json();
        JsonNode query = body.path("query");
        int perPage = body.path("pagination").path("per_page").asInt(20);
        if (perPage < 1 || perPage > 150) {
            return errors.response(400, "parameter_invalid", "per_page must be between 1 and 150", null);
        }
        int from = 0;
        JsonNode after = body.path("pagination").path("starting_after");
        if (after.isTextual()) {
            String decoded = new String(Base64.getDecoder().decode(after.asText()), StandardCharsets.UTF_8);
            from = Integer.parseInt(decoded.substring("offset:".length()));
        }
        List<ObjectNode> matching;
        try {
            matching = store.ticketsInOrder().stream().filter(t -> FakeTicketSearch.matches(query, t)).toList();
        } catch (IllegalArgumentException e) {
            return errors.response(400, "parameter_invalid", e.getMessage(), null);
        }
        ObjectNode out = FakeTicketStore.F.objectNode();
        out.put("type", "ticket.list");
        ArrayNode page = out.putArray("tickets");
        matching.stream().skip(from).limit(perPage).forEach(page::add);
        out.put("total_count", matching.size());
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        pages.put("page", from / perPage + 1);
        pages.put("per_page", perPage);
        pages.put("total_pages", Math.max(1, (matching.size() + perPage - 1) / perPage));
        if (from + perPage < matching.size()) {
            ObjectNode next = pages.putObject("next");
            next.put("per_page", perPage);
            next.put("starting_after", Base64.getEncoder().encodeToString(("offset:" + (from + perPage)).getBytes(StandardCharsets.UTF_8)));
        }
        return FakeResponse.json(out);
    }

    private FakeResponse createType(FakeRequest r) {
        JsonNode b = r.json();
        if (!b.hasNonNull("name")) {
            return errors.response(400, "parameter_invalid", "name is required", null);
        }
        ObjectNode t = store.addType(store.newId(), b.get("name").asText(), b.path("category").asText("Customer"));
        if (b.has("description")) {
            t.put("description", b.get("description").asText());
        }
        return FakeResponse.json(t);
    }

    private FakeResponse withTicket(FakeRequest r, java.util.function.Function<ObjectNode, FakeResponse> f) {
        ObjectNode t = store.tickets.get(r.pathParam("ticket_id"));
        return t == null ? errors.response(404, "ticket_not_found", "Ticket not found", null) : f.apply(t);
    }

    private FakeResponse withType(FakeRequest r, java.util.function.Function<ObjectNode, FakeResponse> f) {
        ObjectNode t = store.types.get(r.pathParam("ticket_type_id"));
        return t == null ? errors.response(404, "not_found", "Ticket type not found", null) : f.apply(t);
    }

    private static ObjectNode list(java.util.Collection<ObjectNode> items) {
        ObjectNode out = FakeTicketStore.F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        items.forEach(data::add);
        return out;
    }
}
