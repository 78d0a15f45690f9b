package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * An event this SDK does not know (a new {@code event_name}, or none), kept whole: read it from {@link #json()}.
 */
public final class UnknownFinEvent extends JsonModel implements FinEvent {

    /** @param json the event as sent */
    public UnknownFinEvent(JsonObject json) {
        super(json);
    }

    @Override
    public String conversationId() {
        return id("conversation_id");
    }

    @Override
    public Instant createdAt() {
        return instant("created_at_ms");
    }
}
