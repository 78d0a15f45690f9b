package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * A quick-reply button ({@code quick_reply_option}): sent in an admin's {@code quick_reply} ({@code reply_options}),
 * chosen in a contact's reply, and found in a part's {@link ConversationPartMetadata#quickReplyOptions()} with its
 * translations.
 *
 * <pre>{@code
 * List<QuickReplyOption> options = List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No"));
 * }</pre>
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): an option received is written back exactly as it came,
 * unknown fields included; one made with {@link #of(String, String)} is {@code {"text": ..., "uuid": ...}}.
 */
public final class QuickReplyOption extends JsonModel {

    /** @param json the object as sent */
    public QuickReplyOption(JsonObject json) {
        super(json);
    }

    /**
     * @param text the label
     * @return an option with a new random UUID
     * @throws IllegalArgumentException if the text is blank
     */
    public static QuickReplyOption of(String text) {
        return of(text, UUID.randomUUID().toString());
    }

    /**
     * @param text the label
     * @param uuid the option's id, a UUID
     * @return the option
     * @throws IllegalArgumentException if the text is blank or the uuid is not a UUID
     */
    public static QuickReplyOption of(String text, String uuid) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quick reply option text must not be blank");
        }
        checkUuid(uuid);
        return new QuickReplyOption(JsonObject.of("text", text, "uuid", uuid));
    }

    /**
     * @return the label, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String text() {
        return string("text");
    }

    /**
     * @return the option's id, which the contact's answer refers to, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String uuid() {
        return string("uuid");
    }

    /**
     * @return in part metadata: the label per language as raw JSON (a {@link JsonObject}), for example
     *     {@code {"en": "Yes", "fr": "Oui"}}; {@code null} elsewhere
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> translations() {
        return rawObject("translations");
    }

    static void checkUuid(String uuid) {
        try {
            UUID.fromString(uuid == null ? "" : uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quick reply option uuid must be a UUID, was '" + uuid + "'");
        }
    }
}
