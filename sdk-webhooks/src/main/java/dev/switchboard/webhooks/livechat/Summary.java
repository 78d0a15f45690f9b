package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;

/** A thread's AI summary (3.6). */
public final class Summary extends LiveChatModel {

    /** @param json the object as sent */
    public Summary(JsonObject json) {
        super(json);
    }

    /** @return for example {@code ok} */
    public String status() {
        return string("status");
    }

    /** @return the summary */
    public String text() {
        return string("text");
    }

    /**
     * @return when it was written, its text kept as sent
     * @throws DecodeException if it is not a string
     */
    public Timestamp updatedAt() {
        return timestamp("updated_at");
    }
}
