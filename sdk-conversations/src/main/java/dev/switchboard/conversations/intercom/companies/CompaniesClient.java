package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.conversations.intercom.segments.SegmentList;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's companies: create or update, get, update, delete, find, list, scroll, their contacts and segments, and
 * attaching contacts to them. Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * CompaniesClient companies = new CompaniesClient(connection);
 * Company acme = companies.createOrUpdate(CompanyRequest.builder("acme-1").name("Acme").plan("Pro").build());
 * companies.attachContact("6762f0d51bb69f9f2193bb7f", acme.id());
 * for (Company c : companies.scroll()) { ... }                  // every company, however many
 * }</pre>
 *
 * <p><b>Three ways to list.</b> {@link #list()} ({@code POST /companies/list}) pages by number, most recently
 * requested first, but reaches at most 10,000 companies and leaves out companies without users;
 * {@link #retrieve(CompanyFilter)} ({@code GET /companies}) pages by number through the companies of a name,
 * {@code company_id}, tag or segment; {@link #scroll()} ({@code GET /companies/scroll}) reaches every company, one
 * scroll per workspace at a time. The page-number lists follow {@code ?page=n} while
 * {@code pages.page < pages.total_pages}.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * company ({@code company_not_found}) or contact ({@code not_found}), {@link dev.switchboard.core.ValidationException}
 * for a request Intercom rejects ({@code bad_request}, {@code parameter_not_found},
 * {@code contact_company_limit_exceeded}: at most 1000 companies per contact),
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link dev.switchboard.core.TransportException}
 * when no answer came, and {@link IllegalArgumentException} or {@link NullPointerException} for arguments rejected
 * before anything is sent.
 */
public final class CompaniesClient implements ResourceClient<CompaniesClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data").pageParam("page")
            .currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();
    private static final String ONE = "/companies/{company_id}";

    private final Transport transport;

    /** @param connection the connection to send through */
    public CompaniesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private CompaniesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public CompaniesClient withOptions(RequestOptions options) {
        return new CompaniesClient(transport.withOptions(options));
    }

    /**
     * Creates the company, or updates the one with the request's {@code company_id} ({@code POST /companies}). With a
     * {@code company_id} repeating the request changes nothing more, so it is retried like a read; without one it is
     * not retried, since each attempt would create a company.
     *
     * @param request the fields (see {@link CompanyRequest})
     * @return the company as Intercom now holds it
     * @throws dev.switchboard.core.ValidationException if Intercom rejects a field ({@code bad_request})
     * @throws NullPointerException if {@code request} is null
     */
    public Company createOrUpdate(CompanyRequest request) {
        return transport.execute(createRequest(request), Company.class);
    }

    /**
     * As {@link #createOrUpdate(CompanyRequest)}, without blocking a thread.
     *
     * @param request the fields
     * @return completes with what {@link #createOrUpdate(CompanyRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Company> createOrUpdateAsync(CompanyRequest request) {
        return Futures.start(() -> transport.executeAsync(createRequest(request), Company.class));
    }

    private static ApiRequest createRequest(CompanyRequest request) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.POST, "/companies").jsonBody(Objects.requireNonNull(request,
                "request"));
        return (request.companyId() != null ? b.retrySafe() : b).build();
    }

    /**
     * The companies matching a filter ({@code GET /companies?name=|company_id=|tag_id=|segment_id=}), page by page.
     * A filter by {@code company_id} or {@code name} finds one company; Intercom answers {@code 404}
     * {@code company_not_found} when none matches, which the first page throws.
     *
     * @param filter what to match (see {@link CompanyFilter})
     * @return the companies, lazily
     * @throws NullPointerException if {@code filter} is null
     */
    public Paginator<Company> retrieve(CompanyFilter filter) {
        Objects.requireNonNull(filter, "filter");
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/companies").query("name", filter.name())
                .query("company_id", filter.companyId()).query("tag_id", filter.tagId())
                .query("segment_id", filter.segmentId()).query("per_page", filter.perPage()).build();
        return Paginator.of(transport, r, PAGES, Company.class);
    }

    /**
     * @param companyId Intercom's id of the company ({@link Company#id()}, not your {@code company_id})
     * @return the company ({@code GET /companies/{company_id}})
     * @throws dev.switchboard.core.NotFoundException if there is no such company
     * @throws IllegalArgumentException if the id is blank
     */
    public Company get(String companyId) {
        return transport.execute(one(HttpMethod.GET, companyId).build(), Company.class);
    }

    /**
     * As {@link #get(String)}, without blocking a thread.
     *
     * @param companyId Intercom's id of the company
     * @return completes with what {@link #get(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Company> getAsync(String companyId) {
        return Futures.start(() -> transport.executeAsync(one(HttpMethod.GET, companyId).build(), Company.class));
    }

    /**
     * Changes the given fields of a company ({@code PUT /companies/{company_id}}); the body never carries an id.
     *
     * @param companyId Intercom's id of the company
     * @param update the fields to change (see {@link CompanyUpdate})
     * @return the updated company
     * @throws dev.switchboard.core.NotFoundException if there is no such company
     * @throws IllegalArgumentException if the id is blank
     */
    public Company update(String companyId, CompanyUpdate update) {
        return transport.execute(updateRequest(companyId, update), Company.class);
    }

    /**
     * As {@link #update(String, CompanyUpdate)}, without blocking a thread.
     *
     * @param companyId Intercom's id of the company
     * @param update the fields to change
     * @return completes with what {@link #update(String, CompanyUpdate)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Company> updateAsync(String companyId, CompanyUpdate update) {
        return Futures.start(() -> transport.executeAsync(updateRequest(companyId, update), Company.class));
    }

    private static ApiRequest updateRequest(String companyId, CompanyUpdate update) {
        ApiRequest.Builder b = one(HttpMethod.PUT, companyId);
        return b.jsonBody(Objects.requireNonNull(update, "update")).build();
    }

    /**
     * Deletes a company ({@code DELETE /companies/{company_id}}): Intercom archives it and detaches its contacts (the
     * contacts stay), answering at once while the archival runs in the background.
     *
     * @param companyId Intercom's id of the company
     * @return the deletion ({@code object: company}, {@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such company
     * @throws IllegalArgumentException if the id is blank
     */
    public DeletedObject delete(String companyId) {
        return transport.execute(one(HttpMethod.DELETE, companyId).build(), DeletedObject.class);
    }

    /**
     * As {@link #delete(String)}, without blocking a thread.
     *
     * @param companyId Intercom's id of the company
     * @return completes with what {@link #delete(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DeletedObject> deleteAsync(String companyId) {
        return Futures.start(() -> transport.executeAsync(one(HttpMethod.DELETE, companyId).build(), DeletedObject.class));
    }

    private static ApiRequest.Builder one(HttpMethod method, String companyId) {
        return ApiRequest.builder(method, ONE, Checks.id(companyId, "companyId"));
    }

    /**
     * The contacts of a company ({@code GET /companies/{company_id}/contacts}), page by page. Each is a
     * {@link ContactReference} view (type, id, external id) of the whole {@code contact} object, whose every other
     * field is in {@code json()}.
     *
     * @param companyId Intercom's id of the company
     * @return the contacts, lazily; the first page throws {@link dev.switchboard.core.NotFoundException} for an unknown
     *     company
     * @throws IllegalArgumentException if the id is blank
     */
    public Paginator<ContactReference> contacts(String companyId) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, ONE + "/contacts", Checks.id(companyId, "companyId")).build();
        return Paginator.of(transport, r, PAGES, ContactReference.class);
    }

    /**
     * The segments a company is in ({@code GET /companies/{company_id}/segments}, unpaginated).
     *
     * @param companyId Intercom's id of the company
     * @return its segments; empty when the answer has none
     * @throws dev.switchboard.core.NotFoundException if there is no such company
     * @throws IllegalArgumentException if the id is blank
     */
    public List<Segment> segments(String companyId) {
        return segments(transport.execute(segmentsRequest(companyId), SegmentList.class));
    }

    /**
     * As {@link #segments(String)}, without blocking a thread.
     *
     * @param companyId Intercom's id of the company
     * @return completes with what {@link #segments(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Segment>> segmentsAsync(String companyId) {
        return Futures.start(() -> Futures.map(transport.executeAsync(segmentsRequest(companyId), SegmentList.class),
                CompaniesClient::segments));
    }

    private static ApiRequest segmentsRequest(String companyId) {
        return ApiRequest.builder(HttpMethod.GET, ONE + "/segments", Checks.id(companyId, "companyId")).build();
    }

    private static List<Segment> segments(SegmentList list) {
        return list == null || list.data() == null ? List.of() : list.data();
    }

    /**
     * Every company with users, most recently requested first ({@code POST /companies/list}, Intercom's defaults).
     *
     * @return the companies, lazily
     */
    public Paginator<Company> list() {
        return list(null, null);
    }

    /**
     * The companies with users ({@code POST /companies/list?per_page=&order=}), ordered by {@code last_request_at}.
     * Intercom serves at most 10,000 companies this way; {@link #scroll()} reaches them all. The spec gives two
     * defaults for the page size (15 in the parameter, 20 in the description), so pass one when it matters.
     *
     * @param perPage companies per page, or {@code null} for Intercom's default
     * @param order {@link SortOrder#DESC} (Intercom's default) or {@link SortOrder#ASC}, or {@code null}
     * @return the companies, lazily
     * @throws IllegalArgumentException if {@code perPage} is below 1
     */
    public Paginator<Company> list(Integer perPage, SortOrder order) {
        if (perPage != null && perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
        // A read sent as POST, without a body: retried like one.
        ApiRequest r = ApiRequest.builder(HttpMethod.POST, "/companies/list").query("per_page", perPage)
                .query("order", order == null ? null : order.wire()).retrySafe().build();
        return Paginator.of(transport, r, PAGES, Company.class);
    }

    /**
     * Every company of the workspace through the scroll ({@code GET /companies/scroll}); see {@link CompanyScroll} for
     * its rules (one scroll per workspace at a time, no resuming).
     *
     * @return the scroll, lazily: nothing is sent until it is iterated
     */
    public CompanyScroll scroll() {
        return new CompanyScroll(transport);
    }

    /**
     * Attaches a contact to a company ({@code POST /contacts/{contact_id}/companies}, body {@code {id}}). Attaching
     * twice is harmless, so it is retried like a read.
     *
     * @param contactId the contact's Intercom id
     * @param companyId Intercom's id of the company
     * @return the company, its {@code user_count} counting the contact
     * @throws dev.switchboard.core.NotFoundException if there is no such company ({@code company_not_found}) or contact
     * @throws dev.switchboard.core.ValidationException if the contact already has 1000 companies
     *     ({@code contact_company_limit_exceeded})
     * @throws IllegalArgumentException if an id is blank
     */
    public Company attachContact(String contactId, String companyId) {
        return transport.execute(attachRequest(contactId, companyId), Company.class);
    }

    /**
     * As {@link #attachContact(String, String)}, without blocking a thread.
     *
     * @param contactId the contact's Intercom id
     * @param companyId Intercom's id of the company
     * @return completes with what {@link #attachContact(String, String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Company> attachContactAsync(String contactId, String companyId) {
        return Futures.start(() -> transport.executeAsync(attachRequest(contactId, companyId), Company.class));
    }

    private static ApiRequest attachRequest(String contactId, String companyId) {
        String contact = Checks.id(contactId, "contactId");
        return ApiRequest.builder(HttpMethod.POST, "/contacts/{contact_id}/companies", contact)
                .jsonBody(Map.of("id", Checks.notBlank(companyId, "companyId"))).retrySafe().build();
    }

    /**
     * Detaches a contact from a company ({@code DELETE /contacts/{contact_id}/companies/{company_id}}).
     *
     * @param contactId the contact's Intercom id
     * @param companyId Intercom's id of the company
     * @return the company, without the contact
     * @throws dev.switchboard.core.NotFoundException if there is no such company ({@code company_not_found}) or contact
     *     ({@code not_found})
     * @throws IllegalArgumentException if an id is blank
     */
    public Company detachContact(String contactId, String companyId) {
        return transport.execute(detachRequest(contactId, companyId), Company.class);
    }

    /**
     * As {@link #detachContact(String, String)}, without blocking a thread.
     *
     * @param contactId the contact's Intercom id
     * @param companyId Intercom's id of the company
     * @return completes with what {@link #detachContact(String, String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<Company> detachContactAsync(String contactId, String companyId) {
        return Futures.start(() -> transport.executeAsync(detachRequest(contactId, companyId), Company.class));
    }

    private static ApiRequest detachRequest(String contactId, String companyId) {
        String contact = Checks.id(contactId, "contactId");
        return ApiRequest.builder(HttpMethod.DELETE, "/contacts/{contact_id}/companies/{company_id}", contact,
                Checks.id(companyId, "companyId")).build();
    }

    @Override
    public String toString() {
        return "CompaniesClient{" + transport.config().baseUrl() + "}";
    }
}
