package dev.switchboard.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.CallList;
import dev.switchboard.conversations.intercom.IntercomSpec;
import dev.switchboard.conversations.intercom.Message;
import dev.switchboard.conversations.intercom.admins.ActivityLogList;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.admins.AwayStatusReasonList;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.contacts.ContactArchived;
import dev.switchboard.conversations.intercom.contacts.ContactBlocked;
import dev.switchboard.conversations.intercom.contacts.ContactDeleted;
import dev.switchboard.conversations.intercom.fin.FinConversation;
import dev.switchboard.conversations.intercom.fin.FinCsatRequested;
import dev.switchboard.conversations.intercom.fin.FinCsatResult;
import dev.switchboard.conversations.intercom.fin.FinReplied;
import dev.switchboard.conversations.intercom.fin.FinReplyChunk;
import dev.switchboard.conversations.intercom.fin.FinStatusUpdated;
import dev.switchboard.conversations.intercom.fin.UnknownFinEvent;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.knowledge.InternalArticle;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.notes.Note;
import dev.switchboard.conversations.intercom.reporting.DatasetList;
import dev.switchboard.conversations.intercom.reporting.ExportJob;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.conversations.moveworks.Conversation;
import dev.switchboard.conversations.moveworks.Interaction;
import dev.switchboard.conversations.moveworks.PluginCall;
import dev.switchboard.conversations.moveworks.PluginResource;
import dev.switchboard.conversations.moveworks.User;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.json.JsonArray;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.testing.ModelHarness;
import dev.switchboard.core.testing.ModelScan;
import dev.switchboard.testkit.FilesAbove;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every model of sdk-conversations through the round-trip harness: this module's fixtures always; Moveworks' official
 * sample pages and the examples of Intercom's 2.14 OpenAPI description too when {@code ../shared/specs} is present.
 * A model of the module that no example reaches fails the test.
 */
class ModelsRoundTripTest {
    /** Records taken from each official sample page: enough to see every shape, few enough to stay fast. */
    private static final int SAMPLE_RECORDS = 25;
    /** Mutants of each of this module's Intercom fixtures. */
    private static final int FIXTURE_MUTANTS = 120;
    /** Mutants of each Intercom spec example: there are many, and most are small. */
    private static final int SPEC_MUTANTS = 25;

    private static final Map<String, Class<? extends JsonModel>> MOVEWORKS = Map.of(
            "conversations", Conversation.class,
            "interactions", Interaction.class,
            "plugin-calls", PluginCall.class,
            "plugin-resources", PluginResource.class,
            "users", User.class);

    /** This module's Intercom fixtures, under {@code src/test/resources/intercom}, and the model each is a document of. */
    private static final Map<String, Class<? extends JsonModel>> INTERCOM_FIXTURES = new LinkedHashMap<>();
    /** Intercom 2.14 component schemas and their models; each schema's assembled example is checked. */
    private static final Map<String, Class<? extends JsonModel>> INTERCOM_SCHEMAS = new LinkedHashMap<>();
    /** Operations whose success response has an inline schema, and the model of their examples. */
    private static final Map<String, Class<? extends JsonModel>> INTERCOM_INLINE = new LinkedHashMap<>();
    /** Operations answering a paginated envelope without a model: the pointer to the items, and their model. */
    private static final Map<String, Map.Entry<String, Class<? extends JsonModel>>> INTERCOM_ITEMS = new LinkedHashMap<>();

    static {
        INTERCOM_FIXTURES.put("conversation.json", dev.switchboard.conversations.intercom.Conversation.class);
        INTERCOM_FIXTURES.put("conversation-list.json", dev.switchboard.conversations.intercom.ConversationList.class);
        INTERCOM_FIXTURES.put("call.json", Call.class);
        INTERCOM_FIXTURES.put("call-list.json", CallList.class);
        INTERCOM_FIXTURES.put("message.json", Message.class);
        INTERCOM_FIXTURES.put("admin.json", Admin.class);
        INTERCOM_FIXTURES.put("away-status-reasons.json", AwayStatusReasonList.class);
        INTERCOM_FIXTURES.put("activity-logs.json", ActivityLogList.class);
        INTERCOM_FIXTURES.put("internal-article.json", InternalArticle.class);
        INTERCOM_FIXTURES.put("news-item.json", NewsItem.class);
        INTERCOM_FIXTURES.put("deleted-object.json", DeletedObject.class);
        INTERCOM_FIXTURES.put("datasets.json", DatasetList.class);
        INTERCOM_FIXTURES.put("export-job.json", ExportJob.class);
        INTERCOM_FIXTURES.put("fin-conversation.json", FinConversation.class);
        INTERCOM_FIXTURES.put("fin-csat-result.json", FinCsatResult.class);
        INTERCOM_FIXTURES.put("fin-replied.json", FinReplied.class);
        INTERCOM_FIXTURES.put("fin-reply-chunk.json", FinReplyChunk.class);
        INTERCOM_FIXTURES.put("fin-status-updated.json", FinStatusUpdated.class);
        INTERCOM_FIXTURES.put("fin-csat-requested.json", FinCsatRequested.class);
        INTERCOM_FIXTURES.put("fin-unknown-event.json", UnknownFinEvent.class);
        // Companies, segments, tags, teams, admins
        INTERCOM_FIXTURES.put("company.json", model("dev.switchboard.conversations.intercom.companies.Company"));
        INTERCOM_FIXTURES.put("company-scroll.json", model("dev.switchboard.conversations.intercom.companies.CompanyList"));
        INTERCOM_FIXTURES.put("company-list.json", model("dev.switchboard.conversations.intercom.companies.CompanyList"));
        INTERCOM_FIXTURES.put("segment-list.json", model("dev.switchboard.conversations.intercom.segments.SegmentList"));
        INTERCOM_FIXTURES.put("tag-list.json", dev.switchboard.conversations.intercom.TagList.class);
        INTERCOM_FIXTURES.put("team-list.json", model("dev.switchboard.conversations.intercom.teams.TeamList"));
        INTERCOM_FIXTURES.put("admin-with-app.json", Admin.class);
        INTERCOM_FIXTURES.put("admin-list.json", model("dev.switchboard.conversations.intercom.admins.AdminList"));
        INTERCOM_FIXTURES.put("contact.json", Contact.class);
        INTERCOM_FIXTURES.put("contact-deleted.json", ContactDeleted.class);
        INTERCOM_FIXTURES.put("contact-archived.json", ContactArchived.class);
        INTERCOM_FIXTURES.put("contact-blocked.json", ContactBlocked.class);
        INTERCOM_FIXTURES.put("contact-company.json", Company.class);
        INTERCOM_FIXTURES.put("contact-segment.json", Segment.class);
        INTERCOM_FIXTURES.put("subscription-type.json", SubscriptionType.class);
        INTERCOM_FIXTURES.put("note.json", Note.class);
        INTERCOM_FIXTURES.put("article.json", dev.switchboard.conversations.intercom.articles.Article.class);
        INTERCOM_FIXTURES.put("article-search.json", dev.switchboard.conversations.intercom.articles.ArticleSearchResponse.class);
        INTERCOM_FIXTURES.put("collection.json", dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection.class);
        INTERCOM_FIXTURES.put("help-center.json", dev.switchboard.conversations.intercom.helpcenter.HelpCenter.class);
        INTERCOM_FIXTURES.put("newsfeed.json", dev.switchboard.conversations.intercom.knowledge.Newsfeed.class);
        INTERCOM_FIXTURES.put("content-import-source.json", dev.switchboard.conversations.intercom.aicontent.ContentImportSource.class);
        INTERCOM_FIXTURES.put("external-page.json", dev.switchboard.conversations.intercom.aicontent.ExternalPage.class);
        // Conversations: create, delete, convert to a ticket
        INTERCOM_FIXTURES.put("conversation-deleted.json", dev.switchboard.conversations.intercom.ConversationDeleted.class);
        INTERCOM_FIXTURES.put("converted-ticket.json", dev.switchboard.conversations.intercom.ConvertedTicket.class);
        // Data attributes and data events
        INTERCOM_FIXTURES.put("data-attributes.json", dev.switchboard.conversations.intercom.data.DataAttributeList.class);
        INTERCOM_FIXTURES.put("data-event.json", dev.switchboard.conversations.intercom.data.DataEvent.class);
        INTERCOM_FIXTURES.put("data-event-summary.json", dev.switchboard.conversations.intercom.data.DataEventSummary.class);
        INTERCOM_FIXTURES.put("data-export.json", dev.switchboard.conversations.intercom.dataexport.DataExport.class);
        // Custom object instances, subscription types, visitors, IP allowlist, phone call redirects
        String w = "dev.switchboard.conversations.intercom.";
        INTERCOM_FIXTURES.put("custom-object-instance.json", model(w + "customobjects.CustomObjectInstance"));
        INTERCOM_FIXTURES.put("custom-object-instance-deleted.json", model(w + "customobjects.CustomObjectInstanceDeleted"));
        INTERCOM_FIXTURES.put("subscription-types.json", model(w + "subscriptions.SubscriptionTypeList"));
        INTERCOM_FIXTURES.put("visitor.json", model(w + "visitors.Visitor"));
        INTERCOM_FIXTURES.put("converted-contact.json", model(w + "visitors.ConvertedContact"));
        INTERCOM_FIXTURES.put("ip-allowlist.json", model(w + "security.IpAllowlist"));
        INTERCOM_FIXTURES.put("phone-call-redirect.json", model(w + "phone.PhoneCallRedirect"));

        String p = "dev.switchboard.conversations.intercom.";
        for (String[] s : new String[][] {
            {"call", "Call"}, {"call_list", "CallList"}, {"conversation", "Conversation"},
            {"conversation_list", "ConversationList"}, {"conversation_list_item", "ConversationListItem"},
            {"conversation_part", "ConversationPart"}, {"conversation_parts", "ConversationPartList"},
            {"conversation_part_author", "PartAuthor"}, {"conversation_part_metadata", "ConversationPartMetadata"},
            {"conversation_rating", "ConversationRating"}, {"conversation_response_time", "TeamResponseTime"},
            {"conversation_source", "ConversationSource"}, {"conversation_statistics", "ConversationStatistics"},
            {"conversation_teammates", "TeammateList"}, {"conversation_contacts", "ContactList"},
            {"contact_reference", "ContactReference"}, {"conversation_first_contact_reply", "FirstContactReply"},
            {"content_source", "ContentSource"}, {"content_sources_list", "ContentSourceList"}, {"ai_agent", "AiAgent"},
            {"sla_applied", "SlaApplied"}, {"tag", "Tag"}, {"tag_basic", "Tag"}, {"tags", "TagList"},
            {"linked_object", "LinkedObject"}, {"linked_object_list", "LinkedObjectList"}, {"reference", "Reference"},
            {"part_attachment", "Attachment"}, {"quick_reply_option", "QuickReplyOption"}, {"message", "Message"},
            {"cursor_pages", "CursorPages"}, {"starting_after_paging", "CursorPages$StartingAfterPaging"},
            {"activity_log", "admins.ActivityLog"}, {"activity_log_list", "admins.ActivityLogList"},
            {"activity_log_metadata", "admins.ActivityLogMetadata"}, {"admin", "admins.Admin"},
            {"away_status_reason", "admins.AwayStatusReason"}, {"away_status_reason_list", "admins.AwayStatusReasonList"},
            {"internal_article", "knowledge.InternalArticle"}, {"internal_article_list_item", "knowledge.InternalArticle"},
            {"deleted_internal_article_object", "knowledge.DeletedObject"}, {"deleted_object", "knowledge.DeletedObject"},
            {"news_item", "knowledge.NewsItem"}, {"newsfeed_assignment", "knowledge.NewsfeedAssignment"},
            {"fin_agent_attribute_errors", "fin.FinAttributeErrors"}, {"fin_agent_status_updated_event", "fin.FinStatusUpdated"},
            {"fin_agent_replied_event", "fin.FinReplied"}, {"fin_agent_reply_chunk_event", "fin.FinReplyChunk"},
            {"fin_agent_csat_requested_event", "fin.FinCsatRequested"},
            {"company", "companies.Company"}, {"company_list", "companies.CompanyList"},
            {"company_scroll", "companies.CompanyList"}, {"deleted_company_object", "knowledge.DeletedObject"},
            {"segment", "segments.Segment"}, {"segment_list", "segments.SegmentList"},
            {"company_attached_segments", "segments.SegmentList"}, {"tag_list", "TagList"}, {"team", "teams.Team"},
            {"team_list", "teams.TeamList"}, {"admin_priority_level", "teams.Team$AdminPriorityLevel"},
            {"admin_list", "admins.AdminList"}, {"admin_with_app", "admins.Admin"}, {"app", "admins.App"},
            {"team_priority_level", "admins.Admin$TeamPriorityLevel"},
            {"contact", "contacts.Contact"}, {"contact_location", "contacts.ContactLocation"},
            {"social_profile", "contacts.SocialProfile"}, {"contact_tags", "contacts.AddressableList"},
            {"contact_notes", "contacts.AddressableList"}, {"contact_companies", "contacts.AddressableList"},
            {"contact_subscription_types", "contacts.AddressableList"}, {"addressable_list", "contacts.Addressable"},
            {"company_data", "contacts.Addressable"}, {"contact_deleted", "contacts.ContactDeleted"},
            {"contact_archived", "contacts.ContactArchived"}, {"contact_unarchived", "contacts.ContactArchived"},
            {"contact_blocked", "contacts.ContactBlocked"}, {"note", "notes.Note"},
            {"subscription_type", "subscriptions.SubscriptionType"}, {"translation", "subscriptions.Translation"},
            {"article", "articles.Article"}, {"article_list_item", "articles.Article"},
            {"article_content", "articles.ArticleContent"}, {"article_translated_content", "articles.ArticleTranslatedContent"},
            {"article_statistics", "articles.ArticleStatistics"}, {"article_search_response", "articles.ArticleSearchResponse"},
            {"article_search_highlights", "articles.ArticleSearchHighlight"},
            {"deleted_article_object", "knowledge.DeletedObject"},
            {"collection", "helpcenter.HelpCenterCollection"}, {"group_content", "helpcenter.GroupContent"},
            {"group_translated_content", "helpcenter.GroupTranslatedContent"}, {"help_center", "helpcenter.HelpCenter"},
            {"deleted_collection_object", "knowledge.DeletedObject"}, {"newsfeed", "knowledge.Newsfeed"},
            {"content_import_source", "aicontent.ContentImportSource"}, {"external_page", "aicontent.ExternalPage"}}) {
            INTERCOM_SCHEMAS.put(s[0], model(p + s[1]));
        }
        INTERCOM_INLINE.put("POST /calls/search", CallList.class);
        INTERCOM_SCHEMAS.put("conversation_deleted", dev.switchboard.conversations.intercom.ConversationDeleted.class);
        INTERCOM_INLINE.put("POST /conversations", Message.class);
        for (String[] s : new String[][] {
            {"data_attribute", "DataAttribute"}, {"data_attribute_list", "DataAttributeList"}, {"data_event", "DataEvent"},
            {"data_event_summary", "DataEventSummary"}, {"data_event_summary_item", "DataEventSummaryItem"}}) {
            INTERCOM_SCHEMAS.put(s[0], model(p + "data." + s[1]));
        }
        INTERCOM_SCHEMAS.put("data_export", model(p + "dataexport.DataExport"));
        for (String[] s : new String[][] {
            {"custom_object_instance", "customobjects.CustomObjectInstance"},
            {"custom_object_instance_deleted", "customobjects.CustomObjectInstanceDeleted"},
            {"subscription_type_list", "subscriptions.SubscriptionTypeList"}, {"visitor", "visitors.Visitor"},
            {"ip_allowlist", "security.IpAllowlist"}, {"phone_switch", "phone.PhoneCallRedirect"}}) {
            INTERCOM_SCHEMAS.put(s[0], model(p + s[1]));
        }
        INTERCOM_INLINE.put("POST /visitors/convert", model(p + "visitors.ConvertedContact"));
        INTERCOM_INLINE.put("POST /conversations/{conversation_id}/convert",
                dev.switchboard.conversations.intercom.ConvertedTicket.class);
        INTERCOM_INLINE.put("POST /fin/start", FinConversation.class);
        INTERCOM_INLINE.put("POST /fin/reply", FinConversation.class);
        INTERCOM_INLINE.put("POST /fin/csat", FinCsatResult.class);
        INTERCOM_INLINE.put("POST /export/reporting_data/enqueue", ExportJob.class);
        INTERCOM_INLINE.put("GET /export/reporting_data/{job_identifier}", ExportJob.class);
        INTERCOM_INLINE.put("GET /export/reporting_data/get_datasets", DatasetList.class);
        INTERCOM_ITEMS.put("GET /internal_articles", Map.entry("/data", InternalArticle.class));
        INTERCOM_ITEMS.put("GET /internal_articles/search", Map.entry("/data/internal_articles", InternalArticle.class));
        INTERCOM_ITEMS.put("GET /news/news_items", Map.entry("/data", NewsItem.class));
        INTERCOM_ITEMS.put("GET /companies/{company_id}/contacts", Map.entry("/data",
                dev.switchboard.conversations.intercom.ContactReference.class));
        for (String op : List.of("GET /contacts/{contact_id}", "PUT /contacts/{contact_id}", "POST /contacts/merge",
                "POST /contacts", "GET /contacts/find_by_external_id/{external_id}")) {
            INTERCOM_INLINE.put(op, Contact.class);
        }
        INTERCOM_ITEMS.put("GET /contacts", Map.entry("/data", Contact.class));
        INTERCOM_ITEMS.put("POST /contacts/search", Map.entry("/data", Contact.class));
        INTERCOM_ITEMS.put("GET /contacts/{contact_id}/companies", Map.entry("/data", Company.class));
        INTERCOM_ITEMS.put("GET /contacts/{contact_id}/segments", Map.entry("/data", Segment.class));
        INTERCOM_ITEMS.put("GET /contacts/{contact_id}/subscriptions", Map.entry("/data", SubscriptionType.class));
        INTERCOM_ITEMS.put("GET /contacts/{contact_id}/tags", Map.entry("/data", dev.switchboard.conversations.intercom.Tag.class));
        INTERCOM_ITEMS.put("GET /contacts/{contact_id}/notes", Map.entry("/data", Note.class));
        INTERCOM_ITEMS.put("GET /articles", Map.entry("/data", dev.switchboard.conversations.intercom.articles.Article.class));
        INTERCOM_ITEMS.put("GET /help_center/collections", Map.entry("/data", dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection.class));
        INTERCOM_ITEMS.put("GET /help_center/help_centers", Map.entry("/data", dev.switchboard.conversations.intercom.helpcenter.HelpCenter.class));
        INTERCOM_ITEMS.put("GET /news/newsfeeds", Map.entry("/data", dev.switchboard.conversations.intercom.knowledge.Newsfeed.class));
        INTERCOM_ITEMS.put("GET /news/newsfeeds/{newsfeed_id}/items", Map.entry("/data", NewsItem.class));
        INTERCOM_ITEMS.put("GET /ai/content_import_sources", Map.entry("/data", dev.switchboard.conversations.intercom.aicontent.ContentImportSource.class));
        INTERCOM_ITEMS.put("GET /ai/external_pages", Map.entry("/data", dev.switchboard.conversations.intercom.aicontent.ExternalPage.class));
    }

    private static Class<? extends JsonModel> model(String name) {
        try {
            return Class.forName(name).asSubclass(JsonModel.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no model " + name, e);
        }
    }

    private static JsonObject read(byte[] bytes, String what) {
        return Json.object(bytes, what);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ModelsRoundTripTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void records(ModelHarness h, Class<? extends JsonModel> type, JsonObject page, int limit, int mutants) {
        JsonArray value = page.getArray("value");
        for (int i = 0; i < Math.min(limit, value.size()); i++) {
            h.check(type, Json.write(value.get(i)), mutants);
        }
    }

    @Test
    void everyModelRoundTripsWithMutatedData() {
        ModelHarness h = new ModelHarness();
        moveworks(h);
        intercomFixtures(h);
        JsonNode spec = IntercomSpec.load();
        if (spec != null) {
            int examples = intercomSpecExamples(h, spec);
            assertTrue(examples >= 80, "expected the Intercom spec's examples of these models, found " + examples);
        }
        h.assertNoFailures();
        h.assertCovered(ModelScan.models(Conversation.class));
    }

    /**
     * Every operation of the spec that answers JSON has its answer decoded by a model here, so its examples are in
     * the round trip above; the ticketing operations' models live in sdk-tickets, whose own round trip checks them.
     */
    @Test
    void everyJsonAnswerOfTheSpecHasAModel() {
        JsonNode spec = IntercomSpec.load();
        org.junit.jupiter.api.Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        List<String> unmapped = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String key = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    JsonNode content = response.getValue().path("content").path("application/json");
                    if (!response.getKey().startsWith("2") || content.isMissingNode()) {
                        continue;
                    }
                    String ref = content.path("schema").path("$ref").asText("");
                    boolean mapped = INTERCOM_INLINE.containsKey(key) || INTERCOM_ITEMS.containsKey(key)
                            || INTERCOM_SCHEMAS.containsKey(ref.replace("#/components/schemas/", ""));
                    boolean ticketing = path.getKey().matches("/(tickets|ticket_types|ticket_states|jobs)(/.*)?");
                    if (!mapped && !ticketing) {
                        unmapped.add(key + " (" + response.getKey() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), unmapped);
    }

    private static void moveworks(ModelHarness h) {
        for (String fixture : List.of("conversations-sysevents", "interactions-sysevents", "plugin-calls-sysevents",
                "plugin-resources-sysevents", "users")) {
            String entity = fixture.replace("-sysevents", "");
            records(h, MOVEWORKS.get(entity), read(resource("moveworks/" + fixture + ".json"), fixture), Integer.MAX_VALUE, 60);
        }
        for (Map.Entry<String, Class<? extends JsonModel>> e : MOVEWORKS.entrySet()) {
            Optional<Path> sample = FilesAbove.find("shared/specs/moveworks/" + e.getKey() + ".json");
            if (sample.isPresent()) {
                try {
                    records(h, e.getValue(), read(Files.readAllBytes(sample.get()), e.getKey()), SAMPLE_RECORDS, 20);
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
    }

    private static void intercomFixtures(ModelHarness h) {
        INTERCOM_FIXTURES.forEach((file, type) ->
                h.check(type, Json.write(read(resource("intercom/" + file), file)), FIXTURE_MUTANTS));
    }

    /** @return how many spec examples were checked */
    private static int intercomSpecExamples(ModelHarness h, JsonNode spec) {
        int checked = 0;
        JsonNode schemas = spec.path("components").path("schemas");
        for (Map.Entry<String, Class<? extends JsonModel>> e : INTERCOM_SCHEMAS.entrySet()) {
            JsonNode schema = schemas.path(e.getKey());
            assertTrue(schema.isObject(), "the spec has no schema " + e.getKey());
            checked += check(h, e.getValue(), IntercomSpec.example(spec, schema));
        }
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                String key = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                for (Map.Entry<String, JsonNode> response : op.getValue().path("responses").properties()) {
                    JsonNode content = response.getValue().path("content").path("application/json");
                    if (!response.getKey().startsWith("2") || content.isMissingNode()) {
                        continue;
                    }
                    Class<? extends JsonModel> type = INTERCOM_INLINE.get(key);
                    String ref = content.path("schema").path("$ref").asText("");
                    if (type == null && ref.startsWith("#/components/schemas/")) {
                        type = INTERCOM_SCHEMAS.get(ref.substring("#/components/schemas/".length()));
                    }
                    if (INTERCOM_INLINE.containsKey(key)) {
                        checked += check(h, type, IntercomSpec.example(spec, content.path("schema")));
                    }
                    Map.Entry<String, Class<? extends JsonModel>> items = INTERCOM_ITEMS.get(key);
                    for (JsonNode example : content.path("examples")) {
                        JsonNode value = example.path("value");
                        if (items != null) {
                            for (JsonNode item : value.at(items.getKey())) {
                                checked += check(h, items.getValue(), item);
                            }
                        } else if (type != null) {
                            checked += check(h, type, value);
                        }
                    }
                }
            }
        }
        return checked;
    }

    private static int check(ModelHarness h, Class<? extends JsonModel> type, JsonNode example) {
        if (type == null || example == null || !example.isObject()) {
            return 0;
        }
        h.check(type, Json.write(example), SPEC_MUTANTS);
        return 1;
    }
}
