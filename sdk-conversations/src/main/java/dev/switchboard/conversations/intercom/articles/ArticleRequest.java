package dev.switchboard.conversations.intercom.articles;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.util.Objects;

/**
 * The body of an article create ({@code create_article_request}) or update ({@code update_article_request}); only
 * the fields set are sent, in the order set. A create needs a title and an author ({@link #create}); an update may
 * change any field ({@link #update()}). Immutable: each setter returns a copy.
 *
 * <pre>{@code
 * ArticleRequest create = ArticleRequest.create("Thanks for everything", "991267497")
 *         .description("Description of the Article").body("<p>Body of the Article</p>")
 *         .state(ArticleState.PUBLISHED).parentId("145").parentType("collection")
 *         .translation("fr", ArticleContent.of("Merci pour tout").withBody("Corps de l'article")
 *                 .withAuthorId("991267497").withState(ArticleState.PUBLISHED));
 * ArticleRequest rename = ArticleRequest.update().title("Christmas is here!");
 * }</pre>
 *
 * <p>The two schemas differ in one type: {@code parent_id} is an integer in a create and a string in an update; each
 * is sent as its schema says. {@code author_id} is an integer in both. Tags cannot be set through the Articles API.
 * A {@link #translatedContent(ArticleTranslatedContent) translated content} received with an article is sent back
 * exactly as it came.
 */
public final class ArticleRequest {
    private final boolean create;
    private final JsonObject body;

    private ArticleRequest(boolean create, JsonObject body) {
        this.create = create;
        this.body = body;
    }

    /**
     * @param title the title (of the default locale)
     * @param authorId the author's admin id, a teammate of the Help Center's workspace (an integer id)
     * @return a create request; Intercom makes it a draft unless {@link #state(ArticleState)} says otherwise
     * @throws IllegalArgumentException if the title is blank or the author is not a positive integer id
     */
    public static ArticleRequest create(String title, String authorId) {
        return new ArticleRequest(true, JsonObject.of("title", Checks.notBlank(title, "title"),
                "author_id", adminId(authorId, "authorId")));
    }

    /** @return an update request that changes nothing yet; an update without a state keeps the article's state */
    public static ArticleRequest update() {
        return new ArticleRequest(false, JsonObject.EMPTY);
    }

    /**
     * @param newTitle the title (of the default locale)
     * @return a copy with that title
     * @throws IllegalArgumentException if it is blank
     */
    public ArticleRequest title(String newTitle) {
        return with("title", Checks.notBlank(newTitle, "title"));
    }

    /**
     * @param text the description (of the default locale)
     * @return a copy with that description
     */
    public ArticleRequest description(String text) {
        return with("description", Objects.requireNonNull(text, "description"));
    }

    /**
     * @param html the body in HTML (of the default locale)
     * @return a copy with that body
     */
    public ArticleRequest body(String html) {
        return with("body", Objects.requireNonNull(html, "body"));
    }

    /**
     * @param adminId the author's admin id, sent as an integer
     * @return a copy with that author
     * @throws IllegalArgumentException if it is not a positive integer id
     */
    public ArticleRequest authorId(String adminId) {
        return with("author_id", adminId(adminId, "authorId"));
    }

    /**
     * @param newState {@link ArticleState#PUBLISHED} or {@link ArticleState#DRAFT}; in an update, leaving it out
     *     keeps the state (an edit of a published article goes live at once unless it has a pending draft)
     * @return a copy with that state
     */
    public ArticleRequest state(ArticleState newState) {
        return with("state", Objects.requireNonNull(newState, "state").value());
    }

    /**
     * @param collectionOrSectionId the parent collection's or section's id (an integer id): sent as an integer in a
     *     create, as a string in an update, as each schema declares
     * @return a copy with that parent
     * @throws IllegalArgumentException if it is not an integer id
     */
    public ArticleRequest parentId(String collectionOrSectionId) {
        String id = Checks.integerId(collectionOrSectionId, "parentId");
        return with("parent_id", create ? (Object) Long.valueOf(id) : id);
    }

    /**
     * @param type {@code collection} or {@code section}
     * @return a copy with that parent type
     * @throws IllegalArgumentException if it is blank
     */
    public ArticleRequest parentType(String type) {
        return with("parent_type", Checks.notBlank(type, "parentType"));
    }

    /**
     * @param content the content per locale, for example as received in {@link Article#translatedContent()}: sent
     *     exactly as it is, every locale and field included
     * @return a copy with that translated content (replacing any translation set before)
     */
    public ArticleRequest translatedContent(ArticleTranslatedContent content) {
        return with("translated_content", Objects.requireNonNull(content, "translatedContent"));
    }

    /**
     * @param locale a locale code, for example {@code fr} or {@code pt-BR}
     * @param content the article's content in that locale
     * @return a copy whose translated content has that locale set; the other locales set before are kept
     * @throws IllegalArgumentException if the locale is blank or {@code type}
     */
    public ArticleRequest translation(String locale, ArticleContent content) {
        JsonObject current = body.getObject("translated_content");
        ArticleTranslatedContent t = new ArticleTranslatedContent(current == null ? JsonObject.EMPTY : current);
        return with("translated_content", t.with(locale, Objects.requireNonNull(content, "content")));
    }

    /** @return whether this is a create request ({@link #create}), for the client's check */
    boolean isCreate() {
        return create;
    }

    /** @return the body as sent */
    @JsonValue
    public JsonObject toJson() {
        return body;
    }

    /** @return the kind and the field names set, never their values */
    @Override
    public String toString() {
        return "ArticleRequest{" + (create ? "create" : "update") + ", fields " + body.keySet() + "}";
    }

    private ArticleRequest with(String key, Object value) {
        return new ArticleRequest(create, body.with(key, value));
    }

    static long adminId(String id, String name) {
        Checks.integerId(id == null ? null : id.trim(), name);
        try {
            long n = Long.parseLong(id.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive integer id, was '" + id + "'");
    }
}
