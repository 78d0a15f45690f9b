package dev.switchboard.conversations.intercom.knowledge;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.intercom.FakeIntercomKnowledge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KnowledgeClientsTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomKnowledge fake = FakeIntercomKnowledge.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final InternalArticlesClient articles = new InternalArticlesClient(t.connection);
    private final NewsItemsClient news = new NewsItemsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsAnArticleWithIntegerAdminIdsAndTheChangelogsLocale() {
        InternalArticle a = articles.create(InternalArticleRequest.create("How to handle refunds", "991266252", "991266252")
                .body("Step-by-step guide").locale("en"));
        assertEquals("How to handle refunds", a.title());
        assertEquals(991266252L, a.ownerId());
        assertEquals(MoreTestSupport.NOW, a.createdAt());
        assertRequest(t.server.takeRequest(), "POST", "/internal_articles", "{\"title\":\"How to handle refunds\","
                + "\"body\":\"Step-by-step guide\",\"author_id\":991266252,\"owner_id\":991266252,\"locale\":\"en\"}");
        assertEquals(a, articles.get(a.id()));
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles/" + a.id(), null);
    }

    @Test
    void listsArticlesAcrossPageNumberPages() {
        List<String> ids = articles.list().stream().map(InternalArticle::id).toList();
        assertEquals(List.of("1", "2", "3"), ids);
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles", null);
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles?page=2", null);
        assertEquals(2, t.server.requestCount());
    }

    @Test
    void searchesAFolderWhoseItemsAreNestedUnderDataInternalArticles() {
        assertEquals(List.of("1", "2"), articles.search("10").stream().map(InternalArticle::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles/search?folder_id=10", null);
        assertEquals(1, t.server.requestCount());
        assertEquals(List.of("3"), articles.search("11").stream().map(InternalArticle::id).toList());
    }

    @Test
    void searchesWithoutAFolderAsTheSpecMarksFolderIdOptional() {
        assertEquals(List.of("1", "2", "3"), articles.search().stream().map(InternalArticle::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles/search", null);
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles/search?page=2", null);
        assertEquals(List.of("1", "2", "3"), articles.search(null).stream().map(InternalArticle::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/internal_articles/search", null);
        assertEquals(4, t.server.requestCount());
    }

    @Test
    void updatesOnlyTheGivenFieldsAndDeletes() {
        InternalArticle updated = articles.update("1", InternalArticleRequest.update().title("Refunds v2").owner("991267460"));
        assertEquals("Refunds v2", updated.title());
        assertEquals(991267460L, updated.ownerId());
        assertRequest(t.server.takeRequest(), "PUT", "/internal_articles/1", "{\"title\":\"Refunds v2\",\"owner_id\":991267460}");
        DeletedObject deleted = articles.delete("1");
        assertEquals("1", deleted.id());
        assertEquals("internal_article", deleted.object());
        assertEquals(Boolean.TRUE, deleted.deleted());
        assertRequest(t.server.takeRequest(), "DELETE", "/internal_articles/1", null);
        assertThrows(NotFoundException.class, () -> articles.get("1"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> articles.create(InternalArticleRequest.create("x", "5", "5")));
        assertTrue(e.getMessage().contains("author_id must be in the main body or default locale"), e.getMessage());
    }

    @Test
    void articleArgumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("title must not be blank", assertThrows(IllegalArgumentException.class,
                () -> InternalArticleRequest.create(" ", "1", "1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InternalArticleRequest.create("t", "abc", "1"))
                .getMessage().startsWith("authorId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.create(InternalArticleRequest.update()))
                .getMessage().startsWith("request must have"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.get("a/b")).getMessage().startsWith("articleId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.search("")).getMessage().startsWith("folderId"));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void createsALiveNewsItemWithAPastPublishDate() {
        Instant published = MoreTestSupport.NOW.minus(Duration.ofDays(30));
        NewsItem item = news.create(NewsItemRequest.create("Product Update", "991267460").body("New features released")
                .state(NewsItemState.LIVE).deliverSilently(true).labels(List.of("Product")).reactions(List.of("ok"))
                .newsfeedAssignments(List.of(NewsfeedAssignment.of(53, published))));
        assertEquals(NewsItemState.LIVE, item.state());
        assertEquals(published, item.newsfeedAssignments().get(0).publishedAt());
        assertEquals(published, item.publishedAt());
        assertRequest(t.server.takeRequest(), "POST", "/news/news_items", "{\"title\":\"Product Update\","
                + "\"body\":\"New features released\",\"sender_id\":991267460,\"state\":\"live\",\"deliver_silently\":true,"
                + "\"labels\":[\"Product\"],\"reactions\":[\"ok\"],\"newsfeed_assignments\":[{\"newsfeed_id\":53,"
                + "\"published_at\":" + published.getEpochSecond() + "}]}");
    }

    @Test
    void aFuturePublishDateIsRefusedBeforeSendingOnlyWhenTheRequestSetsItLive() {
        NewsfeedAssignment future = NewsfeedAssignment.of(53, MoreTestSupport.NOW.plusSeconds(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> news.create(
                NewsItemRequest.create("Soon", "991267460").state(NewsItemState.LIVE).newsfeedAssignments(List.of(future))));
        assertTrue(e.getMessage().startsWith("newsfeedAssignments publishedAt must be in the past"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> news.update("141",
                NewsItemRequest.update().state(NewsItemState.LIVE).newsfeedAssignments(List.of(future))));
        assertEquals(0, t.server.requestCount());
        NewsItem draft = news.create(NewsItemRequest.create("Soon", "991267460").state(NewsItemState.DRAFT)
                .newsfeedAssignments(List.of(future)));
        assertEquals(NewsItemState.DRAFT, draft.state());
        // An update that sets no state may be of a draft, whose dates Intercom ignores: it is sent as given.
        news.update(draft.id(), NewsItemRequest.update().newsfeedAssignments(List.of(future)));
        assertRequest(t.server.requests().get(1), "PUT", "/news/news_items/" + draft.id(),
                "{\"newsfeed_assignments\":[{\"newsfeed_id\":53,\"published_at\":" + future.publishedAt().getEpochSecond()
                        + "}]}");
        news.update("141", NewsItemRequest.update().state(NewsItemState.DRAFT).newsfeedAssignments(List.of(future)));
        t.clock.advance(Duration.ofSeconds(60));
        news.update("141", NewsItemRequest.update().state(NewsItemState.LIVE).newsfeedAssignments(List.of(future)));
        NewsItemsClient earlier = new NewsItemsClient(IntercomConnection.builder().accessToken("t").baseUrl(t.server.baseUrl())
                .clock(Clock.fixed(MoreTestSupport.NOW, ZoneOffset.UTC)).build());
        int sent = t.server.requestCount();
        assertThrows(IllegalArgumentException.class, () -> earlier.update("141",
                NewsItemRequest.update().state(NewsItemState.LIVE).newsfeedAssignments(List.of(future))));
        assertEquals(sent, t.server.requestCount());
    }

    @Test
    void listsGetsUpdatesAndDeletesNewsItems() {
        news.create(NewsItemRequest.create("Second", "991267460"));
        news.create(NewsItemRequest.create("Third", "991267460"));
        t.server.clearRequests();
        assertEquals(List.of("New feature: News Items", "Second", "Third"), news.list().stream().map(NewsItem::title).toList());
        assertRequest(t.server.takeRequest(), "GET", "/news/news_items", null);
        assertRequest(t.server.takeRequest(), "GET", "/news/news_items?page=2", null);
        NewsItem seeded = news.get("141");
        assertNull(seeded.coverImageUrl());
        assertTrue(seeded.json().isNull("cover_image_url"), "sent as null, kept as null");
        assertEquals(Instant.ofEpochSecond(FakeIntercomKnowledge.EPOCH), seeded.publishedAt());
        assertEquals("Renamed", news.update("141", NewsItemRequest.update().title("Renamed")).title());
        DeletedObject gone = news.delete("141");
        assertEquals(List.of("141", "news-item", true), List.of(gone.id(), gone.object(), gone.deleted()));
        t.server.clearRequests();
        assertThrows(NotFoundException.class, () -> news.get("141"));
        assertRequest(t.server.takeRequest(), "GET", "/news/news_items/141", null);
    }

    @Test
    void newsItemsAndArticlesKeepUnknownFieldsNullsAndOpenStates() {
        assertLossless("{\"type\":\"news-item\",\"id\":\"1\",\"state\":\"scheduled\",\"labels\":[\"a\",null],"
                + "\"reactions\":[null],\"cover_image_url\":null,\"published_at\":1664638214,\"newsfeed_assignments\":"
                + "[{\"newsfeed_id\":53,\"published_at\":1664638214,\"x\":1}],\"sender_id\":991267834,\"poll\":{\"q\":1.5}}",
                NewsItem.class);
        assertFalse(decode("{\"state\":\"scheduled\"}", NewsItem.class).state().isKnown());
        assertLossless("{\"type\":\"internal_article\",\"id\":\"6\",\"body\":null,\"owner_id\":5017691,\"author_id\":5017691,"
                + "\"created_at\":1672928359,\"locale\":\"en\",\"folder_id\":7}", InternalArticle.class);
        InternalArticle noBody = decode("{\"id\":\"6\"}", InternalArticle.class);
        assertNull(noBody.body());
        assertFalse(noBody.json().containsKey("body"), "an absent body stays absent");
        assertEquals("{\"id\":\"6\"}", dev.switchboard.core.json.Json.write(noBody));
    }
}
