package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.conversations.intercom.TagList;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A Help Center article ({@code article}; in lists {@code article_list_item}, the same fields without
 * {@link #statistics()}). For a multilingual article the top-level title, description, body, author, state, dates and
 * URL are those of the default locale ({@link #defaultLocale()}), and {@link #translatedContent()} holds every locale.
 * Tags are read-only here: the Articles API does not manage them.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Article extends JsonModel {

    /** @param json the object as sent */
    public Article(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code article}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the article's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the workspace's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String workspaceId() {
        return id("workspace_id");
    }

    /**
     * @return the title (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return the description (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }

    /**
     * @return the body in HTML (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return the author's admin id (a string of digits, as the spec's examples send it, is read too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long authorId() {
        return longNumber("author_id");
    }

    /**
     * @return {@code published} or {@code draft} (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ArticleState state() {
        return openEnum("state", ArticleState::of);
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}; lists are sorted by it, most recent first
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return its public URL, or {@code null} (a draft has none)
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return the id of its parent collection or section (a number is read as its digits), or {@code null} for an
     *     article that stands alone
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String parentId() {
        return id("parent_id");
    }

    /**
     * @return the ids of its parent collections and sections (integers read as their digits), or {@code null} when
     *     absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is neither a string nor an
     *     integer throws when it is read
     */
    public List<String> parentIds() {
        return strings("parent_ids");
    }

    /**
     * @return {@code collection} or {@code section}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String parentType() {
        return string("parent_type");
    }

    /**
     * @return the Help Center's default locale, sent only for multilingual Help Centers, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String defaultLocale() {
        return string("default_locale");
    }

    /**
     * @return its content per locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ArticleTranslatedContent translatedContent() {
        return object("translated_content", ArticleTranslatedContent::new);
    }

    /**
     * @return its tags ({@code tag.list}), read-only through this API, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TagList tags() {
        return object("tags", TagList::new);
    }

    /**
     * @return its statistics, sent with a single article (not in lists), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ArticleStatistics statistics() {
        return object("statistics", ArticleStatistics::new);
    }
}
