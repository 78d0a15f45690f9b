package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.CallsClient;
import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.conversations.intercom.admins.AdminsClient;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourcesClient;
import dev.switchboard.conversations.intercom.aicontent.ExternalPagesClient;
import dev.switchboard.conversations.intercom.articles.ArticlesClient;
import dev.switchboard.conversations.intercom.companies.CompaniesClient;
import dev.switchboard.conversations.intercom.contacts.ContactsClient;
import dev.switchboard.conversations.intercom.data.DataAttributesClient;
import dev.switchboard.conversations.intercom.data.DataEventsClient;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterClient;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedsClient;
import dev.switchboard.conversations.intercom.notes.NotesClient;
import dev.switchboard.conversations.intercom.segments.SegmentsClient;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypesClient;
import dev.switchboard.conversations.intercom.tags.TagsClient;
import dev.switchboard.conversations.intercom.teams.TeamsClient;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.tickets.TicketStatesClient;
import dev.switchboard.tickets.TicketTypesClient;
import java.time.Instant;
import java.util.List;

/**
 * The export targets of Intercom's lists and searches, for {@code Targets.exports()}: one line per collection, named
 * after the endpoint's path ({@code -} for {@code /} and {@code _}).
 *
 * <p>{@code companies} reads the scroll ({@code GET /companies/scroll}), not {@code POST /companies/list}: an export
 * wants every company, and the list stops at 10,000 companies and leaves out those without users, while the scroll
 * has neither limit. Its price: one scroll per workspace at a time, so an export stopped early by {@code --max} keeps
 * the scroll open (and another scroll waiting) until Intercom expires it after a minute unused.
 * {@code data-attributes} lists every model's attributes, archived ones included; {@code activity-logs} those created
 * since {@code --since} (by default since 1970: Intercom requires a start). With {@code --since}, {@code contacts}
 * and {@code conversations} read their searches ({@code updated_at >} it), without it their lists. A contact's
 * notes, data events, companies, segments, subscription types and tags take {@code --contact ID}, a company's
 * contacts and segments {@code --company ID}, a newsfeed's live items {@code --newsfeed ID}. Not exportable: custom
 * object instances (fetched by id or external id only; the API cannot list them) and the other searches (articles,
 * internal articles, calls), whose records the lists above already give.
 */
public final class IntercomTargets {
    private static final String CONTACT = "--contact";
    private static final String COMPANY = "--company";
    private static final String NEWSFEED = "--newsfeed";

    private IntercomTargets() {
    }

    /** @return every Intercom collection {@code export} reads, in the order {@code --help} lists them */
    public static List<ExportTarget> all() {
        return List.of(
                IntercomListExport.filteredBySince("conversations", (c, r) -> r.since().isPresent()
                        ? new ConversationsClient(c).search(updatedAfter(r.since().get()))
                        : new ConversationsClient(c).list(ConversationsClient.MAX_PER_PAGE)),
                new IntercomListExport("calls", (c, r) -> new CallsClient(c).list(CallsClient.MAX_PER_PAGE)),
                new IntercomListExport("companies", (c, r) -> new CompaniesClient(c).scroll()),
                new IntercomListExport("segments", (c, r) -> new SegmentsClient(c).list()),
                new IntercomListExport("tags", (c, r) -> new TagsClient(c).list()),
                new IntercomListExport("teams", (c, r) -> new TeamsClient(c).list()),
                new IntercomListExport("admins", (c, r) -> new AdminsClient(c).list()),
                IntercomListExport.filteredBySince("contacts", (c, r) -> r.since().isPresent()
                        ? new ContactsClient(c).search(updatedAfter(r.since().get()))
                        : new ContactsClient(c).list(ContactsClient.MAX_PER_PAGE)),
                new IntercomListExport("notes", CONTACT, (c, id) -> new NotesClient(c).list(id)),
                new IntercomListExport("data-events", CONTACT,
                        (c, id) -> new DataEventsClient(c).list(ContactIdentifier.intercomUserId(id))),
                new IntercomListExport("contact-companies", CONTACT, (c, id) -> new ContactsClient(c).companies(id)),
                new IntercomListExport("contact-segments", CONTACT, (c, id) -> new ContactsClient(c).segments(id)),
                new IntercomListExport("contact-subscriptions", CONTACT,
                        (c, id) -> new ContactsClient(c).subscriptions(id)),
                new IntercomListExport("contact-tags", CONTACT, (c, id) -> new ContactsClient(c).tags(id)),
                new IntercomListExport("company-contacts", COMPANY, (c, id) -> new CompaniesClient(c).contacts(id)),
                new IntercomListExport("company-segments", COMPANY, (c, id) -> new CompaniesClient(c).segments(id)),
                IntercomListExport.filteredBySince("activity-logs",
                        (c, r) -> new AdminsClient(c).activityLogs(r.since().orElse(Instant.EPOCH))),
                new IntercomListExport("away-status-reasons", (c, r) -> new AdminsClient(c).awayStatusReasons()),
                new IntercomListExport("ticket-types", (c, r) -> new TicketTypesClient(c).list()),
                new IntercomListExport("ticket-states", (c, r) -> new TicketStatesClient(c).list()),
                new IntercomListExport("news-items", (c, r) -> new NewsItemsClient(c).list()),
                new IntercomListExport("internal-articles", (c, r) -> new InternalArticlesClient(c).list()),
                new IntercomListExport("articles", (c, r) -> new ArticlesClient(c).list()),
                new IntercomListExport("help-center-collections", (c, r) -> new HelpCenterClient(c).listCollections()),
                new IntercomListExport("help-centers", (c, r) -> new HelpCenterClient(c).listHelpCenters()),
                new IntercomListExport("newsfeeds", (c, r) -> new NewsfeedsClient(c).list()),
                new IntercomListExport("newsfeed-items", NEWSFEED, (c, id) -> new NewsfeedsClient(c).items(id)),
                new IntercomListExport("ai-content-import-sources", (c, r) -> new ContentImportSourcesClient(c).list()),
                new IntercomListExport("ai-external-pages", (c, r) -> new ExternalPagesClient(c).list()),
                new IntercomListExport("data-attributes", (c, r) -> new DataAttributesClient(c).list(null, true)),
                new IntercomListExport("subscription-types", (c, r) -> new SubscriptionTypesClient(c).list()));
    }

    /** The search for records updated after {@code since}, in the largest pages the searches allow. */
    private static SearchRequest updatedAfter(Instant since) {
        return SearchRequest.of(SearchQuery.field("updated_at").gt(since), SearchRequest.MAX_PER_PAGE);
    }
}
