package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSource;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourceRequest;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourceStatus;
import dev.switchboard.conversations.intercom.aicontent.ExternalPage;
import dev.switchboard.conversations.intercom.aicontent.ExternalPageRequest;
import dev.switchboard.conversations.intercom.aicontent.SyncBehavior;
import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.conversations.intercom.articles.ArticleContent;
import dev.switchboard.conversations.intercom.articles.ArticleRequest;
import dev.switchboard.conversations.intercom.articles.ArticleSearchHighlight;
import dev.switchboard.conversations.intercom.articles.ArticleSearchResponse;
import dev.switchboard.conversations.intercom.articles.ArticleState;
import dev.switchboard.conversations.intercom.articles.ArticleStatistics;
import dev.switchboard.conversations.intercom.articles.ArticleTranslatedContent;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollectionRequest;
import dev.switchboard.conversations.intercom.helpcenter.GroupContent;
import dev.switchboard.conversations.intercom.helpcenter.GroupTranslatedContent;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenter;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.knowledge.Newsfeed;
import dev.switchboard.core.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of Intercom's 2.14 OpenAPI description for articles, the Help Center, newsfeeds and AI Content: every
 * 2xx response example decodes into this SDK's model and re-encodes to the same JSON (lists item by item, as the SDK
 * pages through them), every component schema's assembled example does too, and the request builders produce the
 * spec's request examples (compared as JSON trees: the field order of a builder is the order its setters were called).
 *
 * <p>Runs only when {@code shared/specs/intercom/api-2.14.yaml} is found in the working directory or a parent.
 */
class ContentSpecExamplesTest {
    private static JsonNode spec;

    private static final Map<String, Class<?>> SINGLE = new LinkedHashMap<>();
    private static final Map<String, String> LISTS = new LinkedHashMap<>();
    private static final Map<String, Class<?>> LIST_ITEMS = new LinkedHashMap<>();
    private static final Map<String, Class<?>> COMPONENTS = new LinkedHashMap<>();

    static {
        SINGLE.put("POST /articles", Article.class);
        SINGLE.put("GET /articles/{article_id}", Article.class);
        SINGLE.put("PUT /articles/{article_id}", Article.class);
        SINGLE.put("DELETE /articles/{article_id}", DeletedObject.class);
        SINGLE.put("GET /articles/search", ArticleSearchResponse.class);
        SINGLE.put("POST /help_center/collections", HelpCenterCollection.class);
        SINGLE.put("GET /help_center/collections/{collection_id}", HelpCenterCollection.class);
        SINGLE.put("PUT /help_center/collections/{collection_id}", HelpCenterCollection.class);
        SINGLE.put("DELETE /help_center/collections/{collection_id}", DeletedObject.class);
        SINGLE.put("GET /help_center/help_centers/{help_center_id}", HelpCenter.class);
        SINGLE.put("GET /news/newsfeeds/{newsfeed_id}", Newsfeed.class);
        SINGLE.put("POST /ai/content_import_sources", ContentImportSource.class);
        SINGLE.put("GET /ai/content_import_sources/{source_id}", ContentImportSource.class);
        SINGLE.put("PUT /ai/content_import_sources/{source_id}", ContentImportSource.class);
        SINGLE.put("POST /ai/external_pages", ExternalPage.class);
        SINGLE.put("GET /ai/external_pages/{page_id}", ExternalPage.class);
        SINGLE.put("PUT /ai/external_pages/{page_id}", ExternalPage.class);
        SINGLE.put("DELETE /ai/external_pages/{page_id}", ExternalPage.class);
        for (Object[] l : new Object[][] {
            {"GET /articles", "/data", Article.class}, {"GET /articles/search", "/data/articles", Article.class},
            {"GET /help_center/collections", "/data", HelpCenterCollection.class},
            {"GET /help_center/help_centers", "/data", HelpCenter.class},
            {"GET /news/newsfeeds", "/data", Newsfeed.class}, {"GET /news/newsfeeds/{newsfeed_id}/items", "/data", NewsItem.class},
            {"GET /ai/content_import_sources", "/data", ContentImportSource.class},
            {"GET /ai/external_pages", "/data", ExternalPage.class}}) {
            LISTS.put((String) l[0], (String) l[1]);
            LIST_ITEMS.put((String) l[0], (Class<?>) l[2]);
        }
        COMPONENTS.put("article", Article.class);
        COMPONENTS.put("article_list_item", Article.class);
        COMPONENTS.put("article_content", ArticleContent.class);
        COMPONENTS.put("article_translated_content", ArticleTranslatedContent.class);
        COMPONENTS.put("article_statistics", ArticleStatistics.class);
        COMPONENTS.put("article_search_response", ArticleSearchResponse.class);
        COMPONENTS.put("article_search_highlights", ArticleSearchHighlight.class);
        COMPONENTS.put("deleted_article_object", DeletedObject.class);
        COMPONENTS.put("collection", HelpCenterCollection.class);
        COMPONENTS.put("group_content", GroupContent.class);
        COMPONENTS.put("group_translated_content", GroupTranslatedContent.class);
        COMPONENTS.put("deleted_collection_object", DeletedObject.class);
        COMPONENTS.put("help_center", HelpCenter.class);
        COMPONENTS.put("newsfeed", Newsfeed.class);
        COMPONENTS.put("content_import_source", ContentImportSource.class);
        COMPONENTS.put("external_page", ExternalPage.class);
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
        return spec.path("paths").path(mp[1]).path(mp[0].toLowerCase(Locale.ROOT));
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
        assertTrue(tests.size() >= 25, "expected the examples of these operations, found " + tests.size());
        return tests;
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
        return tests;
    }

    @TestFactory
    List<DynamicTest> theRequestBuildersProduceTheSpecsRequestExamples() {
        assumeSpec();
        Map<String, Supplier<Object>> built = new LinkedHashMap<>();
        built.put("POST /articles#article_created", () -> ArticleRequest.create("Thanks for everything", "991267497")
                .description("Description of the Article").body("Body of the Article").state(ArticleState.PUBLISHED)
                .parentId("145").parentType("collection")
                .translation("fr", ArticleContent.of("Merci pour tout").withDescription("Description de l'article")
                        .withBody("Corps de l'article").withAuthorId("991267497").withState(ArticleState.PUBLISHED)));
        built.put("PUT /articles/{article_id}#successful", () -> ArticleRequest.update().title("Christmas is here!")
                .body("<p>New gifts in store for the jolly season</p>"));
        built.put("POST /help_center/collections#collection_created", () -> HelpCenterCollectionRequest.create("Thanks for everything"));
        built.put("PUT /help_center/collections/{collection_id}#successful",
                () -> HelpCenterCollectionRequest.update().name("Update collection name"));
        built.put("POST /ai/content_import_sources#successful", () -> ContentImportSourceRequest.api("https://www.example.com"));
        built.put("PUT /ai/content_import_sources/{source_id}#successful",
                () -> ContentImportSourceRequest.of(SyncBehavior.API, "https://www.example.com"));
        built.put("POST /ai/external_pages#successful", () -> ExternalPageRequest.create("Test",
                "<html><body><h1>Test</h1></body></html>", "44", "abc1234").url("https://www.example.com"));
        built.put("PUT /ai/external_pages/{page_id}#successful", () -> ExternalPageRequest.update("Test",
                "<html><body><h1>Test</h1></body></html>", "https://www.example.com", "47").externalId("5678"));
        List<DynamicTest> tests = new ArrayList<>();
        built.forEach((key, request) -> tests.add(DynamicTest.dynamicTest(key, () -> {
            String[] opAndExample = key.split("#", 2);
            JsonNode example = operation(opAndExample[0]).path("requestBody").path("content").path("application/json")
                    .path("examples").path(opAndExample[1]).path("value");
            assertFalse(example.isMissingNode(), "the spec has no request example " + key);
            assertEquals(example, Json.tree(Json.writeBytes(request.get()), key));
        })));
        return tests;
    }

    @Test
    void theEnumsKnowEveryValueOfTheirSchemas() {
        assumeSpec();
        JsonNode schemas = spec.path("components").path("schemas");
        for (JsonNode v : schemas.path("article_list_item").path("properties").path("state").path("enum")) {
            assertTrue(ArticleState.of(v.asText()).isKnown(), v.asText());
        }
        for (JsonNode v : schemas.path("content_import_source").path("properties").path("sync_behavior").path("enum")) {
            assertTrue(SyncBehavior.of(v.asText()).isKnown(), v.asText());
        }
        for (JsonNode v : schemas.path("content_import_source").path("properties").path("status").path("enum")) {
            assertTrue(ContentImportSourceStatus.of(v.asText()).isKnown(), v.asText());
        }
        JsonNode update = schemas.path("update_content_import_source_request").path("properties").path("sync_behavior");
        assertTrue(update.path("enum").toString().contains("automated"),
                "the update schema's spelling, which sources never answer; docs/intercom-content.md says so");
    }
}
