package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.aicontent.ContentImportSource;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourceRequest;
import dev.switchboard.conversations.intercom.aicontent.ExternalPage;
import dev.switchboard.conversations.intercom.aicontent.ExternalPageRequest;
import dev.switchboard.conversations.intercom.aicontent.ExternalPagesClient;
import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.conversations.intercom.articles.ArticleContent;
import dev.switchboard.conversations.intercom.articles.ArticleRequest;
import dev.switchboard.conversations.intercom.articles.ArticleSearch;
import dev.switchboard.conversations.intercom.articles.ArticleSearchHighlight;
import dev.switchboard.conversations.intercom.articles.ArticleSearchResponse;
import dev.switchboard.conversations.intercom.articles.ArticleState;
import dev.switchboard.conversations.intercom.articles.ArticleTranslatedContent;
import dev.switchboard.conversations.intercom.articles.ArticlesClient;
import dev.switchboard.conversations.intercom.articles.HighlightedText;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollectionRequest;
import dev.switchboard.conversations.intercom.helpcenter.GroupContent;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenter;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.knowledge.Newsfeed;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedsClient;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.util.ArrayList;
import java.util.List;

/**
 * The code shown in {@code docs/intercom-content.md} (articles, the Help Center, newsfeeds, AI Content), compiled with
 * the build so it stays true; {@link #main} runs it against the embedded {@link FakeIntercom}.
 */
public final class IntercomContentQuickstart {
    private IntercomContentQuickstart() {
    }

    /**
     * @param intercom the Intercom root
     * @return the section the snippet made, a section of a new collection
     */
    static HelpCenterCollection helpCenter(Intercom intercom) {
        // README: helpcenter
        HelpCenterClient helpCenter = intercom.helpCenter();
        for (HelpCenter h : helpCenter.listHelpCenters()) {           // one answer, no pages
            System.out.println("help center " + h.id() + ": " + h.displayName() + " at " + h.url());
        }
        HelpCenterCollection billing = helpCenter.createCollection(HelpCenterCollectionRequest.create("Billing")
                .description("Invoices, refunds and plans")
                .helpCenterId("1")                                    // left out: the default Help Center
                .translation("fr", GroupContent.of("Facturation").withDescription("Factures et remboursements")));
        HelpCenterCollection refunds = helpCenter.createCollection(HelpCenterCollectionRequest.create("Refunds")
                .parentId(billing.id()));                             // a section of Billing
        for (HelpCenterCollection c : helpCenter.listCollections()) {           // page after page, most recently updated first
            System.out.println("collection " + c.id() + " " + c.name() + " in " + c.parentId());
        }
        return refunds;
    }

    /**
     * @param intercom the Intercom root
     * @param sectionId the collection or section to put the article in
     * @return the article after its French title was changed
     */
    static Article articles(Intercom intercom, String sectionId) {
        // README: articles
        ArticlesClient articles = intercom.articles();
        Article article = articles.create(ArticleRequest.create("Refund policy", "991267497")   // title, author (an admin)
                .body("<p>Refunds within 30 days.</p>")
                .state(ArticleState.PUBLISHED)                        // left out: a draft
                .parentId(sectionId)
                .translation("fr", ArticleContent.of("Remboursements").withBody("<p>Sous 30 jours.</p>")
                        .withAuthorId("991267497").withState(ArticleState.PUBLISHED)));
        ArticleSearchResponse found = articles.searchPage(ArticleSearch.phrase("refund").highlight(true));
        for (ArticleSearchHighlight h : found.highlights()) {
            StringBuilder title = new StringBuilder();
            for (HighlightedText chunk : h.highlightedTitle()) {
                title.append(chunk.isHighlight() ? "[" + chunk.text() + "]" : chunk.text());
            }
            System.out.println("match " + h.articleId() + ": " + title);   // match 300: [Refund] policy
        }
        ArticleTranslatedContent t = articles.get(article.id()).translatedContent();   // every locale, as sent
        return articles.update(article.id(), ArticleRequest.update()
                .translatedContent(t.with("fr", t.get("fr").withTitle("Nos remboursements"))));  // the rest untouched
    }

    /**
     * @param intercom the Intercom root
     * @return the live items of every newsfeed
     */
    static List<NewsItem> newsfeeds(Intercom intercom) {
        // README: newsfeeds
        NewsfeedsClient feeds = intercom.newsfeeds();
        List<NewsItem> live = new ArrayList<>();
        for (Newsfeed feed : feeds.list()) {
            for (NewsItem item : feeds.items(feed.id())) {            // live items only: drafts are not listed
                System.out.println(feed.name() + ": " + item.title());
                live.add(item);
            }
        }
        return live;
    }

    /**
     * @param intercom the Intercom root
     * @return the external page the snippet made
     */
    static ExternalPage aiContent(Intercom intercom) {
        // README: aicontent
        ContentImportSource source = intercom.contentImportSources()
                .create(ContentImportSourceRequest.api("https://docs.example.com"));   // sync_behavior api
        ExternalPagesClient pages = intercom.externalPages();
        ExternalPage page = pages.create(ExternalPageRequest.create("Refund policy",
                        "<h1>Refunds</h1><p>Within 30 days.</p>", source.id(), "refund-policy")  // your id for it
                .url("https://docs.example.com/refunds")              // what Fin links to
                .aiAgentAvailability(true).aiCopilotAvailability(true));
        for (ExternalPage p : pages.list()) {                         // pages.next links are followed
            System.out.println("page " + p.sourceId() + "/" + p.externalId() + ": " + p.title());
        }
        intercom.contentImportSources().delete("33");                 // 204; the source's pages go with it
        return page;
    }

    /**
     * Runs the snippets against the fake.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (FakeIntercom fake = FakeIntercom.start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            HelpCenterCollection section = helpCenter(intercom);
            Article article = articles(intercom, section.id());
            System.out.println("article " + article.id() + " in French: " + article.translatedContent().get("fr").title());
            System.out.println(newsfeeds(intercom).size() + " live news items");
            System.out.println("external page " + aiContent(intercom).id());
        }
    }
}
