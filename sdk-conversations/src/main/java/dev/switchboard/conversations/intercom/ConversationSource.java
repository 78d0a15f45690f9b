package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The message that started a conversation ({@code conversation_source}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConversationSource extends JsonModel {

    /** @param json the object as sent */
    public ConversationSource(JsonObject json) {
        super(json);
    }

    /**
     * @return the channel: {@code conversation}, {@code email}, {@code facebook}, {@code instagram},
     *     {@code phone_call}, {@code phone_switch}, {@code push}, {@code sms}, {@code twitter}, {@code whatsapp}, ...
     *     (kept as sent), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the id of the message (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return how it was initiated, for example {@code customer_initiated} or {@code admin_initiated}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String deliveredAs() {
        return string("delivered_as");
    }

    /**
     * @return the subject, often {@code ""}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String subject() {
        return string("subject");
    }

    /**
     * @return the body, which may contain HTML, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return who wrote it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public PartAuthor author() {
        return object("author", PartAuthor::new);
    }

    /**
     * @return its attachments, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Attachment> attachments() {
        return list("attachments", Attachment::new);
    }

    /**
     * @return where the conversation was started, or {@code null} (the API sends the {@code null})
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String url() {
        return string("url");
    }

    /**
     * @return whether the message was redacted, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean redacted() {
        return bool("redacted");
    }
}
