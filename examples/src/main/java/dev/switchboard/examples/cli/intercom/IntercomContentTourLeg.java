package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.check;
import static dev.switchboard.examples.cli.intercom.TourSteps.step;
import static dev.switchboard.examples.cli.intercom.TourSteps.stepValue;

import dev.switchboard.conversations.intercom.aicontent.ContentImportSource;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourceRequest;
import dev.switchboard.conversations.intercom.aicontent.ExternalPage;
import dev.switchboard.conversations.intercom.aicontent.ExternalPageRequest;
import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.conversations.intercom.articles.ArticleRequest;
import dev.switchboard.conversations.intercom.articles.ArticleSearch;
import dev.switchboard.conversations.intercom.articles.ArticleState;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenter;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollection;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterCollectionRequest;
import dev.switchboard.conversations.intercom.knowledge.NewsItem;
import dev.switchboard.conversations.intercom.knowledge.Newsfeed;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Intercom content leg of the tour, through the {@link Intercom} root against one {@link FakeIntercom}: create a
 * Help Center collection and list the Help Centers, publish an article in it and find it by a phrase, list the
 * newsfeeds and their live items, and give Fin's AI Content a content import source with one external page. Every
 * line states what the fake holds after the call; a broken expectation throws {@link IllegalStateException} naming
 * the step; the sandbox token is never printed.
 */
public final class IntercomContentTourLeg extends SandboxIntercomLeg {
    static final String TOKEN = "sandbox-intercom-content-token";
    private static final String AUTHOR = "991267497";
    private static final int PAGES_PER_PAGE = 3;

    /** Creates the leg. */
    public IntercomContentTourLeg() {
        this(fake -> { });
    }

    /** @param setup what to do to the fake before the steps run (a test queues a failure here) */
    IntercomContentTourLeg(Consumer<FakeIntercom> setup) {
        super("intercom articles, help center, news and AI content", TOKEN, null, setup);
    }

    @Override
    void prepare(FakeIntercom fake) {
        fake.aiContent().perPage(PAGES_PER_PAGE);
    }

    @Override
    void steps(PrintStream out, Sandbox s) {
        FakeIntercom fake = s.fake();
        Intercom intercom = s.intercom();
        String collection = stepValue("help center", () -> helpCenter(out, fake, intercom));
        step("articles", () -> articles(out, fake, intercom, collection));
        step("newsfeeds", () -> newsfeeds(out, intercom));
        step("AI content", () -> aiContent(out, fake, intercom));
    }

    private static String helpCenter(PrintStream out, FakeIntercom fake, Intercom intercom) {
        int before = fake.articles().collectionCount();
        HelpCenterCollection tour = intercom.helpCenter().createCollection(HelpCenterCollectionRequest.create("Tour")
                .description("What the tour covers").helpCenterId("2"));
        out.println("POST /help_center/collections " + sent(fake, "POST", "/help_center/collections") + ": collection "
                + tour.id() + " in Help Center " + tour.helpCenterId() + "; collections " + before + " -> "
                + fake.articles().collectionCount());
        check("2".equals(tour.helpCenterId()) && fake.articles().collectionCount() == before + 1,
                "the collection was not created in Help Center 2");
        List<HelpCenter> centers = intercom.helpCenter().listHelpCenters().stream().toList();
        out.println("  GET /help_center/help_centers: " + centers.size() + " Help Centers " + centers.stream()
                .map(h -> h.id() + " \"" + h.displayName() + "\" at " + h.url()).toList());
        check(centers.size() == 2 && centers.stream().anyMatch(h -> h.id().equals(tour.helpCenterId())),
                "expected Help Centers 1 and 2");
        return tour.id();
    }

    private static void articles(PrintStream out, FakeIntercom fake, Intercom intercom, String collectionId) {
        int before = fake.articles().articleCount();
        Article article = intercom.articles().create(ArticleRequest.create("Taking the tour", AUTHOR)
                .body("<p>The tour drives every client through the sandbox.</p>").state(ArticleState.PUBLISHED)
                .parentId(collectionId));
        out.println("POST /articles: article " + article.id() + " (" + article.state() + ", in collection "
                + article.parentId() + ", at " + article.url() + "); articles " + before + " -> "
                + fake.articles().articleCount());
        check(article.state().equals(ArticleState.PUBLISHED) && collectionId.equals(article.parentId())
                && article.url() != null && fake.articles().articleCount() == before + 1, "the article was not published");
        List<String> found = intercom.articles().search(ArticleSearch.phrase("sandbox")).stream().map(Article::id).toList();
        FakeRequest search = fake.requests().stream().filter(r -> r.path().equals("/articles/search")).findFirst()
                .orElseThrow();
        out.println("  GET /articles/search?phrase=" + search.query("phrase") + ": matched " + found);
        check(found.equals(List.of(article.id())), "the search did not find the new article alone: " + found);
    }

    private static void newsfeeds(PrintStream out, Intercom intercom) {
        List<Newsfeed> feeds = intercom.newsfeeds().list().stream().toList();
        List<String> each = new ArrayList<>();
        int live = 0;
        for (Newsfeed feed : feeds) {
            List<NewsItem> items = intercom.newsfeeds().items(feed.id()).stream().toList();
            check(items.stream().allMatch(i -> "live".equals(i.state().value())), "a draft was listed in " + feed.name());
            live += items.size();
            each.add(feed.id() + " " + feed.name() + ": " + items.size() + " live " + items.stream()
                    .map(i -> i.id() + " \"" + i.title() + "\"").toList());
        }
        out.println("GET /news/newsfeeds: " + feeds.size() + " newsfeeds; GET /news/newsfeeds/{id}/items: "
                + String.join("; ", each));
        check(feeds.size() == 2 && live == 1, "expected 2 newsfeeds and 1 live item, got " + feeds.size() + " and " + live);
    }

    private static void aiContent(PrintStream out, FakeIntercom fake, Intercom intercom) {
        int before = fake.aiContent().sourceCount();
        ContentImportSource source = intercom.contentImportSources()
                .create(ContentImportSourceRequest.api("https://docs.tour.example"));
        out.println("POST /ai/content_import_sources: source " + source.id() + " (sync_behavior " + source.syncBehavior()
                + ", " + source.url() + "); sources " + before + " -> " + fake.aiContent().sourceCount());
        check("api".equals(source.syncBehavior().value()) && fake.aiContent().sourceCount() == before + 1,
                "no source syncing by API was added");
        ExternalPage page = intercom.externalPages().create(ExternalPageRequest.create("Taking the tour",
                "<h1>The tour</h1><p>Every client, offline.</p>", source.id(), "tour-1")
                .url("https://docs.tour.example/tour").aiAgentAvailability(true).aiCopilotAvailability(true));
        out.println("  POST /ai/external_pages: page " + page.id() + " (source " + page.sourceId() + ", external_id "
                + page.externalId() + ", " + page.locale() + ", for the AI agent: " + page.aiAgentAvailability() + ")");
        check(source.id().equals(page.sourceId()) && "tour-1".equals(page.externalId()), "the page is not the source's");
        List<ExternalPage> pages = intercom.externalPages().list().stream().toList();
        long requests = fake.requests().stream().filter(r -> r.path().equals("/ai/external_pages")
                && r.method().equals("GET")).count();
        out.println("  GET /ai/external_pages: " + pages.size() + " external pages in " + requests + " list pages of "
                + PAGES_PER_PAGE + " (pages.next followed), highest id first " + pages.stream().map(ExternalPage::id)
                .toList());
        check(pages.size() == fake.aiContent().pageCount() && pages.get(0).id().equals(page.id())
                && requests == (pages.size() + PAGES_PER_PAGE - 1) / PAGES_PER_PAGE,
                "expected " + fake.aiContent().pageCount() + " pages, the new one first, in pages of " + PAGES_PER_PAGE);
    }

    /** @return the body of the last request to that path, as sent */
    private static String sent(FakeIntercom fake, String method, String path) {
        List<FakeRequest> matching = fake.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
        check(!matching.isEmpty(), "no " + method + " " + path + " was sent");
        return matching.get(matching.size() - 1).bodyUtf8();
    }
}
