package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * {@code fin_replied}: Fin answered the user; its status is now {@code awaiting_user_reply}. When the answer was
 * streamed, {@link #streamId()} names the {@link FinReplyChunk}s it supersedes: show {@link FinReplyMessage#body()}
 * (HTML) in place of their plain text. A typed view over its JSON.
 */
public final class FinReplied extends JsonModel implements FinEvent {

    /** @param json the event as sent */
    public FinReplied(JsonObject json) {
        super(json);
    }

    @Override
    public String conversationId() {
        return id("conversation_id");
    }

    /**
     * @return the user's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String userId() {
        return id("user_id");
    }

    /**
     * @return Fin's answer, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public FinReplyMessage message() {
        return object("message", FinReplyMessage::new);
    }

    /**
     * @return the status, {@code awaiting_user_reply}; unknown values kept; or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public FinStatus status() {
        return openEnum("status", FinStatus::of);
    }

    /**
     * @return the id shared with the chunks of a streamed answer, or {@code null} when it was not streamed
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String streamId() {
        return id("stream_id");
    }

    @Override
    public Instant createdAt() {
        return instant("created_at_ms");
    }
}
