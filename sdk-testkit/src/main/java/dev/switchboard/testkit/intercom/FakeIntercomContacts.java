package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful fake of Intercom's contacts, their tags, subscription types, companies, segments and notes (API 2.14) on
 * a {@link FakeServer}. Seeded with 30 contacts: 20 users ({@code external_id} {@code user-1} to {@code user-20}) and
 * 10 leads, ids from {@link #contactIds()}. The first contact has tags {@code 81} and {@code 82}, three companies,
 * three notes and subscription types {@code 91} (opted out) and {@code 93} (opted in); the workspace has tags
 * {@code 81} to {@code 84}, subscription types {@code 91}, {@code 93} and {@code 106}, and admins {@code 991267460}
 * (the token's, who writes notes without an {@code admin_id}) and {@code 991267583}.
 *
 * <ul>
 *   <li>{@code GET /contacts} pages with a cursor in the query ({@code per_page} 1 to 150, default 50;
 *       {@code pages.next.starting_after}); {@code POST /contacts/search} evaluates the search DSL on every field of
 *       the contact as served (dotted paths such as {@code location.country} and {@code custom_attributes.plan}) and
 *       on {@code email_domain}, {@code tag_id} and {@code segment_id}, and pages with the cursor in the body.</li>
 *   <li>Create, get, update (fields checked for their JSON types; {@code null} clears the nullable ones), delete,
 *       merge (a lead into a user: the lead's tags, notes, companies and subscriptions move, the lead is gone), find
 *       by external id (users only), archive, unarchive and block.</li>
 *   <li>The attached lists: companies and notes in page-number pages of {@link #pageSize(int) two} (with
 *       {@code pages}), segments, subscription types and tags in one {@code list}; tags and subscription types are
 *       attached and detached; notes are added and read by id.</li>
 *   <li>Errors are Intercom's {@code error.list}: {@code 404 not_found} ("User Not Found" for contacts, "Resource Not
 *       Found" otherwise), {@code 400 parameter_invalid} naming the field, {@code 409 conflict} for a duplicate email
 *       or external id, {@code 401 unauthorized}.</li>
 * </ul>
 */
public final class FakeIntercomContacts extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";
    /** The Unix time the seeded workspace is set at: contacts are created in the 30 days before it. */
    public static final long EPOCH = 1_777_636_800L;
    /** The largest page of {@code GET /contacts} and {@code POST /contacts/search}. */
    static final int MAX_PER_PAGE = 150;
    static final int DEFAULT_PER_PAGE = 50;

    private final FakeContactStore store;

    private FakeIntercomContacts(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.store = new FakeContactStore(clock, EPOCH);
        route("GET", "/contacts", this::list);
        route("POST", "/contacts", this::create);
        route("POST", "/contacts/search", this::search);
        route("POST", "/contacts/merge", this::merge);
        route("GET", "/contacts/find_by_external_id/{external_id}",
                r -> FakeResponse.json(store.render(store.byExternalId(r.pathParam("external_id")))));
        route("GET", "/contacts/{contact_id}", r -> FakeResponse.json(store.render(contact(r))));
        route("PUT", "/contacts/{contact_id}", this::update);
        route("DELETE", "/contacts/{contact_id}", this::delete);
        route("POST", "/contacts/{contact_id}/archive", r -> flag(r, "archived", true));
        route("POST", "/contacts/{contact_id}/unarchive", r -> flag(r, "archived", false));
        route("POST", "/contacts/{contact_id}/block", r -> flag(r, "blocked", true));
        new FakeContactLinks(store, server.baseUrl()).register(this::route);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomContacts start() {
        return new FakeIntercomContacts(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the contact and note routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for created and updated times
     * @return the fake
     */
    public static FakeIntercomContacts on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomContacts(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n items per page of a contact's companies and notes (default 2, so the seeded ones span pages)
     * @return this fake
     */
    public synchronized FakeIntercomContacts pageSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + n);
        }
        store.attachedPerPage = n;
        return this;
    }

    /** @return the ids of the contacts, in list order (merged and deleted ones are gone) */
    public synchronized List<String> contactIds() {
        return List.copyOf(store.contacts.keySet());
    }

    /**
     * A company part attached a contact of this part to one of its companies, or detached it: the contact's companies
     * list follows. Unknown contacts are ignored.
     *
     * @param contactId the contact
     * @param company the company as the other part serves it
     * @param attached attached, or detached
     */
    synchronized void companyAttached(String contactId, JsonNode company, boolean attached) {
        List<String> of = store.companiesOf.get(contactId);
        if (of == null || !company.isObject()) {
            return;
        }
        String id = company.path("id").asText();
        if (attached) {
            store.companies.put(id, (ObjectNode) company.deepCopy());
            if (!of.contains(id)) {
                of.add(id);
            }
        } else {
            of.remove(id);
        }
    }

    /**
     * @param contactId a contact's id
     * @return a copy of the contact as the API serves it
     */
    public synchronized Optional<JsonNode> contact(String contactId) {
        ObjectNode c = store.contacts.get(contactId);
        return c == null ? Optional.empty() : Optional.of(store.render(c));
    }

    /**
     * @param contactId a contact's id
     * @return the ids of its tags, in the order applied
     */
    public synchronized List<String> tagsOf(String contactId) {
        return store.tagsOf.containsKey(contactId) ? List.copyOf(store.tagsOf.get(contactId).keySet()) : List.of();
    }

    /**
     * @param contactId a contact's id
     * @return the ids of the subscription types attached to it
     */
    public synchronized List<String> subscriptionsOf(String contactId) {
        return store.subscriptionsOf.containsKey(contactId) ? List.copyOf(store.subscriptionsOf.get(contactId).keySet())
                : List.of();
    }

    /**
     * @param contactId a contact's id
     * @return copies of its notes, newest first
     */
    public synchronized List<JsonNode> notesOf(String contactId) {
        List<JsonNode> out = new ArrayList<>();
        store.notesOf.getOrDefault(contactId, List.of()).forEach(n -> out.add(n.deepCopy()));
        return out;
    }

    /**
     * @param contactId a contact's id
     * @return whether it is archived
     */
    public synchronized boolean isArchived(String contactId) {
        return store.archived.contains(contactId);
    }

    /**
     * @param contactId a contact's id
     * @return whether it is blocked
     */
    public synchronized boolean isBlocked(String contactId) {
        return store.blocked.contains(contactId);
    }

    private ObjectNode contact(FakeRequest r) {
        return store.find(r.pathParam("contact_id"));
    }

    private FakeResponse list(FakeRequest r) {
        int perPage = FakeParams.intParam(r, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        List<ObjectNode> all = new ArrayList<>();
        store.contacts.values().forEach(c -> all.add(store.render(c)));
        return FakeResponse.json(FakeContactPages.cursorPage(all, "contacts", r.query("starting_after"), perPage));
    }

    private FakeResponse search(FakeRequest r) {
        JsonNode body = FakeParams.jsonBody(r);
        JsonNode query = body.get("query");
        SearchFilter.validate(query);
        JsonNode pagination = body.path("pagination");
        int perPage = DEFAULT_PER_PAGE;
        if (pagination.has("per_page")) {
            JsonNode p = pagination.get("per_page");
            if (!p.canConvertToInt() || p.asInt() < 1 || p.asInt() > MAX_PER_PAGE) {
                throw FakeErrors.badRequest("parameter_invalid", "per_page must be between 1 and " + MAX_PER_PAGE,
                        "pagination.per_page");
            }
            perPage = p.asInt();
        }
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode c : store.contacts.values()) {
            if (SearchFilter.matches(query, store.searchView(c))) {
                matching.add(store.render(c));
            }
        }
        JsonNode after = pagination.path("starting_after");
        return FakeResponse.json(FakeContactPages.cursorPage(matching, "contact-search",
                after.isTextual() ? after.asText() : null, perPage));
    }

    private FakeResponse create(FakeRequest r) {
        JsonNode body = FakeParams.jsonBody(r);
        FakeContactFields.checkCreate(body);
        return FakeResponse.json(store.render(store.create(body)));
    }

    private FakeResponse update(FakeRequest r) {
        ObjectNode c = contact(r);
        FakeContactFields.apply(c, FakeParams.jsonBody(r), store, true);
        return FakeResponse.json(store.render(c));
    }

    private FakeResponse delete(FakeRequest r) {
        ObjectNode c = contact(r);
        store.remove(c.path("id").asText());
        ObjectNode out = reference(c);
        out.put("deleted", true);
        return FakeResponse.json(out);
    }

    private FakeResponse merge(FakeRequest r) {
        JsonNode body = FakeParams.jsonBody(r);
        for (String f : List.of("from", "into")) {
            if (!body.path(f).isTextual()) {
                throw FakeErrors.badRequest("parameter_invalid", f + " must be a contact id", f);
            }
        }
        ObjectNode lead = store.find(body.get("from").asText());
        ObjectNode user = store.find(body.get("into").asText());
        if (!lead.path("role").asText().equals("lead")) {
            throw FakeErrors.badRequest("parameter_invalid", "from must be a lead", "from");
        }
        if (!user.path("role").asText().equals("user")) {
            throw FakeErrors.badRequest("parameter_invalid", "into must be a user", "into");
        }
        store.merge(lead.path("id").asText(), user.path("id").asText());
        return FakeResponse.json(store.render(user));
    }

    private FakeResponse flag(FakeRequest r, String flag, boolean on) {
        ObjectNode c = contact(r);
        String id = c.path("id").asText();
        if (flag.equals("blocked")) {
            store.blocked.add(id);
            store.archived.add(id);
        } else if (on) {
            store.archived.add(id);
        } else {
            store.archived.remove(id);
        }
        ObjectNode out = reference(c);
        out.put(flag, on);
        return FakeResponse.json(out);
    }

    private static ObjectNode reference(ObjectNode contact) {
        ObjectNode out = FakeContactData.F.objectNode();
        out.put("id", contact.path("id").asText());
        out.set("external_id", contact.path("external_id").deepCopy());
        out.put("type", "contact");
        return out;
    }
}
