package dev.switchboard.conversations.intercom.helpcenter;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.spi.Checks;
import java.util.Objects;

/**
 * A collection's (or section's) name and description in one locale ({@code group_content}), a value of
 * {@link GroupTranslatedContent}. Received with a collection, or made with {@link #of(String)} to send in a
 * {@link HelpCenterCollectionRequest#translation(String, GroupContent)}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included;
 * a {@code with…} copy changes that one field and keeps every other exactly.
 */
public final class GroupContent extends JsonModel {

    /** @param json the object as sent */
    public GroupContent(JsonObject json) {
        super(json);
    }

    /**
     * @param name the name in this locale
     * @return content with only that name, to send
     * @throws IllegalArgumentException if the name is blank
     */
    public static GroupContent of(String name) {
        return new GroupContent(JsonObject.of("name", Checks.notBlank(name, "name")));
    }

    /**
     * @param newName the name
     * @return a copy with that name
     * @throws IllegalArgumentException if it is blank
     */
    public GroupContent withName(String newName) {
        return new GroupContent(json().with("name", Checks.notBlank(newName, "name")));
    }

    /**
     * @param text the description (collections only; sections have none)
     * @return a copy with that description
     */
    public GroupContent withDescription(String text) {
        return new GroupContent(json().with("description", Objects.requireNonNull(text, "description")));
    }

    /**
     * @return {@code group_content}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the name in this locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the description in this locale, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }
}
