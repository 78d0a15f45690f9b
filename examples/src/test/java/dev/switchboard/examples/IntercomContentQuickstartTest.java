package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.aicontent.ExternalPage;
import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.conversations.intercom.articles.ArticleState;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The snippets of docs/intercom-content.md run against FakeIntercom and return what the page says. */
class IntercomContentQuickstartTest {
    private final FakeIntercom fake = FakeIntercom.start();
    private final Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build();
    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    IntercomContentQuickstartTest() {
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void close() {
        System.setOut(original);
        intercom.close();
        fake.close();
    }

    private String printed() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHelpCenterSnippetMakesASectionOfANewCollection() {
        HelpCenterCollection section = IntercomContentQuickstart.helpCenter(intercom);
        assertEquals("Refunds", section.name());
        HelpCenterCollection billing = intercom.helpCenter().getCollection(section.parentId());
        assertEquals("Billing", billing.name());
        assertEquals("1", billing.helpCenterId());
        assertEquals("Facturation", billing.translatedContent().get("fr").name());
        assertTrue(printed().contains("help center 1: Help Center at https://help.example.com"), printed());
        assertTrue(printed().contains("collection " + section.id() + " Refunds in " + billing.id()), printed());
        assertEquals(5, fake.articles().collectionCount());
    }

    @Test
    void theArticlesSnippetFindsTheArticleAndChangesOneTranslationOnly() {
        Article a = IntercomContentQuickstart.articles(intercom, "101");
        assertEquals("Refund policy", a.title());
        assertEquals(ArticleState.PUBLISHED, a.state());
        assertEquals("101", a.parentId());
        assertEquals("Nos remboursements", a.translatedContent().get("fr").title());
        assertEquals("<p>Sous 30 jours.</p>", a.translatedContent().get("fr").body(), "the rest of the locale as sent");
        assertEquals(List.of("fr"), List.copyOf(a.translatedContent().locales().keySet()));
        assertTrue(printed().contains("match " + a.id() + ": [Refund] policy"), printed());
    }

    @Test
    void theNewsfeedsSnippetListsTheLiveItems() {
        List<NewsItem> live = IntercomContentQuickstart.newsfeeds(intercom);
        assertEquals(List.of("141"), live.stream().map(NewsItem::id).toList());
        assertTrue(printed().contains("Visitor Feed: New feature: News Items"), printed());
    }

    @Test
    void theAiContentSnippetMakesAPageAndDeletesASourceWithItsPages() {
        ExternalPage page = IntercomContentQuickstart.aiContent(intercom);
        assertEquals("refund-policy", page.externalId());
        assertEquals("https://docs.example.com/refunds", page.url());
        assertEquals(Boolean.TRUE, page.aiAgentAvailability());
        assertEquals(page, intercom.externalPages().get(page.id()));
        assertEquals(2, fake.aiContent().sourceCount());
        assertEquals(3, fake.aiContent().pageCount(), "source 33's page went with it");
        assertTrue(printed().contains("page " + page.sourceId() + "/refund-policy: Refund policy"), printed());
    }

    @Test
    void mainRunsEverySnippet() {
        IntercomContentQuickstart.main(new String[0]);
        for (String expected : List.of("help center 2: Developer Hub", "match ", "in French: Nos remboursements",
                "1 live news items", "external page ")) {
            assertTrue(printed().contains(expected), () -> "missing " + expected + "\n" + printed());
        }
        assertFalse(printed().contains(fake.token()), "the token is never printed");
    }
}
