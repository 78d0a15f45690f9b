package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A stateful fake of Intercom's companies (API 2.14) on a {@link FakeServer}: {@code POST /companies} creates or
 * updates by {@code company_id}; companies can be fetched, updated, deleted (which detaches their contacts), found by
 * {@code name}, {@code company_id}, {@code tag_id} or {@code segment_id}, listed by page ({@code POST /companies/list}
 * leaves out companies without users and orders by {@code last_request_at}), and scrolled. The scroll behaves as
 * documented: one open scroll per workspace (starting another answers {@code 400} "scroll already exists for this
 * app"), a scroll unused for {@value FakeCompanyScroll#EXPIRY_SECONDS} seconds of the fake's clock expires, every page
 * carries the same {@code scroll_param}, and the page after the last company is empty and ends the scroll (a later
 * call with its parameter answers {@code 404}).
 *
 * <p>Seeded with five companies ({@code company_id} {@code acme-1}, {@code globex-2}, {@code initech-3} without users,
 * {@code umbrella-4} tagged VIP, {@code hooli-5}), some in the segments of {@link FakeIntercomDirectory}, and its own
 * six contacts ({@code 6762f0000000000000000001} to {@code …0006}, as the sandbox's conversations name them), attached to
 * some companies. Pages hold {@code per_page} companies (default 15); scroll pages {@link #scrollPageSize(int) two}.
 * Errors: {@code company_not_found}, {@code not_found} (contact), {@code bad_request} (an unknown field, a second
 * scroll), {@code parameter_not_found} (attach without a company), {@code parameter_invalid},
 * {@code contact_company_limit_exceeded} (at {@link #companyLimitPerContact(int) 1000}), {@code unauthorized}.
 */
public final class FakeIntercomCompanies extends FakeIntercomPart {
    /** The access token the fake accepts unless another is given. */
    public static final String TOKEN = "fake-intercom-token";

    private final FakeCompanyStore store;
    private final FakeCompanyScroll scroll = new FakeCompanyScroll();
    private int scrollPageSize = 2;
    private int companyLimit = 1000;
    /** The contacts part of a {@link FakeIntercom}: its contacts can be attached, and learn their companies. */
    private FakeIntercomContacts contactsPart;

    private FakeIntercomCompanies(FakeServer server, boolean ownsServer, String token, Clock clock) {
        super(server, ownsServer, token);
        this.store = new FakeCompanyStore(clock);
        route("POST", "/companies", this::createOrUpdate);
        route("GET", "/companies", this::retrieve);
        route("POST", "/companies/list", this::list);
        route("GET", "/companies/scroll", r -> FakeResponse.json(scroll.page(r.query("scroll_param"),
                new ArrayList<>(store.companies.values()), scrollPageSize, store.now())));
        route("GET", "/companies/{company_id}", r -> FakeResponse.json(company(r)));
        route("PUT", "/companies/{company_id}", r -> {
            ObjectNode c = company(r);
            JsonNode b = FakeParams.jsonBody(r);
            checkFields(b, false);
            store.apply(c, b);
            return FakeResponse.json(c);
        });
        route("DELETE", "/companies/{company_id}", this::delete);
        route("GET", "/companies/{company_id}/contacts", r -> FakeResponse.json(page(r, store.contactsOf(company(r)), 50)));
        route("GET", "/companies/{company_id}/segments", r -> {
            ObjectNode out = FakeDirectoryData.F.objectNode();
            out.put("type", "list");
            out.set("data", company(r).get("segments").get("segments").deepCopy());
            return FakeResponse.json(out);
        });
        route("POST", "/contacts/{contact_id}/companies", this::attach);
        route("DELETE", "/contacts/{contact_id}/companies/{company_id}", this::detach);
    }

    /** @return a fake on its own server, accepting {@link #TOKEN}, on the system clock */
    public static FakeIntercomCompanies start() {
        return new FakeIntercomCompanies(FakeServer.start(), true, TOKEN, Clock.systemUTC());
    }

    /**
     * Adds the company routes to an existing server.
     *
     * @param server the server; not closed by this fake
     * @param token the access token to accept
     * @param clock what "now" is for timestamps and the scroll's expiry (a {@code ManualClock} in tests)
     * @return the fake
     */
    public static FakeIntercomCompanies on(FakeServer server, String token, Clock clock) {
        return new FakeIntercomCompanies(Objects.requireNonNull(server, "server"), false,
                Objects.requireNonNull(token, "token"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * @param n companies per scroll page (default 2), at least 1
     * @return this fake
     */
    public synchronized FakeIntercomCompanies scrollPageSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("scrollPageSize must be at least 1: " + n);
        }
        this.scrollPageSize = n;
        return this;
    }

    /**
     * @param n how many companies a contact may belong to before attaching answers
     *     {@code contact_company_limit_exceeded} (Intercom's limit, the default, is 1000)
     * @return this fake
     */
    public synchronized FakeIntercomCompanies companyLimitPerContact(int n) {
        this.companyLimit = n;
        return this;
    }

    /**
     * @param companyId Intercom's id of a company
     * @return a copy of the company as the fake holds it
     */
    public synchronized Optional<JsonNode> company(String companyId) {
        ObjectNode c = store.companies.get(companyId);
        return c == null ? Optional.empty() : Optional.of(c.deepCopy());
    }

    /**
     * @param companyId the id you gave a company ({@code company_id})
     * @return Intercom's id of that company
     */
    public synchronized Optional<String> idOf(String companyId) {
        ObjectNode c = store.byCompanyId(companyId);
        return c == null ? Optional.empty() : Optional.of(c.get("id").asText());
    }

    /** @return Intercom's ids of every company, in creation order */
    public synchronized List<String> companyIds() {
        return List.copyOf(store.companies.keySet());
    }

    /** @return the ids of the contacts the fake knows */
    public synchronized List<String> contactIds() {
        return List.copyOf(store.contacts.keySet());
    }

    /**
     * @param companyId Intercom's id of a company
     * @return the ids of its contacts, in attach order (empty for an unknown company)
     */
    public synchronized List<String> contactsOf(String companyId) {
        return store.members.containsKey(companyId) ? List.copyOf(store.members.get(companyId)) : List.of();
    }

    /** @return the parameter of the scroll open now, if one is */
    public synchronized Optional<String> openScroll() {
        return Optional.ofNullable(scroll.open(store.now()));
    }

    // ------------------------------------------------------------------------ for FakeIntercomTags on the same server

    /**
     * Tags or untags (an entry with {@code "untag": true}) the companies of a {@code POST /tags} body, all or none.
     *
     * @return whether every company was found (nothing changes otherwise)
     */
    synchronized boolean tagCompanies(JsonNode entries, ObjectNode tag) {
        List<ObjectNode> found = new ArrayList<>();
        for (JsonNode e : entries) {
            ObjectNode c = store.find(e);
            if (c == null) {
                return false;
            }
            found.add(c);
        }
        for (int i = 0; i < found.size(); i++) {
            if (entries.get(i).path("untag").asBoolean(false)) {
                FakeCompanyStore.removeTag(found.get(i), tag.get("id").asText());
            } else {
                FakeCompanyStore.addTag(found.get(i), tag);
            }
        }
        return true;
    }

    synchronized void renameTag(String tagId, String name) {
        for (ObjectNode c : store.companies.values()) {
            for (JsonNode t : c.get("tags").get("tags")) {
                if (t.path("id").asText().equals(tagId)) {
                    ((ObjectNode) t).put("name", name);
                }
            }
        }
    }

    synchronized void dropTag(String tagId) {
        store.companies.values().forEach(c -> FakeCompanyStore.removeTag(c, tagId));
    }

    synchronized boolean hasContact(String contactId) {
        return known(contactId);
    }

    /**
     * Lets this part attach the contacts the contacts part serves (a contact created with {@code POST /contacts} on
     * the same {@link FakeIntercom}): such a contact is copied in when first named, as it is then, and an attach or a
     * detach is told to the contacts part, whose {@code GET /contacts/{id}/companies} then lists the company. Calls
     * go from this part to that one only, so the two locks are never taken the other way round.
     *
     * @param contacts the contacts part on the same server
     * @return this part
     */
    synchronized FakeIntercomCompanies linked(FakeIntercomContacts contacts) {
        this.contactsPart = Objects.requireNonNull(contacts, "contacts");
        return this;
    }

    private boolean known(String contactId) {
        if (store.contacts.containsKey(contactId)) {
            return true;
        }
        Optional<JsonNode> other = contactsPart == null ? Optional.empty() : contactsPart.contact(contactId);
        if (other.isPresent() && other.get().isObject()) {
            store.contacts.put(contactId, (ObjectNode) other.get().deepCopy());
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------------------- routes

    private ObjectNode company(FakeRequest r) {
        ObjectNode c = store.companies.get(r.pathParam("company_id"));
        if (c == null) {
            throw IntercomAccess.error(404, "company_not_found", "Company Not Found");
        }
        return c;
    }

    private static void checkFields(JsonNode b, boolean create) {
        b.fieldNames().forEachRemaining(f -> {
            if (!FakeCompanyStore.REQUEST_FIELDS.contains(f) || !create && (f.equals("company_id") || f.equals("remote_created_at"))) {
                throw IntercomAccess.error(400, "bad_request", "bad '" + f + "' parameter");
            }
        });
        for (String f : List.of("size", "monthly_spend", "remote_created_at")) {
            if (b.has(f) && !b.get(f).isNumber()) {
                throw IntercomAccess.error(400, "parameter_invalid", f + " must be an integer");
            }
        }
        if (b.path("monthly_spend").asLong(0) > Integer.MAX_VALUE) {
            throw IntercomAccess.error(400, "parameter_invalid", "monthly_spend must be at most 2147483647");
        }
        if (b.has("custom_attributes") && !b.get("custom_attributes").isObject()) {
            throw IntercomAccess.error(400, "parameter_invalid", "custom_attributes must be an object");
        }
    }

    private FakeResponse createOrUpdate(FakeRequest r) {
        JsonNode b = FakeParams.jsonBody(r);
        checkFields(b, true);
        ObjectNode existing = b.hasNonNull("company_id") ? store.byCompanyId(b.get("company_id").asText()) : null;
        if (existing != null) {
            store.apply(existing, b);
            return FakeResponse.json(existing);
        }
        return FakeResponse.json(store.create(b, store.now()));
    }

    private FakeResponse retrieve(FakeRequest r) {
        List<Predicate<ObjectNode>> filters = new ArrayList<>();
        String name = r.query("name");
        String companyId = r.query("company_id");
        if (name != null) {
            filters.add(c -> name.equals(c.path("name").asText()));
        }
        if (companyId != null) {
            filters.add(c -> companyId.equals(c.path("company_id").asText(null)));
        }
        if (r.query("tag_id") != null) {
            filters.add(c -> FakeCompanyStore.hasTag(c, r.query("tag_id")));
        }
        if (r.query("segment_id") != null) {
            filters.add(c -> FakeCompanyStore.inSegment(c, r.query("segment_id")));
        }
        List<ObjectNode> matching = store.companies.values().stream().filter(c -> filters.stream().allMatch(f -> f.test(c)))
                .toList();
        if (matching.isEmpty() && (name != null || companyId != null)) {
            throw IntercomAccess.error(404, "company_not_found", "Company Not Found");
        }
        return FakeResponse.json(page(r, matching, 15));
    }

    private FakeResponse list(FakeRequest r) {
        String order = r.query("order") == null ? "desc" : r.query("order");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw IntercomAccess.error(400, "parameter_invalid", "order must be asc or desc");
        }
        Comparator<ObjectNode> byLastRequest = Comparator.comparingLong(c -> c.path("last_request_at").asLong(0));
        List<ObjectNode> withUsers = store.companies.values().stream().filter(c -> c.get("user_count").asInt() > 0)
                .sorted(order.equals("asc") ? byLastRequest : byLastRequest.reversed()).toList();
        return FakeResponse.json(page(r, withUsers, 15));
    }

    /** A page-number page of {@code all}, as {@code company_list} and {@code company_attached_contacts} have them. */
    private static ObjectNode page(FakeRequest r, List<ObjectNode> all, int defaultPerPage) {
        int perPage = FakeParams.intParam(r, "per_page", defaultPerPage, 1, 150);
        int page = FakeParams.intParam(r, "page", 1, 1, 100_000);
        ObjectNode out = FakeDirectoryData.F.objectNode();
        out.put("type", "list");
        ArrayNode data = out.putArray("data");
        all.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(data::add);
        ObjectNode pages = out.putObject("pages");
        pages.put("type", "pages");
        pages.putNull("next");
        pages.put("page", page);
        pages.put("per_page", perPage);
        pages.put("total_pages", (all.size() + perPage - 1) / perPage);
        out.put("total_count", all.size());
        return out;
    }

    private FakeResponse delete(FakeRequest r) {
        ObjectNode c = company(r);
        String id = c.get("id").asText();
        store.companies.remove(id);
        store.members.remove(id);
        ObjectNode out = FakeDirectoryData.F.objectNode();
        out.put("id", id);
        out.put("object", "company");
        out.put("deleted", true);
        return FakeResponse.json(out);
    }

    private String contact(FakeRequest r) {
        String id = r.pathParam("contact_id");
        if (!known(id)) {
            throw IntercomAccess.error(404, "not_found", "User Not Found");
        }
        return id;
    }

    private FakeResponse attach(FakeRequest r) {
        String contactId = contact(r);
        JsonNode b = r.bodyUtf8().isBlank() ? FakeDirectoryData.F.objectNode() : FakeParams.jsonBody(r);
        if (!b.hasNonNull("id") || b.get("id").asText().isBlank()) {
            throw IntercomAccess.error(400, "parameter_not_found", "company not specified");
        }
        ObjectNode c = store.companies.get(b.get("id").asText());
        if (c == null) {
            throw IntercomAccess.error(404, "company_not_found", "Company Not Found");
        }
        if (!store.members.get(c.get("id").asText()).contains(contactId) && store.companiesOf(contactId) >= companyLimit) {
            throw IntercomAccess.error(400, "contact_company_limit_exceeded",
                    "Contact has reached the maximum of " + companyLimit + " company associations");
        }
        store.attach(c, contactId);
        c.put("updated_at", store.now());
        if (contactsPart != null) {
            contactsPart.companyAttached(contactId, c, true);
        }
        return FakeResponse.json(c);
    }

    private FakeResponse detach(FakeRequest r) {
        String contactId = contact(r);
        ObjectNode c = company(r);
        store.detach(c, contactId);
        if (contactsPart != null) {
            contactsPart.companyAttached(contactId, c, false);
        }
        return FakeResponse.json(c);
    }
}
