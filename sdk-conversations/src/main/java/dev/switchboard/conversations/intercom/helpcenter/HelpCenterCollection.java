package dev.switchboard.conversations.intercom.helpcenter;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A Help Center collection ({@code collection}): a top-level container of articles, or, with a
 * {@link #parentId() parent}, a section inside one. For a multilingual Help Center the name, description and URL are
 * those of the default locale ({@link #defaultLocale()}), and {@link #translatedContent()} holds every locale.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class HelpCenterCollection extends JsonModel {

    /** @param json the object as sent */
    public HelpCenterCollection(JsonObject json) {
        super(json);
    }

    /**
     * @return the collection's id (a number is read as its digits), or {@code null}
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
     * @return the name (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the description (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
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
     * @return its URL (of the default locale), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return its icon, for example {@code book-bookmark}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String icon() {
        return string("icon");
    }

    /**
     * @return its place among its siblings, from {@code 0} (a string of digits, as the spec's example sends it, is read
     *     too), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a 32-bit integer
     */
    public Integer order() {
        return integer("order");
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
    public GroupTranslatedContent translatedContent() {
        return object("translated_content", GroupTranslatedContent::new);
    }

    /**
     * @return the parent collection's id (a number is read as its digits), or {@code null} for a top-level collection
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String parentId() {
        return id("parent_id");
    }

    /**
     * @return the id of the Help Center it is in (a number is read as its digits), or {@code null} (sections are sent
     *     without one)
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String helpCenterId() {
        return id("help_center_id");
    }
}
