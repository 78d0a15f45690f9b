package dev.switchboard.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.switchboard.conversations.intercom.AttachContactRequest;
import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.ConversationReply;
import dev.switchboard.conversations.intercom.ConversationUpdate;
import dev.switchboard.conversations.intercom.ConvertToTicketRequest;
import dev.switchboard.conversations.intercom.CreateConversation;
import dev.switchboard.conversations.intercom.CreateMessage;
import dev.switchboard.conversations.intercom.ManageConversationRequest;
import dev.switchboard.conversations.intercom.Recipient;
import dev.switchboard.conversations.intercom.RedactConversationRequest;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.admins.SetAway;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourceRequest;
import dev.switchboard.conversations.intercom.aicontent.ExternalPageRequest;
import dev.switchboard.conversations.intercom.articles.ArticleRequest;
import dev.switchboard.conversations.intercom.articles.ArticleSearch;
import dev.switchboard.conversations.intercom.companies.CompanyFilter;
import dev.switchboard.conversations.intercom.companies.CompanyRequest;
import dev.switchboard.conversations.intercom.companies.CompanyUpdate;
import dev.switchboard.conversations.intercom.contacts.ContactRequest;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstanceRequest;
import dev.switchboard.conversations.intercom.data.CreateDataAttributeRequest;
import dev.switchboard.conversations.intercom.data.DataAttributeModel;
import dev.switchboard.conversations.intercom.data.DataAttributeType;
import dev.switchboard.conversations.intercom.data.DataEventRequest;
import dev.switchboard.conversations.intercom.data.DataEventSummariesRequest;
import dev.switchboard.conversations.intercom.data.UpdateDataAttributeRequest;
import dev.switchboard.conversations.intercom.fin.CsatRating;
import dev.switchboard.conversations.intercom.fin.FinCsatRequest;
import dev.switchboard.conversations.intercom.fin.FinMessage;
import dev.switchboard.conversations.intercom.fin.FinReplyRequest;
import dev.switchboard.conversations.intercom.fin.FinStartRequest;
import dev.switchboard.conversations.intercom.fin.FinUser;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollectionRequest;
import dev.switchboard.conversations.intercom.knowledge.InternalArticleRequest;
import dev.switchboard.conversations.intercom.knowledge.NewsItemRequest;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirectRequest;
import dev.switchboard.conversations.intercom.reporting.ExportRequest;
import dev.switchboard.conversations.intercom.security.IpAllowlistUpdate;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.tags.TagRequest;
import dev.switchboard.conversations.intercom.visitors.VisitorConversion;
import dev.switchboard.conversations.intercom.visitors.VisitorUpdate;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.FilesAbove;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.TicketContact;
import dev.switchboard.tickets.TicketReply;
import dev.switchboard.tickets.TicketTypeAttributeRequest;
import dev.switchboard.tickets.TicketTypeRequest;
import dev.switchboard.tickets.UpdateTicketRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of Intercom's 2.14 spec (each path and method) has a method on the {@link Intercom} root's
 * resources, and that method sends exactly that HTTP method to a path the spec's template matches. Each operation is
 * invoked here against a server that answers every request {@code 200 {}}; whatever the method makes of that answer
 * (a decode error, say) does not matter, the request it sent does.
 *
 * <p>The spec is read when {@code shared/specs/intercom/api-2.14.yaml} is beside the project: then an operation with
 * no entry here fails, as does an entry the spec does not have, so the SDK covers all 150 operations of 2.14 and a
 * refreshed spec names each operation it adds.
 */
class IntercomCoverageTest {
    private static final Instant T = Instant.parse("2026-05-01T12:00:00Z");

    /** "METHOD /spec/path/{template}" to a call of the SDK method that implements it. */
    private static final Map<String, Consumer<Intercom>> OPERATIONS = new LinkedHashMap<>();

    private static void op(String operation, Consumer<Intercom> call) {
        if (OPERATIONS.put(operation, call) != null) {
            throw new IllegalStateException("listed twice: " + operation);
        }
    }

    static {
        // Tickets, ticket tags, jobs
        op("POST /tickets", i -> i.tickets().create(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build()));
        op("POST /tickets/enqueue", i -> i.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build()));
        op("GET /tickets/{ticket_id}", i -> i.tickets().get("t1"));
        op("PUT /tickets/{ticket_id}", i -> i.tickets().update("t1", UpdateTicketRequest.builder().open(true).build()));
        op("DELETE /tickets/{ticket_id}", i -> i.tickets().delete("t1"));
        op("POST /tickets/search", i -> i.tickets().search(SearchRequest.of(SearchQuery.field("open").eq(true))).firstPage());
        op("POST /tickets/{ticket_id}/reply", i -> i.tickets().reply("t1", TicketReply.comment("991", "on it")));
        op("POST /tickets/{ticket_id}/tags", i -> i.tickets().attachTag("t1", "7", "991"));
        op("DELETE /tickets/{ticket_id}/tags/{tag_id}", i -> i.tickets().detachTag("t1", "7", "991"));
        op("GET /jobs/status/{job_id}", i -> i.jobs().status("j1"));
        // Ticket types, their attributes, ticket states
        op("GET /ticket_types", i -> i.ticketTypes().list());
        op("POST /ticket_types", i -> i.ticketTypes().create(TicketTypeRequest.create("Bug")));
        op("GET /ticket_types/{ticket_type_id}", i -> i.ticketTypes().get("90"));
        op("PUT /ticket_types/{ticket_type_id}", i -> i.ticketTypes().update("90", TicketTypeRequest.update().withName("Bugs")));
        op("POST /ticket_types/{ticket_type_id}/attributes", i -> i.ticketTypes().createAttribute("90",
                TicketTypeAttributeRequest.create("Severity", "How bad", "string")));
        op("PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}", i -> i.ticketTypes().updateAttribute("90", "a1",
                TicketTypeAttributeRequest.update().multiline(true)));
        op("GET /ticket_states", i -> i.ticketStates().list());
        // Calls
        op("GET /calls", i -> i.calls().list().firstPage());
        op("GET /calls/{call_id}", i -> i.calls().get("c1"));
        op("GET /calls/{call_id}/recording", i -> i.calls().recordingUrl("c1"));
        op("GET /calls/{call_id}/transcript", i -> i.calls().transcript("c1"));
        op("POST /calls/search", i -> i.calls().search(List.of("v1")));
        // Conversations
        op("GET /conversations", i -> i.conversations().list().firstPage());
        op("GET /conversations/{conversation_id}", i -> i.conversations().get("v1"));
        op("PUT /conversations/{conversation_id}", i -> i.conversations().update("v1", ConversationUpdate.builder().read(true).build()));
        op("POST /conversations/search", i -> i.conversations().search(SearchQuery.field("open").eq(true)).firstPage());
        op("POST /conversations/{conversation_id}/reply", i -> i.conversations().reply("v1",
                ConversationReply.adminComment("991", "hello").build()));
        // Conversations: create, delete, manage, contacts, redact, convert
        op("POST /conversations", i -> i.conversations().create(CreateConversation.fromContact("v1", "hello").build()));
        op("DELETE /conversations/{conversation_id}", i -> i.conversations().delete("501"));
        op("POST /conversations/{conversation_id}/parts", i -> i.conversations().manage("501",
                ManageConversationRequest.close("991")));
        op("POST /conversations/{conversation_id}/customers", i -> i.conversations().attachContact("501",
                AttachContactRequest.byAdmin("991", ContactIdentifier.email("a@example.com"))));
        op("DELETE /conversations/{conversation_id}/customers/{contact_id}", i -> i.conversations().detachContact("501",
                "c1", "991"));
        op("POST /conversations/redact", i -> i.conversations().redact(RedactConversationRequest.part("501", "7")));
        op("POST /conversations/{conversation_id}/convert", i -> i.conversations().convertToTicket("501",
                ConvertToTicketRequest.of("90")));
        // Data attributes, data events
        op("GET /data_attributes", i -> i.dataAttributes().list());
        op("POST /data_attributes", i -> i.dataAttributes().create(CreateDataAttributeRequest.of("Shirt",
                DataAttributeModel.COMPANY, DataAttributeType.STRING)));
        op("PUT /data_attributes/{data_attribute_id}", i -> i.dataAttributes().update("34",
                UpdateDataAttributeRequest.builder().archived(true).build()));
        op("POST /events", i -> i.dataEvents().submit(DataEventRequest.byUserId("u1", "placed-order", T)));
        op("GET /events", i -> i.dataEvents().list(ContactIdentifier.userId("u1")).firstPage());
        op("POST /events/summaries", i -> i.dataEvents().createSummaries(DataEventSummariesRequest.of("u1", "placed-order",
                1, T, T)));
        // Content data export
        op("POST /export/content/data", i -> i.dataExport().create(T.minusSeconds(86_400), T));
        op("GET /export/content/data/{job_identifier}", i -> i.dataExport().get("job1"));
        op("POST /export/cancel/{job_identifier}", i -> i.dataExport().cancel("job1"));
        op("GET /download/content/data/{job_identifier}", i -> i.dataExport().download("job1", new ByteArrayOutputStream()));
        // Custom object instances (the spec's operationIds of the two deletes are swapped; the paths are what counts)
        op("POST /custom_object_instances/{custom_object_type_identifier}", i -> i.customObjectInstances().createOrUpdate(
                "Order", CustomObjectInstanceRequest.builder("o1").build()));
        op("GET /custom_object_instances/{custom_object_type_identifier}", i -> i.customObjectInstances()
                .getByExternalId("Order", "o1"));
        op("DELETE /custom_object_instances/{custom_object_type_identifier}", i -> i.customObjectInstances()
                .deleteByExternalId("Order", "o1"));
        op("GET /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
                i -> i.customObjectInstances().get("Order", "22"));
        op("DELETE /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
                i -> i.customObjectInstances().delete("Order", "22"));
        // Subscription types, visitors, IP allowlist, phone call redirects
        op("GET /subscription_types", i -> i.subscriptionTypes().list());
        op("PUT /visitors", i -> i.visitors().update(VisitorUpdate.byUserId("v1").name("Ada").build()));
        op("GET /visitors", i -> i.visitors().getByUserId("v1"));
        op("POST /visitors/convert", i -> i.visitors().convert(VisitorConversion.toUser("user_id", "v1")
                .userEmail("a@example.com").build()));
        op("GET /ip_allowlist", i -> i.ipAllowlist().get());
        op("PUT /ip_allowlist", i -> i.ipAllowlist().update(IpAllowlistUpdate.of(true, List.of("10.0.0.0/8"))));
        op("POST /phone_call_redirects", i -> i.phoneCallRedirects().create(PhoneCallRedirectRequest.of("+353832345678")));
        // Messages
        op("POST /messages", i -> i.messages().create(CreateMessage.inApp(991L).body("hello").to(Recipient.user("u1")).build()));
        // Internal articles
        op("GET /internal_articles", i -> i.internalArticles().list().firstPage());
        op("GET /internal_articles/search", i -> i.internalArticles().search().firstPage());
        op("POST /internal_articles", i -> i.internalArticles().create(InternalArticleRequest.create("T", "1", "2")));
        op("GET /internal_articles/{internal_article_id}", i -> i.internalArticles().get("301"));
        op("PUT /internal_articles/{internal_article_id}", i -> i.internalArticles().update("301",
                InternalArticleRequest.update().title("T2")));
        op("DELETE /internal_articles/{internal_article_id}", i -> i.internalArticles().delete("301"));
        // News items
        op("GET /news/news_items", i -> i.newsItems().list().firstPage());
        op("POST /news/news_items", i -> i.newsItems().create(NewsItemRequest.create("Launch", "991")));
        op("GET /news/news_items/{news_item_id}", i -> i.newsItems().get("401"));
        op("PUT /news/news_items/{news_item_id}", i -> i.newsItems().update("401", NewsItemRequest.update().title("Launch 2")));
        op("DELETE /news/news_items/{news_item_id}", i -> i.newsItems().delete("401"));
        // Reporting data export
        op("GET /export/reporting_data/get_datasets", i -> i.reportingDataExport().datasets());
        op("POST /export/reporting_data/enqueue", i -> i.reportingDataExport().enqueue(ExportRequest.of("conversation",
                List.of("conversation_id"), T.minusSeconds(86_400), T)));
        op("GET /export/reporting_data/{job_identifier}", i -> i.reportingDataExport().status("job1"));
        op("GET /download/reporting_data/{job_identifier}", i -> i.reportingDataExport().download("job1",
                new ByteArrayOutputStream()));
        // Admins, away status reasons
        op("GET /away_status_reasons", i -> i.admins().awayStatusReasons());
        op("PUT /admins/{admin_id}/away", i -> i.admins().setAway("991", SetAway.away()));
        op("GET /admins/activity_logs", i -> i.admins().activityLogs(T.minusSeconds(86_400)).firstPage());
        // Fin over API
        op("POST /fin/start", i -> i.fin().start(FinStartRequest.builder("v1", FinMessage.user("hi", T), FinUser.of("u1")).build()));
        op("POST /fin/reply", i -> i.fin().reply(FinReplyRequest.builder("v1", FinMessage.user("hi", T), FinUser.of("u1")).build()));
        op("POST /fin/csat", i -> i.fin().csat(FinCsatRequest.of("v1", CsatRating.GOOD)));
        // Companies, segments, tags, teams, admins
        op("POST /companies", i -> i.companies().createOrUpdate(CompanyRequest.builder("acme-1").name("Acme").build()));
        op("GET /companies", i -> i.companies().retrieve(CompanyFilter.byCompanyId("acme-1")).firstPage());
        op("GET /companies/{company_id}", i -> i.companies().get("6762f07a1bb69f9f2193baea"));
        op("PUT /companies/{company_id}", i -> i.companies().update("6762f07a1bb69f9f2193baea",
                CompanyUpdate.builder().name("Acme 2").build()));
        op("DELETE /companies/{company_id}", i -> i.companies().delete("6762f07a1bb69f9f2193baea"));
        op("GET /companies/{company_id}/contacts", i -> i.companies().contacts("6762f07a1bb69f9f2193baea").firstPage());
        op("GET /companies/{company_id}/segments", i -> i.companies().segments("6762f07a1bb69f9f2193baea"));
        op("POST /companies/list", i -> i.companies().list().firstPage());
        op("GET /companies/scroll", i -> i.companies().scroll().firstPage());
        op("POST /contacts/{contact_id}/companies", i -> i.companies().attachContact("c1", "6762f07a1bb69f9f2193baea"));
        op("DELETE /contacts/{contact_id}/companies/{company_id}", i -> i.companies().detachContact("c1",
                "6762f07a1bb69f9f2193baea"));
        op("GET /segments", i -> i.segments().list(true).firstPage());
        op("GET /segments/{segment_id}", i -> i.segments().get("6762f25c1bb69f9f2193bc22"));
        op("GET /tags", i -> i.tags().list());
        op("POST /tags", i -> i.tags().apply(TagRequest.create("VIP")));
        op("GET /tags/{tag_id}", i -> i.tags().get("7522907"));
        op("DELETE /tags/{tag_id}", i -> i.tags().delete("7522907"));
        op("POST /conversations/{conversation_id}/tags", i -> i.tags().attachToConversation("100001", "7522907", "991"));
        op("DELETE /conversations/{conversation_id}/tags/{tag_id}", i -> i.tags().detachFromConversation("100001",
                "7522907", "991"));
        op("GET /teams", i -> i.teams().list());
        op("GET /teams/{team_id}", i -> i.teams().get("814865"));
        op("GET /me", i -> i.admins().me());
        op("GET /admins", i -> i.admins().list());
        op("GET /admins/{admin_id}", i -> i.admins().get("991"));
        // Contacts, their tags and subscription types, notes
        op("GET /contacts", i -> i.contacts().list().firstPage());
        op("POST /contacts", i -> i.contacts().create(ContactRequest.builder().email("ada@example.com").build()));
        op("GET /contacts/{contact_id}", i -> i.contacts().get("c1"));
        op("PUT /contacts/{contact_id}", i -> i.contacts().update("c1", ContactRequest.builder().name("Ada").build()));
        op("DELETE /contacts/{contact_id}", i -> i.contacts().delete("c1"));
        op("POST /contacts/merge", i -> i.contacts().merge("lead1", "user1"));
        op("POST /contacts/search", i -> i.contacts().search(SearchQuery.field("role").eq("lead")).firstPage());
        op("GET /contacts/find_by_external_id/{external_id}", i -> i.contacts().findByExternalId("e1"));
        op("POST /contacts/{contact_id}/archive", i -> i.contacts().archive("c1"));
        op("POST /contacts/{contact_id}/unarchive", i -> i.contacts().unarchive("c1"));
        op("POST /contacts/{contact_id}/block", i -> i.contacts().block("c1"));
        op("GET /contacts/{contact_id}/companies", i -> i.contacts().companies("c1").firstPage());
        op("GET /contacts/{contact_id}/segments", i -> i.contacts().segments("c1").firstPage());
        op("GET /contacts/{contact_id}/subscriptions", i -> i.contacts().subscriptions("c1").firstPage());
        op("GET /contacts/{contact_id}/tags", i -> i.contacts().tags("c1").firstPage());
        op("POST /contacts/{contact_id}/tags", i -> i.contacts().attachTag("c1", "81"));
        op("DELETE /contacts/{contact_id}/tags/{tag_id}", i -> i.contacts().detachTag("c1", "81"));
        op("POST /contacts/{contact_id}/subscriptions", i -> i.contacts().attachSubscription("c1", "93", ConsentType.OPT_IN));
        op("DELETE /contacts/{contact_id}/subscriptions/{subscription_id}", i -> i.contacts().detachSubscription("c1", "93"));
        op("GET /contacts/{contact_id}/notes", i -> i.notes().list("c1").firstPage());
        op("POST /contacts/{contact_id}/notes", i -> i.notes().create("c1", "Called", "991"));
        op("GET /notes/{note_id}", i -> i.notes().get("34"));
        // Articles
        op("GET /articles", i -> i.articles().list().firstPage());
        op("POST /articles", i -> i.articles().create(ArticleRequest.create("T", "991")));
        op("GET /articles/{article_id}", i -> i.articles().get("501"));
        op("PUT /articles/{article_id}", i -> i.articles().update("501", ArticleRequest.update().title("T2")));
        op("DELETE /articles/{article_id}", i -> i.articles().delete("501"));
        op("GET /articles/search", i -> i.articles().search(ArticleSearch.phrase("refund")).firstPage());
        // Help Center: collections, Help Centers
        op("GET /help_center/collections", i -> i.helpCenter().listCollections().firstPage());
        op("POST /help_center/collections", i -> i.helpCenter().createCollection(HelpCenterCollectionRequest.create("C")));
        op("GET /help_center/collections/{collection_id}", i -> i.helpCenter().getCollection("601"));
        op("PUT /help_center/collections/{collection_id}", i -> i.helpCenter().updateCollection("601",
                HelpCenterCollectionRequest.update().name("C2")));
        op("DELETE /help_center/collections/{collection_id}", i -> i.helpCenter().deleteCollection("601"));
        op("GET /help_center/help_centers", i -> i.helpCenter().listHelpCenters().firstPage());
        op("GET /help_center/help_centers/{help_center_id}", i -> i.helpCenter().getHelpCenter("71"));
        // Newsfeeds
        op("GET /news/newsfeeds", i -> i.newsfeeds().list().firstPage());
        op("GET /news/newsfeeds/{newsfeed_id}", i -> i.newsfeeds().get("53"));
        op("GET /news/newsfeeds/{newsfeed_id}/items", i -> i.newsfeeds().items("53").firstPage());
        // AI Content: content import sources, external pages
        op("GET /ai/content_import_sources", i -> i.contentImportSources().list().firstPage());
        op("POST /ai/content_import_sources", i -> i.contentImportSources().create(
                ContentImportSourceRequest.api("https://help.example.com")));
        op("GET /ai/content_import_sources/{source_id}", i -> i.contentImportSources().get("33"));
        op("PUT /ai/content_import_sources/{source_id}", i -> i.contentImportSources().update("33",
                ContentImportSourceRequest.api("https://help.example.com/v2")));
        op("DELETE /ai/content_import_sources/{source_id}", i -> i.contentImportSources().delete("33"));
        op("GET /ai/external_pages", i -> i.externalPages().list().firstPage());
        op("POST /ai/external_pages", i -> i.externalPages().create(ExternalPageRequest.create("T", "<p/>", "33", "e1")));
        op("GET /ai/external_pages/{page_id}", i -> i.externalPages().get("17"));
        op("PUT /ai/external_pages/{page_id}", i -> i.externalPages().update("17",
                ExternalPageRequest.update("T", "<p/>", "https://help.example.com/t", "33")));
        op("DELETE /ai/external_pages/{page_id}", i -> i.externalPages().delete("17"));
    }

    @Test
    void everyListedOperationSendsItsMethodToItsPath() {
        try (FakeServer server = FakeServer.start()) {
            StringBuilder any = new StringBuilder();
            for (int depth = 1; depth <= 6; depth++) {
                any.append("/{p").append(depth).append('}');
                server.route("*", any.toString(), r -> FakeResponse.json("{}"));
            }
            try (Intercom intercom = Intercom.builder().accessToken("coverage-token").baseUrl(server.baseUrl())
                    .retryPolicy(RetryPolicy.builder().maxRetries(0).build()).build()) {
                List<String> wrong = new ArrayList<>();
                for (Map.Entry<String, Consumer<Intercom>> e : OPERATIONS.entrySet()) {
                    server.clearRequests();
                    try {
                        e.getValue().accept(intercom);
                    } catch (SwitchboardException ignored) {
                        // the answer is {} for every operation: only the request matters here
                    }
                    List<FakeRequest> sent = server.requests();
                    String[] expected = e.getKey().split(" ", 2);
                    Pattern path = template(expected[1]);
                    if (sent.isEmpty()) {
                        wrong.add(e.getKey() + ": sent nothing");
                    } else if (!sent.get(0).method().equals(expected[0]) || !path.matcher(sent.get(0).path()).matches()) {
                        wrong.add(e.getKey() + ": sent " + sent.get(0).method() + " " + sent.get(0).path());
                    }
                }
                assertEquals(List.of(), wrong);
            }
        }
    }

    @Test
    void everyOperationOfTheSpecHasAnSdkMethod() throws IOException {
        Path file = FilesAbove.find("shared/specs/intercom/api-2.14.yaml").orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(file != null, "shared/specs is not beside the project");
        JsonNode spec = new YAMLMapper().readTree(file.toFile());
        Set<String> inSpec = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                if (p.getValue().has(method)) {
                    inSpec.add(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String op : inSpec) {
            if (!OPERATIONS.containsKey(op)) {
                problems.add("no SDK method: " + op);
            }
        }
        for (String op : OPERATIONS.keySet()) {
            if (!inSpec.contains(op)) {
                problems.add("not in the spec: " + op);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(inSpec.size(), OPERATIONS.size());
        System.out.printf("Intercom 2.14: %d of %d operations have an SDK method%n", OPERATIONS.size(), inSpec.size());
    }

    /** A spec path template as a pattern: each {@code {name}} one non-empty segment. */
    private static Pattern template(String specPath) {
        StringBuilder re = new StringBuilder();
        for (String part : specPath.split("(?=\\{)|(?<=\\})")) {
            re.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(re.toString());
    }
}
