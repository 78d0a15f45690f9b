package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * {@code fin_status_updated}: Fin's status changed to {@code escalated} (handed to a human; see {@link #reason()}),
 * {@code resolved} or {@code complete} (Fin is done and control passes back to you). A typed view over its JSON.
 */
public final class FinStatusUpdated extends JsonModel implements FinEvent {

    /** @param json the event as sent */
    public FinStatusUpdated(JsonObject json) {
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
     * @return the new status, unknown values kept, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public FinStatus status() {
        return openEnum("status", FinStatus::of);
    }

    /**
     * @return why the conversation was escalated (only with {@code escalated}), for example
     *     {@code "Escalation requested by user"}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String reason() {
        return string("reason");
    }

    @Override
    public Instant createdAt() {
        return instant("created_at_ms");
    }
}
