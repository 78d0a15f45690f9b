package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * A message an admin sent ({@code message}), as returned by {@link MessagesClient#create(CreateMessage)}. Fields this
 * SDK does not type (for example {@code owner}) are in {@link #json()}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Message extends JsonModel {

    /** @param json the object as sent */
    public Message(JsonObject json) {
        super(json);
    }

    /**
     * @return for example {@code admin_message} or {@code user_message}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the message's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return the subject of an email, else usually {@code null}
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
     * @return {@code email}, {@code inapp} (also read as {@code in_app}), {@code facebook}, {@code twitter} (open:
     *     unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public MessageType messageType() {
        return openEnum("message_type", MessageType::of);
    }

    /**
     * @return the conversation it belongs to, when the API says
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String conversationId() {
        return id("conversation_id");
    }
}
