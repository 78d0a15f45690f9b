package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * {@code fin_reply_chunk} (SSE only, when streaming is enabled): the plain text of Fin's answer so far. Chunks are
 * cumulative — each one replaces the previous one of the same {@link #streamId()} — and the {@link FinReplied} with
 * that stream id replaces them all with the final HTML. A typed view over its JSON.
 */
public final class FinReplyChunk extends JsonModel implements FinEvent {

    /** @param json the event as sent */
    public FinReplyChunk(JsonObject json) {
        super(json);
    }

    @Override
    public String conversationId() {
        return id("conversation_id");
    }

    /**
     * @return the id shared by the chunks of one answer and its {@link FinReplied}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String streamId() {
        return id("stream_id");
    }

    /**
     * @return the 0-based, contiguous position of this chunk in its stream, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a 32-bit integer
     */
    public Integer chunkIndex() {
        return integer("chunk_index");
    }

    /**
     * @return the whole answer so far as plain text (not a delta), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String chunkText() {
        return string("chunk_text");
    }

    /**
     * @return the status, {@code replying}; unknown values kept; or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public FinStatus status() {
        return openEnum("status", FinStatus::of);
    }

    @Override
    public Instant createdAt() {
        return instant("created_at_ms");
    }
}
