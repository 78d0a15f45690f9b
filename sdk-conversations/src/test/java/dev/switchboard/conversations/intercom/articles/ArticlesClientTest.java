package dev.switchboard.conversations.intercom.articles;

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
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercomArticles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticlesClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomArticles fake = FakeIntercomArticles.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final ArticlesClient articles = new ArticlesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsAMultilingualArticleWithTheCreateSchemasTypes() {
        Article a = articles.create(ArticleRequest.create("Thanks for everything", "991267497")
                .description("Description of the Article").body("<p>Body of the Article</p>")
                .state(ArticleState.PUBLISHED).parentId("101").parentType("collection")
                .translation("fr", ArticleContent.of("Merci pour tout").withDescription("Description de l'article")
                        .withBody("Corps de l'article").withAuthorId("991267497").withState(ArticleState.PUBLISHED)));
        assertRequest(t.server.takeRequest(), "POST", "/articles", "{\"title\":\"Thanks for everything\","
                + "\"author_id\":991267497,\"description\":\"Description of the Article\","
                + "\"body\":\"<p>Body of the Article</p>\",\"state\":\"published\",\"parent_id\":101,"
                + "\"parent_type\":\"collection\",\"translated_content\":{\"fr\":{\"title\":\"Merci pour tout\","
                + "\"description\":\"Description de l'article\",\"body\":\"Corps de l'article\",\"author_id\":991267497,"
                + "\"state\":\"published\"}}}");
        assertEquals("Thanks for everything", a.title());
        assertEquals(ArticleState.PUBLISHED, a.state());
        assertEquals(991267497L, a.authorId());
        assertEquals("101", a.parentId());
        assertEquals(List.of("101"), a.parentIds());
        assertEquals("collection", a.parentType());
        assertEquals(MoreTestSupport.NOW, a.createdAt());
        assertTrue(a.url().endsWith("/en/articles/" + a.id() + "-thanks-for-everything"), a.url());
        assertEquals("en", a.defaultLocale());
        ArticleContent fr = a.translatedContent().get("fr");
        assertEquals("Merci pour tout", fr.title());
        assertEquals(ArticleState.PUBLISHED, fr.state());
        assertEquals(List.of("fr"), List.copyOf(a.translatedContent().locales().keySet()));
        assertEquals("article_translated_content", a.translatedContent().type());
        assertEquals(0L, a.statistics().views());
        assertEquals(List.of(), a.tags().tags());
        assertEquals(a, articles.get(a.id()));
        assertRequest(t.server.takeRequest(), "GET", "/articles/" + a.id(), null);
    }

    @Test
    void translatedContentGoesBackExactlyAsReceivedWithOneLocaleChanged() {
        Article one = articles.get("1");
        ArticleTranslatedContent received = one.translatedContent();
        t.server.clearRequests();
        ArticleTranslatedContent changed = received.with("fr", received.get("fr").withTitle("Bien démarrer"));
        Article updated = articles.update("1", ArticleRequest.update().translatedContent(changed));
        FakeRequest put = t.server.takeRequest();
        String expected = Json.write(received).replace("Bien démarrer avec Switchboard", "Bien démarrer");
        assertRequest(put, "PUT", "/articles/1", "{\"translated_content\":" + expected + "}");
        assertFalse(put.bodyUtf8().contains("article_id"), "the path parameter is never in the body (IC-23)");
        assertEquals(Json.write(changed), Json.write(updated.translatedContent()));
        assertEquals(Json.write(changed), Json.write(articles.get("1").translatedContent()));
        assertEquals(Json.write(received.get("fr").json().with("title", "Bien démarrer")),
                Json.write(updated.translatedContent().get("fr")));
    }

    @Test
    void anUpdateSendsOnlyItsFieldsAndTheParentIdAsTheUpdateSchemasString() {
        Article moved = articles.update("3", ArticleRequest.update().title("Release notes").parentId("102")
                .state(ArticleState.PUBLISHED).authorId("991267460"));
        assertRequest(t.server.takeRequest(), "PUT", "/articles/3", "{\"title\":\"Release notes\","
                + "\"parent_id\":\"102\",\"state\":\"published\",\"author_id\":991267460}");
        assertEquals("102", moved.parentId());
        assertEquals("section", moved.parentType());
        assertEquals(List.of("101", "102"), moved.parentIds());
        assertEquals(991267460L, moved.authorId());
        assertEquals(MoreTestSupport.NOW, moved.updatedAt());
        assertTrue(moved.url().endsWith("/articles/3-release-notes"), moved.url());
    }

    @Test
    void listsEveryArticleAcrossPageNumberPagesWithoutStatistics() {
        List<Article> all = articles.list().stream().toList();
        assertEquals(List.of("3", "2", "1"), all.stream().map(Article::id).toList(), "most recently updated first");
        assertRequest(t.server.takeRequest(), "GET", "/articles", null);
        assertRequest(t.server.takeRequest(), "GET", "/articles?page=2", null);
        assertEquals(2, t.server.requestCount());
        assertNull(all.get(0).statistics());
        assertFalse(all.get(0).json().containsKey("statistics"));
        assertNull(all.get(0).url(), "a draft has no URL");
        assertTrue(all.get(0).json().isNull("url"));
    }

    @Test
    void searchSendsEveryFilterAndPagesThroughDataArticles() {
        List<String> ids = articles.search(ArticleSearch.phrase("SDK").state(ArticleState.PUBLISHED).helpCenterId("1")
                .highlight(false)).stream().map(Article::id).toList();
        assertEquals(List.of("2", "1"), ids);
        assertRequest(t.server.takeRequest(), "GET",
                "/articles/search?phrase=SDK&state=published&help_center_id=1&highlight=false", null);
        assertEquals(1, t.server.requestCount());
        t.server.clearRequests();
        assertEquals(List.of("3", "2", "1"), articles.search(ArticleSearch.all()).stream().map(Article::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/articles/search", null);
        assertRequest(t.server.takeRequest(), "GET", "/articles/search?page=2", null);
        assertEquals(List.of("3"), articles.search(ArticleSearch.all().state(ArticleState.DRAFT)).stream()
                .map(Article::id).toList());
        assertEquals(List.of(), articles.search(ArticleSearch.phrase("nothing like it").allStates()).stream().toList());
        assertTrue(t.server.requests().get(t.server.requestCount() - 1).target().endsWith("state=all"));
        assertEquals(List.of("1"), articles.search(ArticleSearch.phrase("dépendance")).stream().map(Article::id).toList(),
                "a phrase of a translation matches");
    }

    @Test
    void searchPageReadsTheHighlightsTyped() {
        ArticleSearchResponse page = articles.searchPage(ArticleSearch.phrase("sdk").highlight(true));
        assertRequest(t.server.takeRequest(), "GET", "/articles/search?phrase=sdk&highlight=true", null);
        assertEquals("list", page.type());
        assertEquals(2L, page.totalCount());
        assertEquals(List.of("2", "1"), page.articles().stream().map(Article::id).toList());
        assertEquals(1, page.pages().page());
        assertEquals(1, page.pages().totalPages());
        ArticleSearchHighlight h = page.highlights().get(0);
        assertEquals("2", h.articleId());
        assertEquals(List.of("Installing the ", "SDK"), h.highlightedTitle().stream().map(HighlightedText::text).toList());
        assertEquals(List.of(false, true), h.highlightedTitle().stream().map(HighlightedText::isHighlight).toList());
        ArticleSearchHighlight first = page.highlights().get(1);
        List<List<HighlightedText>> summary = first.highlightedSummary();
        assertEquals(1, summary.size());
        assertEquals(List.of("Install the ", "SDK", ", then send a first call"),
                summary.get(0).stream().map(HighlightedText::text).toList());
        assertEquals("highlight", summary.get(0).get(1).type());
        assertEquals(List.of(), articles.searchPage(ArticleSearch.phrase("sdk")).highlights(),
                "no highlights unless asked for");
    }

    @Test
    void laterSearchPagesCarryTheirHighlightsInThePageMeta() {
        List<Page<Article>> pages = List.copyOf(toList(articles.search(ArticleSearch.phrase("a").highlight(true)).pages()));
        assertEquals(2, pages.size());
        JsonObject data = (JsonObject) pages.get(1).meta().get("data");
        assertEquals("1", data.getArray("highlights").size() == 1
                ? ((JsonObject) data.getArray("highlights").get(0)).getString("article_id") : null);
    }

    @Test
    void deletesAndThenAnswers404AsNotFound() {
        DeletedObject gone = articles.delete("2");
        assertRequest(t.server.takeRequest(), "DELETE", "/articles/2", null);
        assertEquals(List.of("2", "article", true), List.of(gone.id(), gone.object(), gone.deleted()));
        assertEquals(2, fake.articleCount());
        NotFoundException e = assertThrows(NotFoundException.class, () -> articles.get("2"));
        assertEquals(404, e.status());
        assertEquals("not_found", e.details().get(0).code());
        assertThrows(NotFoundException.class, () -> articles.update("2", ArticleRequest.update().title("x")));
        assertThrows(NotFoundException.class, () -> articles.delete("2"));
    }

    @Test
    void intercomsRefusalsAreValidationAndAuthenticationExceptions() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> articles.create(ArticleRequest.create("x", "5")));
        assertEquals("parameter_invalid", e.details().get(0).code());
        assertThrows(ValidationException.class, () -> articles.create(ArticleRequest.create("x", "991267497")
                .parentId("999")));
        assertEquals(3, fake.articleCount(), "a refused create leaves nothing behind");
        assertThrows(ValidationException.class, () -> articles.update("1", ArticleRequest.update().parentId("999")));
        assertEquals("101", articles.get("1").parentId(), "a refused update changes nothing");
        try (IntercomConnection wrong = IntercomConnection.builder().accessToken("wrong-token")
                .baseUrl(t.server.baseUrl()).build()) {
            assertThrows(AuthenticationException.class, () -> new ArticlesClient(wrong).get("1"));
        }
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("title must not be blank", assertThrows(IllegalArgumentException.class,
                () -> ArticleRequest.create(" ", "1")).getMessage());
        assertEquals("authorId must be an integer id, was 'abc'", assertThrows(IllegalArgumentException.class,
                () -> ArticleRequest.create("t", "abc")).getMessage());
        assertEquals("authorId must be a positive integer id, was '0'", assertThrows(IllegalArgumentException.class,
                () -> ArticleRequest.update().authorId("0")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.create(ArticleRequest.update()))
                .getMessage().startsWith("request must be a create"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.get("a/b")).getMessage()
                .startsWith("articleId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> articles.delete("")).getMessage()
                .startsWith("articleId"));
        assertThrows(IllegalArgumentException.class, () -> ArticleRequest.update().parentId("abc"));
        assertThrows(IllegalArgumentException.class, () -> ArticleRequest.update().parentType(" "));
        assertThrows(IllegalArgumentException.class, () -> ArticleRequest.update().translation("type",
                ArticleContent.of("x")));
        assertThrows(IllegalArgumentException.class, () -> ArticleContent.of(""));
        assertThrows(IllegalArgumentException.class, () -> ArticleSearch.phrase(" "));
        assertThrows(IllegalArgumentException.class, () -> ArticleSearch.all().helpCenterId("abc"));
        assertThrows(NullPointerException.class, () -> articles.update("1", null));
        assertThrows(NullPointerException.class, () -> articles.search(null));
        CompletionException async = assertThrows(CompletionException.class, () -> articles.getAsync("x").join());
        assertInstanceOf(IllegalArgumentException.class, async.getCause());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void asyncTwinsSendTheSameRequests() {
        Article a = articles.createAsync(ArticleRequest.create("Async", "991267497")).join();
        assertRequest(t.server.takeRequest(), "POST", "/articles", "{\"title\":\"Async\",\"author_id\":991267497}");
        assertEquals(ArticleState.DRAFT, a.state(), "Intercom's default state");
        assertEquals(a, articles.getAsync(a.id()).join());
        assertEquals("Async 2", articles.updateAsync(a.id(), ArticleRequest.update().title("Async 2")).join().title());
        assertEquals(1L, articles.searchPageAsync(ArticleSearch.phrase("Async 2")).join().totalCount());
        assertEquals(Boolean.TRUE, articles.deleteAsync(a.id()).join().deleted());
        CompletionException e = assertThrows(CompletionException.class, () -> articles.getAsync(a.id()).join());
        assertInstanceOf(NotFoundException.class, e.getCause());
        assertEquals(List.of("POST", "GET", "PUT", "GET", "DELETE", "GET"),
                t.server.requests().stream().map(FakeRequest::method).toList());
    }

    @Test
    void aFieldOfTheWrongTypeFailsOnlyItsAccessorAndIsWrittenBack() {
        String json = "{\"id\":42,\"type\":\"article\",\"title\":\"Kept\",\"author_id\":\"not a number\","
                + "\"state\":\"archived\",\"parent_id\":null,\"parent_ids\":[18,\"19\"],\"created_at\":4102444800,"
                + "\"updated_at\":\"2026-05-01T12:00:00Z\",\"translated_content\":{\"type\":null,\"fr\":\"oops\","
                + "\"pt-BR\":{\"title\":\"Obrigado\",\"x\":[1]},\"xx\":null},\"statistics\":{\"conversations\":3,"
                + "\"happy_reaction_percentage\":40.10},\"unknown\":{\"deep\":[1.50]}}";
        assertLossless(json, Article.class);
        Article a = decode(json, Article.class);
        assertEquals("42", a.id());
        assertEquals("Kept", a.title());
        DecodeException e = assertThrows(DecodeException.class, a::authorId);
        assertEquals("path $.author_id", e.location());
        assertFalse(a.state().isKnown());
        assertEquals("archived", a.state().value());
        assertEquals(List.of("18", "19"), a.parentIds());
        assertEquals(Instant.ofEpochSecond(4102444800L), a.createdAt(), "a date after 2038 (IC-19)");
        assertEquals(Instant.parse("2026-05-01T12:00:00Z"), a.updatedAt());
        ArticleTranslatedContent tc = a.translatedContent();
        assertEquals("path $.translated_content.fr", assertThrows(DecodeException.class, () -> tc.get("fr")).location());
        assertThrows(DecodeException.class, tc::locales);
        assertEquals("Obrigado", tc.get("pt-BR").title());
        assertNull(tc.get("xx"));
        assertNull(tc.get("de"));
        assertEquals(3L, a.statistics().conversations(), "the examples' name is read when the schema's is absent");
        assertEquals(new BigDecimal("40.10"), a.statistics().happyReactionPercentage());
        assertEquals(7L, decode("{\"conversions\":7,\"conversations\":3}", ArticleStatistics.class).conversations());
    }

    @Test
    void aMistypedHighlightChunkNamesItsExactPath() {
        String json = "{\"type\":\"list\",\"data\":{\"articles\":[],\"highlights\":[{\"article_id\":\"5\","
                + "\"highlighted_title\":[{\"type\":\"plain\",\"text\":\"A\"}],\"highlighted_summary\":[[{\"type\":"
                + "\"highlight\",\"text\":\"q\"},{\"type\":1}],null,\"line\",[7]]}]}}";
        assertLossless(json, ArticleSearchResponse.class);
        List<List<HighlightedText>> s = decode(json, ArticleSearchResponse.class).highlights().get(0).highlightedSummary();
        assertEquals(4, s.size());
        assertEquals("q", s.get(0).get(0).text());
        assertEquals("path $.data.highlights[0].highlighted_summary[0][1].type",
                assertThrows(DecodeException.class, () -> s.get(0).get(1).type()).location());
        assertNull(s.get(1));
        assertEquals("path $.data.highlights[0].highlighted_summary[2]",
                assertThrows(DecodeException.class, () -> s.get(2)).location());
        assertEquals("path $.data.highlights[0].highlighted_summary[3][0]",
                assertThrows(DecodeException.class, () -> s.get(3).get(0)).location());
        ArticleSearchHighlight alone = decode("{\"highlighted_summary\":[[\"x\"]]}", ArticleSearchHighlight.class);
        assertEquals("path $.highlighted_summary[0][0]",
                assertThrows(DecodeException.class, () -> alone.highlightedSummary().get(0).get(0)).location());
        assertEquals(List.of(), decode("{}", ArticleSearchResponse.class).articles());
    }

    private static <T> List<T> toList(Iterable<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
