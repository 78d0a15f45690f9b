package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/** The {@code message} of a {@link FinReplied} event: Fin's answer as HTML. A typed view over its JSON. */
public final class FinReplyMessage extends JsonModel {

    /** @param json the object as sent */
    public FinReplyMessage(JsonObject json) {
        super(json);
    }

    /**
     * @return the message's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string or an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the author, {@code fin}; unknown values kept; or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public FinAuthor author() {
        return openEnum("author", FinAuthor::of);
    }

    /**
     * @return the HTML body of the answer, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String body() {
        return string("body");
    }

    /**
     * @return {@code timestamp_ms}: when Fin wrote it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a timestamp
     */
    public Instant timestamp() {
        return instant("timestamp_ms");
    }
}
