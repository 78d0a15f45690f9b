package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's contacts (users and leads): list, create, get, update, delete, merge, search, find by external id,
 * archive, unarchive and block; the companies, segments, subscription types and tags attached to a contact; tagging a
 * contact and opting it in or out of a subscription type. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * ContactsClient contacts = new ContactsClient(connection);
 * Contact ada = contacts.create(ContactRequest.builder().role(ContactRole.USER).externalId("25")
 *         .email("ada@example.com").build());
 * contacts.attachTag(ada.id(), "81");
 * for (Contact c : contacts.search(SearchQuery.field("email").endsWith("@example.com"))) { ... }
 * }</pre>
 *
 * <p><b>Paging.</b> {@link #list()} sends {@code per_page} and the cursor as {@code starting_after} in the query and
 * follows {@code pages.next.starting_after} (the spec's {@code cursor_pages}, read strictly: a page that says more
 * follow but carries no cursor stops with a {@link dev.switchboard.core.PaginationException}); {@link #search} puts
 * the cursor into the body's {@code pagination}, even when the request had none. The attached lists follow
 * {@code ?page=n} while {@code pages.page < pages.total_pages}; an answer without {@code pages} (segments,
 * subscriptions, tags) is the only page.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * contact ("User Not Found"), tag or subscription type ("Resource Not Found"),
 * {@link dev.switchboard.core.ValidationException} for a request Intercom rejects (a duplicate email or external id,
 * a merge of two users), {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} or
 * {@link NullPointerException} for arguments rejected before anything is sent.
 */
public final class ContactsClient implements ResourceClient<ContactsClient> {
    /** The largest page {@code GET /contacts} serves. */
    public static final int MAX_PER_PAGE = 150;

    private static final PageStyle LIST_PAGES = PageStyle.cursorPages().itemsAt("/data").pagesAt("/pages")
            .cursorParam("starting_after").build();
    private static final PageStyle SEARCH_PAGES = PageStyle.cursor().itemsAt("/data")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();
    private static final PageStyle ATTACHED_PAGES = PageStyle.pageNumber().itemsAt("/data").pageParam("page")
            .currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public ContactsClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private ContactsClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public ContactsClient withOptions(RequestOptions options) {
        return new ContactsClient(transport.withOptions(options));
    }

    /**
     * Every contact of the workspace ({@code GET /contacts}), Intercom's default page size (50); merged-away leads are
     * not listed.
     *
     * @return the contacts, lazily
     * @see #list(int)
     */
    public Paginator<Contact> list() {
        return listRequest(null);
    }

    /**
     * @param perPage contacts per page ({@code GET /contacts?per_page=}), 1 to {@value #MAX_PER_PAGE}
     * @return every contact, lazily
     * @throws IllegalArgumentException if {@code perPage} is out of range
     * @see #list()
     */
    public Paginator<Contact> list(int perPage) {
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be between 1 and " + MAX_PER_PAGE + ", was " + perPage);
        }
        return listRequest(perPage);
    }

    private Paginator<Contact> listRequest(Integer perPage) {
        ApiRequest first = ApiRequest.builder(HttpMethod.GET, "/contacts").query("per_page", perPage).build();
        return Paginator.of(transport, first, LIST_PAGES, Contact.class);
    }

    /**
     * Creates a user or a lead ({@code POST /contacts}).
     *
     * @param request the contact; it needs an email, an external id or a role
     * @return the new contact
     * @throws dev.switchboard.core.ValidationException if Intercom refuses it, for example a duplicate email
     * @throws IllegalArgumentException if the request has none of email, external id and role
     */
    public Contact create(ContactRequest request) {
        return transport.execute(ContactCalls.create(request), Contact.class);
    }

    /** As {@link #create(ContactRequest)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<Contact> createAsync(ContactRequest request) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.create(request), Contact.class));
    }

    /**
     * Reads a contact ({@code GET /contacts/{contact_id}}); a lead merged into a user is no longer found.
     *
     * @param contactId Intercom's id of the contact
     * @return the contact
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public Contact get(String contactId) {
        return transport.execute(ContactCalls.get(contactId), Contact.class);
    }

    /** As {@link #get(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<Contact> getAsync(String contactId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.get(contactId), Contact.class));
    }

    /**
     * Changes a contact ({@code PUT /contacts/{contact_id}}); only the fields set in {@code update} are sent, and the
     * path's id never goes into the body.
     *
     * @param contactId Intercom's id of the contact
     * @param update what to change
     * @return the updated contact
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public Contact update(String contactId, ContactRequest update) {
        return transport.execute(ContactCalls.update(contactId, update), Contact.class);
    }

    /**
     * As {@link #update(String, ContactRequest)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<Contact> updateAsync(String contactId, ContactRequest update) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.update(contactId, update), Contact.class));
    }

    /**
     * Deletes a contact ({@code DELETE /contacts/{contact_id}}).
     *
     * @param contactId Intercom's id of the contact
     * @return the deletion ({@code deleted: true})
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public ContactDeleted delete(String contactId) {
        return transport.execute(ContactCalls.delete(contactId), ContactDeleted.class);
    }

    /** As {@link #delete(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<ContactDeleted> deleteAsync(String contactId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.delete(contactId), ContactDeleted.class));
    }

    /**
     * Merges a lead into a user ({@code POST /contacts/merge}, body {@code {"from": leadId, "into": userId}}). The lead
     * is gone afterwards: get, list and search no longer find it. Not retried: a second merge would find no lead.
     *
     * @param leadId the contact merged away; Intercom requires a {@code lead}
     * @param userId the contact that remains; Intercom requires a {@code user}
     * @return the user, after the merge
     * @throws dev.switchboard.core.ValidationException if Intercom refuses the roles
     * @throws dev.switchboard.core.NotFoundException if either contact does not exist
     * @throws IllegalArgumentException if an id is blank
     */
    public Contact merge(String leadId, String userId) {
        return transport.execute(ContactCalls.merge(leadId, userId), Contact.class);
    }

    /** As {@link #merge(String, String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<Contact> mergeAsync(String leadId, String userId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.merge(leadId, userId), Contact.class));
    }

    /**
     * Searches contacts ({@code POST /contacts/search}) with Intercom's default page size (50).
     *
     * @param query what to match, for example {@code SearchQuery.field("role").eq("lead")}
     * @return the matching contacts, lazily
     * @see #search(SearchQuery, int)
     * @see #search(SearchRequest)
     */
    public Paginator<Contact> search(SearchQuery query) {
        return search(SearchRequest.of(query));
    }

    /**
     * @param query what to match
     * @param perPage contacts per page, 1 to {@value SearchRequest#MAX_PER_PAGE}
     * @return the matching contacts, lazily ({@code POST /contacts/search})
     * @throws IllegalArgumentException if {@code perPage} is out of range
     * @see #search(SearchQuery)
     * @see #search(SearchRequest)
     */
    public Paginator<Contact> search(SearchQuery query, int perPage) {
        return search(SearchRequest.of(query, perPage));
    }

    /**
     * Searches contacts ({@code POST /contacts/search}); pages follow with the cursor in the body's
     * {@code pagination.starting_after}, and a repeated cursor stops with a
     * {@link dev.switchboard.core.PaginationException}. Timestamps match by calendar day in the workspace's time zone.
     *
     * @param search the query and page size
     * @return the matching contacts, lazily
     * @throws NullPointerException if {@code search} is null
     * @see #search(SearchQuery)
     */
    public Paginator<Contact> search(SearchRequest search) {
        return Paginator.of(transport, ContactCalls.search(search), SEARCH_PAGES, Contact.class);
    }

    /**
     * Finds a user by your id for it ({@code GET /contacts/find_by_external_id/{external_id}}); leads are not found.
     *
     * @param externalId the contact's id in your system
     * @return the contact
     * @throws dev.switchboard.core.NotFoundException if no user has that external id
     * @throws IllegalArgumentException if the id is blank
     */
    public Contact findByExternalId(String externalId) {
        return transport.execute(ContactCalls.findByExternalId(externalId), Contact.class);
    }

    /**
     * As {@link #findByExternalId(String)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<Contact> findByExternalIdAsync(String externalId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.findByExternalId(externalId), Contact.class));
    }

    /**
     * Archives a contact ({@code POST /contacts/{contact_id}/archive}); repeating it is harmless,
     * so it is retried like a read.
     *
     * @param contactId Intercom's id of the contact
     * @return the contact's reference and its new state
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public ContactArchived archive(String contactId) {
        return transport.execute(ContactCalls.action(contactId, "archive"), ContactArchived.class);
    }

    /** As {@link #archive(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<ContactArchived> archiveAsync(String contactId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.action(contactId, "archive"),
                ContactArchived.class));
    }

    /**
     * Unarchives a contact ({@code POST /contacts/{contact_id}/unarchive}); repeating it is harmless,
     * so it is retried like a read.
     *
     * @param contactId Intercom's id of the contact
     * @return the contact's reference and its new state
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public ContactArchived unarchive(String contactId) {
        return transport.execute(ContactCalls.action(contactId, "unarchive"), ContactArchived.class);
    }

    /** As {@link #unarchive(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<ContactArchived> unarchiveAsync(String contactId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.action(contactId, "unarchive"),
                ContactArchived.class));
    }

    /**
     * Blocks a contact and archives its conversations ({@code POST /contacts/{contact_id}/block}); repeating it is
     * harmless, so it is retried like a read.
     *
     * @param contactId Intercom's id of the contact
     * @return the contact's reference and its new state
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if the id is blank
     */
    public ContactBlocked block(String contactId) {
        return transport.execute(ContactCalls.action(contactId, "block"), ContactBlocked.class);
    }

    /** As {@link #block(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<ContactBlocked> blockAsync(String contactId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.action(contactId, "block"),
                ContactBlocked.class));
    }

    /**
     * The companies the contact is attached to ({@code GET /contacts/{contact_id}/companies}), page after page while
     * {@code pages} says more follow. The spec's schema puts them under {@code companies}, its example (and Intercom)
     * under {@code data}, which is read.
     *
     * @param contactId Intercom's id of the contact
     * @return them, lazily
     * @throws IllegalArgumentException if the id is blank ({@link dev.switchboard.core.NotFoundException} comes
     *     when the first page is read, for an unknown contact)
     */
    public Paginator<Company> companies(String contactId) {
        return Paginator.of(transport, ContactCalls.attached(contactId, "companies"), ATTACHED_PAGES,
                Company.class);
    }

    /**
     * The segments the contact is in ({@code GET /contacts/{contact_id}/segments}).
     *
     * @param contactId Intercom's id of the contact
     * @return them, lazily
     * @throws IllegalArgumentException if the id is blank ({@link dev.switchboard.core.NotFoundException} comes
     *     when the first page is read, for an unknown contact)
     */
    public Paginator<Segment> segments(String contactId) {
        return Paginator.of(transport, ContactCalls.attached(contactId, "segments"), ATTACHED_PAGES,
                Segment.class);
    }

    /**
     * The subscription types the contact opted in to or out of explicitly; those left at their default are
     * not listed ({@code GET /contacts/{contact_id}/subscriptions}).
     *
     * @param contactId Intercom's id of the contact
     * @return them, lazily
     * @throws IllegalArgumentException if the id is blank ({@link dev.switchboard.core.NotFoundException} comes
     *     when the first page is read, for an unknown contact)
     */
    public Paginator<SubscriptionType> subscriptions(String contactId) {
        return Paginator.of(transport, ContactCalls.attached(contactId, "subscriptions"), ATTACHED_PAGES,
                SubscriptionType.class);
    }

    /**
     * The tags on the contact ({@code GET /contacts/{contact_id}/tags}).
     *
     * @param contactId Intercom's id of the contact
     * @return them, lazily
     * @throws IllegalArgumentException if the id is blank ({@link dev.switchboard.core.NotFoundException} comes
     *     when the first page is read, for an unknown contact)
     */
    public Paginator<Tag> tags(String contactId) {
        return Paginator.of(transport, ContactCalls.attached(contactId, "tags"), ATTACHED_PAGES, Tag.class);
    }

    /**
     * Tags a contact ({@code POST /contacts/{contact_id}/tags}, body {@code {"id": tagId}}); repeating it is harmless,
     * so it is retried like a read.
     *
     * @param contactId Intercom's id of the contact
     * @param tagId the tag's id
     * @return the tag
     * @throws dev.switchboard.core.NotFoundException if there is no such contact or tag
     * @throws IllegalArgumentException if an id is blank
     */
    public Tag attachTag(String contactId, String tagId) {
        return transport.execute(ContactCalls.attachTag(contactId, tagId), Tag.class);
    }

    /**
     * As {@link #attachTag(String, String)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<Tag> attachTagAsync(String contactId, String tagId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.attachTag(contactId, tagId), Tag.class));
    }

    /**
     * Removes a tag from a contact ({@code DELETE /contacts/{contact_id}/tags/{tag_id}}).
     *
     * @param contactId Intercom's id of the contact
     * @param tagId the tag's id
     * @return the tag removed
     * @throws dev.switchboard.core.NotFoundException if there is no such contact or tag
     * @throws IllegalArgumentException if an id is blank
     */
    public Tag detachTag(String contactId, String tagId) {
        return transport.execute(ContactCalls.detachTag(contactId, tagId), Tag.class);
    }

    /**
     * As {@link #detachTag(String, String)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<Tag> detachTagAsync(String contactId, String tagId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.detachTag(contactId, tagId), Tag.class));
    }

    /**
     * Attaches a subscription type to a contact ({@code POST /contacts/{contact_id}/subscriptions}, body
     * {@code {"id", "consent_type"}}): attaching an opt-out type opts the contact out, an opt-in type opts it in.
     *
     * @param contactId Intercom's id of the contact
     * @param subscriptionId the subscription type's id
     * @param consentType the subscription type's consent type
     * @return the subscription type
     * @throws dev.switchboard.core.NotFoundException if there is no such contact or subscription type
     * @throws IllegalArgumentException if an id or the consent type is blank
     */
    public SubscriptionType attachSubscription(String contactId, String subscriptionId, ConsentType consentType) {
        return transport.execute(ContactCalls.attachSubscription(contactId, subscriptionId, consentType),
                SubscriptionType.class);
    }

    /**
     * As {@link #attachSubscription(String, String, ConsentType)}, without blocking a thread; a failure completes
     * the future exceptionally.
     */
    public CompletableFuture<SubscriptionType> attachSubscriptionAsync(String contactId, String subscriptionId,
            ConsentType consentType) {
        return Futures.start(() -> transport.executeAsync(
                ContactCalls.attachSubscription(contactId, subscriptionId, consentType), SubscriptionType.class));
    }

    /**
     * Removes a subscription type from a contact
     * ({@code DELETE /contacts/{contact_id}/subscriptions/{subscription_id}}).
     *
     * @param contactId Intercom's id of the contact
     * @param subscriptionId the subscription type's id
     * @return the subscription type removed
     * @throws dev.switchboard.core.NotFoundException if there is no such contact or subscription type
     * @throws IllegalArgumentException if an id is blank
     */
    public SubscriptionType detachSubscription(String contactId, String subscriptionId) {
        return transport.execute(ContactCalls.detachSubscription(contactId, subscriptionId), SubscriptionType.class);
    }

    /**
     * As {@link #detachSubscription(String, String)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<SubscriptionType> detachSubscriptionAsync(String contactId, String subscriptionId) {
        return Futures.start(() -> transport.executeAsync(ContactCalls.detachSubscription(contactId, subscriptionId),
                SubscriptionType.class));
    }

    @Override
    public String toString() {
        return "ContactsClient{" + transport.config().baseUrl() + "}";
    }
}
