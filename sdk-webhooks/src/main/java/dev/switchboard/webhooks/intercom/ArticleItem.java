package dev.switchboard.webhooks.intercom;

import dev.switchboard.conversations.intercom.articles.Article;
import dev.switchboard.core.json.JsonObject;
import java.util.Objects;

/**
 * A Help Center article ({@code article.*} topics), as {@link Article} of sdk-conversations. For
 * {@code article.deleted} the item is the minimal {@code {type, id, deleted}}: the other accessors read {@code null}.
 *
 * @param article the article: a view over the item's JSON
 */
public record ArticleItem(Article article) implements IntercomItem {

    /** Checks the component. */
    public ArticleItem {
        Objects.requireNonNull(article, "article");
    }

    @Override
    public String type() {
        return "article";
    }

    @Override
    public JsonObject raw() {
        return article.json();
    }

    @Override
    public Article model() {
        return article;
    }
}
