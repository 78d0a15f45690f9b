package dev.switchboard.conversations.intercom.articles;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * An article's content in one locale ({@code article_content}), a value of {@link ArticleTranslatedContent}. Received
 * with an article, or made with {@link #of(String)} and the {@code with…} copies to send in an
 * {@link ArticleRequest#translation(String, ArticleContent)}:
 *
 * <pre>{@code
 * ArticleContent fr = ArticleContent.of("Merci pour tout").withBody("Corps de l'article")
 *         .withAuthorId("991267497").withState(ArticleState.PUBLISHED);
 * }</pre>
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included;
 * a {@code with…} copy changes that one field and keeps every other exactly.
 */
public final class ArticleContent extends JsonModel {

    /** @param json the object as sent */
    public ArticleContent(JsonObject json) {
        super(json);
    }

    /**
     * @param title the title in this locale
     * @return content with only that title, to send
     * @throws IllegalArgumentException if the title is blank
     */
    public static ArticleContent of(String title) {
        return new ArticleContent(JsonObject.of("title", Checks.notBlank(title, "title")));
    }

    /**
     * @param newTitle the title
     * @return a copy with that title
     * @throws IllegalArgumentException if it is blank
     */
    public ArticleContent withTitle(String newTitle) {
        return new ArticleContent(json().with("title", Checks.notBlank(newTitle, "title")));
    }

    /**
     * @param text the description
     * @return a copy with that description
     */
    public ArticleContent withDescription(String text) {
        return new ArticleContent(json().with("description", Objects.requireNonNull(text, "description")));
    }

    /**
     * @param html the body, in HTML
     * @return a copy with that body
     */
    public ArticleContent withBody(String html) {
        return new ArticleContent(json().with("body", Objects.requireNonNull(html, "body")));
    }

    /**
     * @param adminId the author's admin id (a teammate of the Help Center's workspace), sent as an integer
     * @return a copy with that author
     * @throws IllegalArgumentException if it is not a positive integer id
     */
    public ArticleContent withAuthorId(String adminId) {
        return new ArticleContent(json().with("author_id", ArticleRequest.adminId(adminId, "authorId")));
    }

    /**
     * @param newState {@link ArticleState#PUBLISHED} or {@link ArticleState#DRAFT}
     * @return a copy with that state
     */
    public ArticleContent withState(ArticleState newState) {
        return new ArticleContent(json().with("state", Objects.requireNonNull(newState, "state").value()));
    }

    /**
     * @return {@code article_content}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the title in this locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String title() {
        return string("title");
    }

    /**
     * @return the description in this locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }

    /**
     * @return the body in this locale, in HTML, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return the author's admin id (a string of digits is read too), or {@code null}
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
     * @return when this locale's content was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when this locale's content last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return the URL of this locale's version, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }
}
