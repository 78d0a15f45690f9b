package dev.switchboard.conversations.intercom.aicontent;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.intercom.FakeIntercomAiContent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AiContentClientsTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomAiContent fake = FakeIntercomAiContent.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final ContentImportSourcesClient sources = new ContentImportSourcesClient(t.connection);
    private final ExternalPagesClient pages = new ExternalPagesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsAnApiSourceAndUpdatesItsUrlAndStatus() {
        ContentImportSource s = sources.create(ContentImportSourceRequest.api("https://help.example.com"));
        assertRequest(t.server.takeRequest(), "POST", "/ai/content_import_sources",
                "{\"sync_behavior\":\"api\",\"url\":\"https://help.example.com\"}");
        assertEquals("content_import_source", s.type());
        assertEquals(SyncBehavior.API, s.syncBehavior());
        assertEquals(ContentImportSourceStatus.ACTIVE, s.status());
        assertEquals("https://help.example.com", s.url());
        assertEquals(MoreTestSupport.NOW, s.createdAt());
        assertEquals(MoreTestSupport.NOW, s.lastSyncedAt());
        assertTrue(s.json().get("id") instanceof Number, "the id is sent as an integer, read as its digits");
        ContentImportSource changed = sources.update(s.id(), ContentImportSourceRequest.api("https://help.example.com/v2")
                .status(ContentImportSourceStatus.DEACTIVATED));
        assertRequest(t.server.takeRequest(), "PUT", "/ai/content_import_sources/" + s.id(),
                "{\"sync_behavior\":\"api\",\"url\":\"https://help.example.com/v2\",\"status\":\"deactivated\"}");
        assertEquals(ContentImportSourceStatus.DEACTIVATED, changed.status());
        assertEquals(changed, sources.get(s.id()));
        assertRequest(t.server.takeRequest(), "GET", "/ai/content_import_sources/" + s.id(), null);
    }

    @Test
    void intercomRefusesChangingTheBehaviourToOrFromApiAndTheUrlOfACrawledSource() {
        assertThrows(ValidationException.class, () -> sources.update("34",
                ContentImportSourceRequest.of(SyncBehavior.MANUAL, "https://www.example.com")));
        assertThrows(ValidationException.class, () -> sources.update("33",
                ContentImportSourceRequest.api("https://support.example.com/us")));
        assertThrows(ValidationException.class, () -> sources.update("33",
                ContentImportSourceRequest.of(SyncBehavior.AUTOMATIC, "https://elsewhere.example.com")));
        ContentImportSource manual = sources.update("33",
                ContentImportSourceRequest.of(SyncBehavior.MANUAL, "https://support.example.com/us"));
        assertEquals(SyncBehavior.MANUAL, manual.syncBehavior());
        assertThrows(NotFoundException.class, () -> sources.get("99"));
    }

    @Test
    void deletingASourceAnswers204AndTakesItsPagesAlong() {
        assertEquals(3, fake.pageCount());
        sources.delete("34");
        assertRequest(t.server.takeRequest(), "DELETE", "/ai/content_import_sources/34", null);
        assertEquals(1, fake.sourceCount());
        assertEquals(1, fake.pageCount(), "its pages are deleted with it");
        assertThrows(NotFoundException.class, () -> pages.get("18"));
        assertThrows(NotFoundException.class, () -> sources.delete("34"));
        assertNull(sources.deleteAsync("33").join());
        assertEquals(0, fake.pageCount());
        CompletionException e = assertThrows(CompletionException.class, () -> sources.deleteAsync("33").join());
        assertInstanceOf(NotFoundException.class, e.getCause());
    }

    @Test
    void listsFollowTheNextLinkOfPages() {
        assertEquals(List.of("33", "34"), sources.list().stream().map(ContentImportSource::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/ai/content_import_sources", null);
        assertEquals(1, t.server.requestCount(), "no next link: the only page");
        t.server.clearRequests();
        assertEquals(List.of("19", "18", "17"), pages.list().stream().map(ExternalPage::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/ai/external_pages", null);
        assertRequest(t.server.takeRequest(), "GET", "/ai/external_pages?page=2", null);
        assertEquals(2, t.server.requestCount());
    }

    @Test
    void createsAPageAndACreateWithTheSameSourceAndExternalIdUpdatesIt() {
        ExternalPage p = pages.create(ExternalPageRequest.create("Test", "<html><body><h1>Test</h1></body></html>", "34",
                "abc9").url("https://www.example.com").aiAgentAvailability(true).aiCopilotAvailability(false));
        assertRequest(t.server.takeRequest(), "POST", "/ai/external_pages", "{\"title\":\"Test\","
                + "\"html\":\"<html><body><h1>Test</h1></body></html>\",\"locale\":\"en\",\"source_id\":34,"
                + "\"external_id\":\"abc9\",\"url\":\"https://www.example.com\",\"ai_agent_availability\":true,"
                + "\"ai_copilot_availability\":false}");
        assertEquals("external_page", p.type());
        assertEquals("34", p.sourceId());
        assertEquals("abc9", p.externalId());
        assertEquals(Boolean.TRUE, p.aiAgentAvailability());
        assertEquals(Boolean.FALSE, p.aiCopilotAvailability());
        assertEquals(Boolean.FALSE, p.aiSalesAgentAvailability());
        assertEquals(Boolean.TRUE, p.finAvailability());
        assertEquals("en", p.locale());
        assertEquals(MoreTestSupport.NOW, p.lastIngestedAt());
        ExternalPage again = pages.create(ExternalPageRequest.create("Test 2", "<p>2</p>", "34", "abc9"));
        assertEquals(p.id(), again.id(), "an upsert by source and external id");
        assertEquals("Test 2", again.title());
        assertEquals(4, fake.pageCount());
        assertThrows(ValidationException.class, () -> pages.create(ExternalPageRequest.create("x", "<p/>", "33", "e")),
                "pages of a crawled source are not made through the API");
        assertThrows(ValidationException.class, () -> pages.create(ExternalPageRequest.create("x", "<p/>", "99", "e")));
        assertEquals(4, fake.pageCount());
    }

    @Test
    void updatesOnlyApiPagesAndDeleteAnswersThePage() {
        ExternalPage p = pages.update("18", ExternalPageRequest.update("Refunds", "<p>60 days</p>",
                "https://www.example.com/refunds", "34").finAvailability(false).externalId("abc1234"));
        FakeRequest put = t.server.takeRequest();
        assertRequest(put, "PUT", "/ai/external_pages/18", "{\"title\":\"Refunds\",\"html\":\"<p>60 days</p>\","
                + "\"url\":\"https://www.example.com/refunds\",\"locale\":\"en\",\"source_id\":34,"
                + "\"fin_availability\":false,\"external_id\":\"abc1234\"}");
        assertFalse(put.bodyUtf8().contains("page_id"), "the path parameter is never in the body (IC-23)");
        assertEquals("<p>60 days</p>", p.html());
        assertEquals(Boolean.FALSE, p.finAvailability());
        assertThrows(ValidationException.class, () -> pages.update("17", ExternalPageRequest.update("x", "<p/>",
                "https://support.example.com/us/1", "33")), "not created via the API");
        ExternalPage gone = pages.delete("18");
        assertRequest(t.server.requests().get(t.server.requestCount() - 1), "DELETE", "/ai/external_pages/18", null);
        assertEquals("18", gone.id());
        assertEquals("", gone.html(), "as the spec's example answers");
        assertThrows(NotFoundException.class, () -> pages.get("18"));
        assertThrows(NotFoundException.class, () -> pages.delete("18"));
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sources.create(ContentImportSourceRequest.of(
                SyncBehavior.MANUAL, "https://x.example.com"))).getMessage().startsWith("a content import source is created"));
        assertEquals("url must not be blank", assertThrows(IllegalArgumentException.class,
                () -> ContentImportSourceRequest.api(" ")).getMessage());
        assertThrows(NullPointerException.class, () -> ContentImportSourceRequest.of(null, "https://x"));
        assertEquals("sourceId must be an integer id, was 'x'", assertThrows(IllegalArgumentException.class,
                () -> ExternalPageRequest.create("t", "<p/>", "x", "e")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExternalPageRequest.create("t", "<p/>", "99999999999999999999", "e"));
        assertThrows(IllegalArgumentException.class, () -> ExternalPageRequest.create("t", " ", "1", "e"));
        assertThrows(IllegalArgumentException.class, () -> ExternalPageRequest.update("t", "<p/>", "", "1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> pages.create(ExternalPageRequest.update("t", "<p/>",
                "https://x", "1"))).getMessage().startsWith("request must be a create"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> pages.get("..")).getMessage().startsWith("pageId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> sources.get(" ")).getMessage().startsWith("sourceId"));
        assertThrows(IllegalArgumentException.class, () -> sources.delete(""));
        CompletionException e = assertThrows(CompletionException.class, () -> sources.deleteAsync("").join());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertInstanceOf(IllegalArgumentException.class, assertThrows(CompletionException.class,
                () -> pages.deleteAsync(null).join()).getCause());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void asyncTwinsSendTheSameRequests() {
        ContentImportSource s = sources.createAsync(ContentImportSourceRequest.api("https://a.example.com")).join();
        assertEquals(s, sources.getAsync(s.id()).join());
        assertEquals(ContentImportSourceStatus.DEACTIVATED, sources.updateAsync(s.id(), ContentImportSourceRequest
                .api("https://a.example.com").status(ContentImportSourceStatus.DEACTIVATED)).join().status());
        ExternalPage p = pages.createAsync(ExternalPageRequest.create("A", "<p>a</p>", s.id(), "a")).join();
        assertEquals(p, pages.getAsync(p.id()).join());
        assertEquals("B", pages.updateAsync(p.id(), ExternalPageRequest.update("B", "<p>b</p>", "https://a.example.com/b",
                s.id())).join().title());
        assertEquals(p.id(), pages.deleteAsync(p.id()).join().id());
        assertEquals(List.of("POST", "GET", "PUT", "POST", "GET", "PUT", "DELETE"),
                t.server.requests().stream().map(FakeRequest::method).toList());
    }

    @Test
    void aNextLinkOfAnotherJsonTypeStopsTheListingClearly() {
        try (FakeServer other = FakeServer.start(); IntercomConnection c = IntercomConnection.builder().accessToken("t")
                .baseUrl(other.baseUrl()).build()) {
            other.route("GET", "/ai/external_pages", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[{\"id\":\"1\"}],"
                    + "\"pages\":{\"type\":\"pages\",\"page\":1,\"next\":2}}"));
            assertThrows(PaginationException.class, () -> new ExternalPagesClient(c).list().stream().toList());
            assertEquals(1, other.requestCount());
        }
    }

    @Test
    void aFieldOfTheWrongTypeFailsOnlyItsAccessor() {
        String json = "{\"id\":\"21\",\"type\":\"external_page\",\"title\":\"Test\",\"html\":null,\"url\":null,"
                + "\"ai_agent_availability\":\"yes\",\"ai_copilot_availability\":\"true\",\"locale\":\"en\","
                + "\"source_id\":44,\"external_id\":1234,\"created_at\":4102444800,\"updated_at\":1734537274.5,"
                + "\"last_ingested_at\":\"2026-05-01T12:00:00Z\",\"audience_ids\":[1,2]}";
        assertLossless(json, ExternalPage.class);
        ExternalPage p = decode(json, ExternalPage.class);
        assertEquals("path $.ai_agent_availability", assertThrows(DecodeException.class, p::aiAgentAvailability).location());
        assertEquals(Boolean.TRUE, p.aiCopilotAvailability());
        assertEquals("44", p.sourceId());
        assertEquals("1234", p.externalId());
        assertEquals(Instant.ofEpochSecond(4102444800L), p.createdAt(), "a date after 2038 (IC-19)");
        assertEquals(Instant.ofEpochSecond(1734537274L, 500_000_000), p.updatedAt());
        String source = "{\"id\":36,\"sync_behavior\":\"automated\",\"status\":\"paused\",\"url\":7,\"last_synced_at\":null}";
        assertLossless(source, ContentImportSource.class);
        ContentImportSource s = decode(source, ContentImportSource.class);
        assertFalse(s.syncBehavior().isKnown(), "the update schema's spelling is kept as sent");
        assertEquals("automated", s.syncBehavior().value());
        assertFalse(s.status().isKnown());
        assertThrows(DecodeException.class, s::url);
        assertEquals("{\"sync_behavior\":\"automated\",\"url\":\"https://x\"}",
                Json.write(ContentImportSourceRequest.of(SyncBehavior.of("automated"), "https://x")));
    }
}
