package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.UUID;

/**
 * A quick-reply button: sent in an admin's {@code quick_reply} ({@code reply_options}), chosen in a contact's reply,
 * and found in a part's {@link ConversationPartMetadata#quickReplyOptions()} with its translations.
 *
 * <pre>{@code
 * List<QuickReplyOption> options = List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No"));
 * }</pre>
 *
 * @param text the label
 * @param uuid the option's id; the contact's answer refers to it
 * @param translations in part metadata: the label per language, for example {@code {"en": "Yes", "fr": "Oui"}};
 *     {@code null} elsewhere
 * @param extra fields this SDK does not know
 */
public record QuickReplyOption(
        @JsonProperty("text") String text,
        @JsonProperty("uuid") String uuid,
        @JsonProperty("translations") Map<String, Object> translations,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the maps immutable. */
    public QuickReplyOption {
        translations = Models.map(translations);
        extra = Extras.of(extra);
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
        return new QuickReplyOption(text, uuid, null, null);
    }

    static void checkUuid(String uuid) {
        try {
            UUID.fromString(uuid == null ? "" : uuid);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quick reply option uuid must be a UUID, was '" + uuid + "'");
        }
    }
}
