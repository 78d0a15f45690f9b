package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.CallsClient;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.conversations.intercom.aicontent.ContentImportSourcesClient;
import dev.switchboard.conversations.intercom.aicontent.ExternalPagesClient;
import dev.switchboard.conversations.intercom.articles.ArticlesClient;
import dev.switchboard.conversations.intercom.helpcenter.HelpCenterClient;
import dev.switchboard.conversations.intercom.knowledge.InternalArticlesClient;
import dev.switchboard.conversations.intercom.knowledge.NewsItemsClient;
import dev.switchboard.conversations.intercom.knowledge.NewsfeedsClient;
import dev.switchboard.examples.cli.ExportTarget;
import java.util.List;

/**
 * The export targets of Intercom's lists and searches, for {@code Targets.exports()}: one line per collection, named
 * after the endpoint's path ({@code -} for {@code /} and {@code _}).
 */
public final class IntercomTargets {
    private IntercomTargets() {
    }

    /** @return every Intercom collection {@code export} reads, in the order {@code --help} lists them */
    public static List<ExportTarget> all() {
        return List.of(
                new IntercomListExport("conversations",
                        (c, r) -> new ConversationsClient(c).list(ConversationsClient.MAX_PER_PAGE)),
                new IntercomListExport("calls", (c, r) -> new CallsClient(c).list(CallsClient.MAX_PER_PAGE)),
                new IntercomListExport("news-items", (c, r) -> new NewsItemsClient(c).list()),
                new IntercomListExport("internal-articles", (c, r) -> new InternalArticlesClient(c).list()),
                new IntercomListExport("articles", (c, r) -> new ArticlesClient(c).list()),
                new IntercomListExport("help-center-collections", (c, r) -> new HelpCenterClient(c).listCollections()),
                new IntercomListExport("help-centers", (c, r) -> new HelpCenterClient(c).listHelpCenters()),
                new IntercomListExport("newsfeeds", (c, r) -> new NewsfeedsClient(c).list()),
                new IntercomListExport("ai-content-import-sources", (c, r) -> new ContentImportSourcesClient(c).list()),
                new IntercomListExport("ai-external-pages", (c, r) -> new ExternalPagesClient(c).list()));
    }
}
