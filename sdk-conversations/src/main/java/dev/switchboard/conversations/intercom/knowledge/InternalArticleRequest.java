package dev.switchboard.conversations.intercom.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of an internal article create or update. For a create, {@code title}, {@code author_id} and
 * {@code owner_id} are required ({@link #create}); for an update every field is optional and only the ones set are
 * sent ({@link #update()}). The admin ids are sent as integers, as the schema asks (its examples show strings).
 * {@code locale} is not in the spec's request schema but the 2.14 changelog sends it, so it can be set.
 *
 * <pre>{@code
 * InternalArticleRequest create = InternalArticleRequest.create("How to handle refunds", "123456", "123456")
 *         .body("<p>Step by step</p>").locale("en");
 * InternalArticleRequest rename = InternalArticleRequest.update().title("Refunds, v2");
 * }</pre>
 *
 * @param title the title
 * @param body the HTML body
 * @param authorId the author's admin id
 * @param ownerId the owner's admin id
 * @param locale the locale, for example {@code en}
 */
@JsonPropertyOrder({"title", "body", "author_id", "owner_id", "locale"})
public record InternalArticleRequest(
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("author_id") Long authorId,
        @JsonProperty("owner_id") Long ownerId,
        @JsonProperty("locale") String locale) {

    /**
     * @param title the title
     * @param authorId the author's admin id (an integer id)
     * @param ownerId the owner's admin id (an integer id)
     * @return a create request
     * @throws IllegalArgumentException if the title is blank or an id is not an integer id
     */
    public static InternalArticleRequest create(String title, String authorId, String ownerId) {
        return new InternalArticleRequest(requireTitle(title), null, adminId(authorId, "authorId"),
                adminId(ownerId, "ownerId"), null);
    }

    /** @return an update request that changes nothing yet */
    public static InternalArticleRequest update() {
        return new InternalArticleRequest(null, null, null, null, null);
    }

    /**
     * @param newTitle the title
     * @return a copy with that title
     * @throws IllegalArgumentException if it is blank
     */
    public InternalArticleRequest title(String newTitle) {
        return new InternalArticleRequest(requireTitle(newTitle), body, authorId, ownerId, locale);
    }

    /**
     * @param html the HTML body
     * @return a copy with that body
     */
    public InternalArticleRequest body(String html) {
        return new InternalArticleRequest(title, java.util.Objects.requireNonNull(html, "body"), authorId, ownerId, locale);
    }

    /**
     * @param adminId the author's admin id
     * @return a copy with that author
     * @throws IllegalArgumentException if it is not an integer id
     */
    public InternalArticleRequest author(String adminId) {
        return new InternalArticleRequest(title, body, adminId(adminId, "authorId"), ownerId, locale);
    }

    /**
     * @param adminId the owner's admin id
     * @return a copy with that owner
     * @throws IllegalArgumentException if it is not an integer id
     */
    public InternalArticleRequest owner(String adminId) {
        return new InternalArticleRequest(title, body, authorId, adminId(adminId, "ownerId"), locale);
    }

    /**
     * @param newLocale the locale, for example {@code en}
     * @return a copy with that locale
     * @throws IllegalArgumentException if it is blank
     */
    public InternalArticleRequest locale(String newLocale) {
        if (newLocale == null || newLocale.isBlank()) {
            throw new IllegalArgumentException("locale must not be blank");
        }
        return new InternalArticleRequest(title, body, authorId, ownerId, newLocale);
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        return title;
    }

    static Long adminId(String id, String name) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
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
