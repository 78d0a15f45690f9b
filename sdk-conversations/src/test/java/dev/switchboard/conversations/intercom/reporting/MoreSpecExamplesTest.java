package dev.switchboard.conversations.intercom.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.IntercomSpec;
import dev.switchboard.conversations.intercom.admins.ActivityLog;
import dev.switchboard.conversations.intercom.admins.ActivityLogList;
import dev.switchboard.conversations.intercom.admins.ActivityLogMetadata;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.admins.AwayStatusReason;
import dev.switchboard.conversations.intercom.admins.AwayStatusReasonList;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.knowledge.InternalArticle;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedAssignment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of Intercom's 2.14 OpenAPI description for internal articles, news items, the reporting data export,
 * away status reasons, setting an admin away and activity logs decode into this SDK's models and re-encode to the same
 * JSON (compared as JSON text re-parsed on both sides). Checked: the 2xx response examples of those operations, and
 * component examples assembled from each property's {@code example} (for the export operations, whose schemas are
 * inline, from the response schema itself).
 *
 * <p>Runs only when {@code shared/specs/intercom/api-2.14.yaml} is found in the working directory or a parent;
 * otherwise it is skipped. Normalisations, applied to the expected tree where an example contradicts its schema:
 *
 * <ol>
 *   <li><b>Examples of a paginated envelope.</b> The list responses of internal articles and news items are checked
 *       item by item ({@code data[*]}, {@code data.internal_articles[*]}), since the SDK pages through them and has no
 *       envelope model; the envelope fields are paging data the {@code Paginator} reads.</li>
 * </ol>
 */
class MoreSpecExamplesTest {
    private static JsonNode spec;

    /** Operations whose 2xx JSON examples are one model. */
    private static final Map<String, Class<?>> SINGLE = new LinkedHashMap<>();
    /** Operations whose 2xx JSON examples are lists: pointer to the items array. */
    private static final Map<String, String> LISTS = new LinkedHashMap<>();
    private static final Map<String, Class<?>> LIST_ITEMS = new LinkedHashMap<>();
    /** Component schemas and their models. */
    private static final Map<String, Class<?>> COMPONENTS = new LinkedHashMap<>();

    static {
        SINGLE.put("POST /internal_articles", InternalArticle.class);
        SINGLE.put("GET /internal_articles/{internal_article_id}", InternalArticle.class);
        SINGLE.put("PUT /internal_articles/{internal_article_id}", InternalArticle.class);
        SINGLE.put("DELETE /internal_articles/{internal_article_id}", DeletedObject.class);
        SINGLE.put("POST /news/news_items", NewsItem.class);
        SINGLE.put("GET /news/news_items/{news_item_id}", NewsItem.class);
        SINGLE.put("PUT /news/news_items/{news_item_id}", NewsItem.class);
        SINGLE.put("DELETE /news/news_items/{news_item_id}", DeletedObject.class);
        SINGLE.put("POST /export/reporting_data/enqueue", ExportJob.class);
        SINGLE.put("GET /export/reporting_data/{job_identifier}", ExportJob.class);
        SINGLE.put("GET /export/reporting_data/get_datasets", DatasetList.class);
        SINGLE.put("GET /away_status_reasons", AwayStatusReasonList.class);
        SINGLE.put("PUT /admins/{admin_id}/away", Admin.class);
        SINGLE.put("GET /admins/activity_logs", ActivityLogList.class);
        LISTS.put("GET /internal_articles", "/data");
        LISTS.put("GET /internal_articles/search", "/data/internal_articles");
        LISTS.put("GET /news/news_items", "/data");
        LIST_ITEMS.put("GET /internal_articles", InternalArticle.class);
        LIST_ITEMS.put("GET /internal_articles/search", InternalArticle.class);
        LIST_ITEMS.put("GET /news/news_items", NewsItem.class);
        COMPONENTS.put("internal_article_list_item", InternalArticle.class);
        COMPONENTS.put("internal_article", InternalArticle.class);
        COMPONENTS.put("deleted_internal_article_object", DeletedObject.class);
        COMPONENTS.put("deleted_object", DeletedObject.class);
        COMPONENTS.put("news_item", NewsItem.class);
        COMPONENTS.put("newsfeed_assignment", NewsfeedAssignment.class);
        COMPONENTS.put("away_status_reason", AwayStatusReason.class);
        COMPONENTS.put("away_status_reason_list", AwayStatusReasonList.class);
        COMPONENTS.put("admin", Admin.class);
        COMPONENTS.put("activity_log", ActivityLog.class);
        COMPONENTS.put("activity_log_list", ActivityLogList.class);
        COMPONENTS.put("activity_log_metadata", ActivityLogMetadata.class);
    }

    @BeforeAll
    static void loadSpec() {
        spec = IntercomSpec.load();
    }

    private static void assumeSpec() {
        Assumptions.assumeTrue(spec != null, "shared/specs/intercom/api-2.14.yaml is not beside the project");
    }

    private static JsonNode operation(String key) {
        String[] mp = key.split(" ", 2);
        return spec.path("paths").path(mp[1]).path(mp[0].toLowerCase(java.util.Locale.ROOT));
    }

    private static List<Map.Entry<String, JsonNode>> successExamples(JsonNode op) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
            if (response.getKey().startsWith("2")) {
                JsonNode content = response.getValue().path("content").path("application/json");
                for (Map.Entry<String, JsonNode> e : content.path("examples").properties()) {
                    out.add(Map.entry(e.getKey(), e.getValue().path("value")));
                }
            }
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> responseExamplesRoundTrip() {
        assumeSpec();
        List<DynamicTest> tests = new ArrayList<>();
        SINGLE.forEach((key, model) -> {
            for (Map.Entry<String, JsonNode> e : successExamples(operation(key))) {
                tests.add(DynamicTest.dynamicTest(key + ": " + e.getKey(), () -> IntercomSpec.assertRoundTrip(e.getValue(), model)));
            }
        });
        LISTS.forEach((key, pointer) -> {
            for (Map.Entry<String, JsonNode> e : successExamples(operation(key))) {
                JsonNode items = e.getValue().at(pointer);
                assertTrue(items.isArray(), key + " " + e.getKey() + " has no array at " + pointer);
                int i = 0;
                for (JsonNode item : items) {
                    tests.add(DynamicTest.dynamicTest(key + ": " + e.getKey() + pointer + "/" + i++,
                            () -> IntercomSpec.assertRoundTrip(item, LIST_ITEMS.get(key))));
                }
            }
        });
        assertTrue(tests.size() >= 15, "expected the examples of these operations, found " + tests.size());
        return tests;
    }

    @Test
    void everyOperationIsInTheSpecAndTheExportStatusesAreTheNotesOnes() {
        assumeSpec();
        for (String key : SINGLE.keySet()) {
            assertTrue(!operation(key).isMissingNode(), key + " is not in the spec");
        }
        for (String key : LISTS.keySet()) {
            assertTrue(!operation(key).isMissingNode(), key + " is not in the spec");
        }
        List<String> statuses = new ArrayList<>();
        successExamples(operation("GET /export/reporting_data/{job_identifier}"))
                .forEach(e -> statuses.add(e.getValue().path("status").asText()));
        successExamples(operation("POST /export/reporting_data/enqueue"))
                .forEach(e -> statuses.add(e.getValue().path("status").asText()));
        for (String s : statuses) {
            assertTrue(ExportStatus.of(s).isKnown(), s);
        }
        JsonNode types = spec.path("components").path("schemas").path("activity_log").path("properties")
                .path("activity_type").path("enum");
        for (JsonNode t : types) {
            assertTrue(dev.switchboard.conversations.intercom.admins.ActivityType.of(t.asText()).isKnown(), t.asText());
        }
        assertEquals(types.size(), dev.switchboard.conversations.intercom.admins.ActivityType.knownValues().size());
    }

    @TestFactory
    List<DynamicTest> componentExamplesRoundTrip() {
        assumeSpec();
        List<DynamicTest> tests = new ArrayList<>();
        COMPONENTS.forEach((schema, model) -> tests.add(DynamicTest.dynamicTest("components/schemas/" + schema, () -> {
            JsonNode example = IntercomSpec.example(spec, spec.path("components").path("schemas").path(schema));
            assertTrue(example != null && example.isObject(), "no example for " + schema);
            IntercomSpec.assertRoundTrip(example, model);
        })));
        for (String key : List.of("POST /export/reporting_data/enqueue", "GET /export/reporting_data/get_datasets")) {
            Class<?> model = SINGLE.get(key);
            tests.add(DynamicTest.dynamicTest(key + " response schema", () -> {
                JsonNode schema = operation(key).path("responses").path("200").path("content").path("application/json")
                        .path("schema");
                JsonNode example = IntercomSpec.example(spec, schema);
                assertTrue(example != null && example.isObject(), "no example for " + key);
                IntercomSpec.assertRoundTrip(example, model);
            }));
        }
        return tests;
    }
}
