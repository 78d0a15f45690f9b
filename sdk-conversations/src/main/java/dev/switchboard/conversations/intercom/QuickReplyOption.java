package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;
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
     * @param uuid the option's id: the spec declares a UUID, but the 2.14 changelog's own example uses
     *     {@code "1448547007"}, so any non-blank id is accepted
     * @return the option
     * @throws IllegalArgumentException if the text or the id is blank
     */
    public static QuickReplyOption of(String text, String uuid) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("quick reply option text must not be blank");
        }
        if (uuid == null || uuid.isBlank()) {
            throw new IllegalArgumentException("quick reply option uuid must not be blank");
        }
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
     * @return the option's id, which the contact's answer refers to (a UUID or, as in the changelog's example, digits),
     *     or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String uuid() {
        return id("uuid");
    }

    /**
     * @return in part metadata: the label per language as raw JSON (a {@link JsonObject}), for example
     *     {@code {"en": "Yes", "fr": "Oui"}}; {@code null} elsewhere
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> translations() {
        return rawObject("translations");
    }

    /**
     * Checks options about to be sent, as the API requires them ({@code text} and {@code uuid} both present): the
     * same rule for conversation and ticket replies, admins' quick replies and contacts' answers.
     *
     * @param options the options, or {@code null} for none
     * @param argument the argument's name, for the message
     * @throws IllegalArgumentException naming the argument and the option's index, if an option is null or its text
     *     or id is missing, blank or of the wrong JSON type
     */
    public static void checkAll(List<QuickReplyOption> options, String argument) {
        if (options == null) {
            return;
        }
        for (int i = 0; i < options.size(); i++) {
            QuickReplyOption o = options.get(i);
            if (o == null) {
                throw new IllegalArgumentException(argument + "[" + i + "] must not be null");
            }
            String text;
            String id;
            try {
                text = o.text();
                id = o.uuid();
            } catch (dev.switchboard.core.DecodeException e) {
                throw new IllegalArgumentException(argument + "[" + i + "]: " + e.getMessage());
            }
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(argument + "[" + i + "] needs a text");
            }
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(argument + "[" + i + "] needs a uuid (the option's id)");
            }
        }
    }
}
