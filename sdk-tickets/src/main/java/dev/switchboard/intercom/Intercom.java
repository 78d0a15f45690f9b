package dev.switchboard.intercom;

import dev.switchboard.conversations.intercom.CallsClient;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.conversations.intercom.IntercomBuilder;
import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.MessagesClient;
import dev.switchboard.conversations.intercom.admins.AdminsClient;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourcesClient;
import dev.switchboard.conversations.intercom.aicontent.ExternalPagesClient;
import dev.switchboard.conversations.intercom.articles.ArticlesClient;
import dev.switchboard.conversations.intercom.companies.CompaniesClient;
import dev.switchboard.conversations.intercom.contacts.ContactsClient;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstancesClient;
import dev.switchboard.conversations.intercom.data.DataAttributesClient;
import dev.switchboard.conversations.intercom.data.DataEventsClient;
import dev.switchboard.conversations.intercom.dataexport.DataExportClient;
import dev.switchboard.conversations.intercom.fin.FinAgentClient;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterClient;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedsClient;
import dev.switchboard.conversations.intercom.notes.NotesClient;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirectsClient;
import dev.switchboard.conversations.intercom.reporting.ReportingDataExportClient;
import dev.switchboard.conversations.intercom.security.IpAllowlistClient;
import dev.switchboard.conversations.intercom.segments.SegmentsClient;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionTypesClient;
import dev.switchboard.conversations.intercom.tags.TagsClient;
import dev.switchboard.conversations.intercom.teams.TeamsClient;
import dev.switchboard.conversations.intercom.visitors.VisitorsClient;
import dev.switchboard.core.http.RateLimitInfo;
import dev.switchboard.tickets.JobsClient;
import dev.switchboard.tickets.TicketStatesClient;
import dev.switchboard.tickets.TicketTypesClient;
import dev.switchboard.tickets.TicketsClient;

/**
 * Intercom's REST API 2.14: every resource from one object, all on one connection (one token, one pool, one
 * {@code Intercom-Version}). Immutable and thread-safe; close it to release the connection pool.
 *
 * <pre>{@code
 * try (Intercom intercom = Intercom.builder().accessToken(token).region(IntercomRegion.EU).build()) {
 *     Ticket ticket = intercom.tickets().get("123");
 *     Call call = intercom.calls().get("456");
 *     for (Conversation c : intercom.conversations().list()) { ... }
 * }
 * }</pre>
 *
 * <p>What every resource client shares — {@code withOptions(...)}, the {@code …Async} methods, the exceptions — is
 * described once in {@link dev.switchboard.core.http.ResourceClient}. {@link #builder()} documents the settings and
 * the environment variables {@code fromEnv()} reads.
 */
public final class Intercom implements AutoCloseable {
    private final IntercomConnection connection;
    private final TicketsClient tickets;
    private final JobsClient jobs;
    private final TicketTypesClient ticketTypes;
    private final TicketStatesClient ticketStates;
    private final CallsClient calls;
    private final ConversationsClient conversations;
    private final MessagesClient messages;
    private final InternalArticlesClient internalArticles;
    private final NewsItemsClient newsItems;
    private final ReportingDataExportClient reportingDataExport;
    private final AdminsClient admins;
    private final FinAgentClient fin;
    private final CompaniesClient companies;
    private final SegmentsClient segments;
    private final TagsClient tags;
    private final TeamsClient teams;
    private final ContactsClient contacts;
    private final NotesClient notes;
    private final ArticlesClient articles;
    private final HelpCenterClient helpCenter;
    private final NewsfeedsClient newsfeeds;
    private final ContentImportSourcesClient contentImportSources;
    private final ExternalPagesClient externalPages;
    private final DataAttributesClient dataAttributes;
    private final DataEventsClient dataEvents;
    private final DataExportClient dataExport;
    private final CustomObjectInstancesClient customObjectInstances;
    private final SubscriptionTypesClient subscriptionTypes;
    private final VisitorsClient visitors;
    private final IpAllowlistClient ipAllowlist;
    private final PhoneCallRedirectsClient phoneCallRedirects;

    private Intercom(IntercomConnection connection) {
        this.connection = connection;
        this.tickets = new TicketsClient(connection);
        this.jobs = new JobsClient(connection);
        this.ticketTypes = new TicketTypesClient(connection);
        this.ticketStates = new TicketStatesClient(connection);
        this.calls = new CallsClient(connection);
        this.conversations = new ConversationsClient(connection);
        this.messages = new MessagesClient(connection);
        this.internalArticles = new InternalArticlesClient(connection);
        this.newsItems = new NewsItemsClient(connection);
        this.reportingDataExport = new ReportingDataExportClient(connection);
        this.admins = new AdminsClient(connection);
        this.fin = new FinAgentClient(connection);
        this.companies = new CompaniesClient(connection);
        this.segments = new SegmentsClient(connection);
        this.tags = new TagsClient(connection);
        this.teams = new TeamsClient(connection);
        this.contacts = new ContactsClient(connection);
        this.notes = new NotesClient(connection);
        this.articles = new ArticlesClient(connection);
        this.helpCenter = new HelpCenterClient(connection);
        this.newsfeeds = new NewsfeedsClient(connection);
        this.contentImportSources = new ContentImportSourcesClient(connection);
        this.externalPages = new ExternalPagesClient(connection);
        this.dataAttributes = new DataAttributesClient(connection);
        this.dataEvents = new DataEventsClient(connection);
        this.dataExport = new DataExportClient(connection);
        this.customObjectInstances = new CustomObjectInstancesClient(connection);
        this.subscriptionTypes = new SubscriptionTypesClient(connection);
        this.visitors = new VisitorsClient(connection);
        this.ipAllowlist = new IpAllowlistClient(connection);
        this.phoneCallRedirects = new PhoneCallRedirectsClient(connection);
    }

    /**
     * The settings: {@code accessToken(...)} (required), {@code region(...)} or {@code baseUrl(...)},
     * {@code version(...)}, every setting of {@link dev.switchboard.core.http.ClientBuilder} (timeouts, retries, OkHttp
     * client, clock, ...), and {@code fromEnv()}, which reads {@code INTERCOM_TOKEN}, {@code INTERCOM_BASE_URL} or
     * {@code INTERCOM_REGION}, and {@code INTERCOM_VERSION} for what was not set explicitly.
     *
     * @return a builder
     */
    public static IntercomBuilder<Intercom> builder() {
        return new IntercomBuilder<>(Intercom::new);
    }

    /** @return tickets: create, enqueue, get, update, delete, search, reply, tags */
    public TicketsClient tickets() {
        return tickets;
    }

    /** @return asynchronous jobs (ticket creation by job): get, wait for completion */
    public JobsClient jobs() {
        return jobs;
    }

    /** @return ticket types and their attributes */
    public TicketTypesClient ticketTypes() {
        return ticketTypes;
    }

    /** @return ticket states */
    public TicketStatesClient ticketStates() {
        return ticketStates;
    }

    /** @return calls: list, get, recording URL, transcript, search by conversation */
    public CallsClient calls() {
        return calls;
    }

    /** @return conversations: get, update, reply, list, search */
    public ConversationsClient conversations() {
        return conversations;
    }

    /** @return outbound messages */
    public MessagesClient messages() {
        return messages;
    }

    /** @return internal articles: create, get, update, delete, list, search */
    public InternalArticlesClient internalArticles() {
        return internalArticles;
    }

    /** @return news items: create, get, update, delete, list */
    public NewsItemsClient newsItems() {
        return newsItems;
    }

    /** @return the reporting data export: datasets, enqueue, status, download */
    public ReportingDataExportClient reportingDataExport() {
        return reportingDataExport;
    }

    /** @return admins: me, get, list, away status, activity logs */
    public AdminsClient admins() {
        return admins;
    }

    /** @return the Fin Agent API: start, reply, event streams, CSAT */
    public FinAgentClient fin() {
        return fin;
    }

    /** @return companies: create or update, get, update, delete, find, list, scroll, contacts, segments */
    public CompaniesClient companies() {
        return companies;
    }

    /** @return segments: list (with counts), get */
    public SegmentsClient segments() {
        return segments;
    }

    /** @return the workspace's tags: list, get, create, rename, tag companies and users, delete, conversation tags */
    public TagsClient tags() {
        return tags;
    }

    /** @return teams: list, get */
    public TeamsClient teams() {
        return teams;
    }

    /** @return contacts (users and leads), their tags, subscription types, companies and segments */
    public ContactsClient contacts() {
        return contacts;
    }

    /** @return notes on contacts */
    public NotesClient notes() {
        return notes;
    }

    /** @return Help Center articles: list, create, get, update, delete, search (with highlights) */
    public ArticlesClient articles() {
        return articles;
    }

    /** @return the Help Center: collections and sections (list, create, get, update, delete), Help Centers (list, get) */
    public HelpCenterClient helpCenter() {
        return helpCenter;
    }

    /** @return newsfeeds: list, get, the live news items of one */
    public NewsfeedsClient newsfeeds() {
        return newsfeeds;
    }

    /** @return AI Content's content import sources: list, create, get, update, delete (with their pages) */
    public ContentImportSourcesClient contentImportSources() {
        return contentImportSources;
    }

    /** @return AI Content's external pages: list, create (or update by external id), get, update, delete */
    public ExternalPagesClient externalPages() {
        return externalPages;
    }

    /** @return data attributes of contacts, companies and conversations: list, create, update */
    public DataAttributesClient dataAttributes() {
        return dataAttributes;
    }

    /** @return data events: submit, list a user's events, summaries */
    public DataEventsClient dataEvents() {
        return dataEvents;
    }

    /** @return the content data export: create, status, cancel, download */
    public DataExportClient dataExport() {
        return dataExport;
    }

    /** @return custom object instances: create or update, get, delete (by id or external id) */
    public CustomObjectInstancesClient customObjectInstances() {
        return customObjectInstances;
    }

    /** @return subscription types */
    public SubscriptionTypesClient subscriptionTypes() {
        return subscriptionTypes;
    }

    /** @return visitors: get by user id, update, convert to a user or lead */
    public VisitorsClient visitors() {
        return visitors;
    }

    /** @return the workspace's IP allowlist: get, update */
    public IpAllowlistClient ipAllowlist() {
        return ipAllowlist;
    }

    /** @return phone call redirects ("Switch"): text a Messenger link */
    public PhoneCallRedirectsClient phoneCallRedirects() {
        return phoneCallRedirects;
    }

    /**
     * @return the {@code X-RateLimit-*} headers of the most recent response that had them; empty values before the
     *     first one
     */
    public RateLimitInfo rateLimit() {
        return connection.rateLimit();
    }

    /** @return the connection the resource clients share (base URL, default version) */
    public IntercomConnection connection() {
        return connection;
    }

    /** Releases the connection pool and threads; the resource clients stop working. */
    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "Intercom{" + connection + "}";
    }
}
