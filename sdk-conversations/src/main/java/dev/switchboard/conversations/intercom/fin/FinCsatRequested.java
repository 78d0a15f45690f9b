package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * {@code csat_requested}: Fin asks the user to rate the conversation. Show the {@link #options()} (their labels and
 * emoji) and send the chosen option's key with {@link FinAgentClient#csat(FinCsatRequest)}. Over SSE it arrives
 * after {@code complete}, and the stream's token is revoked once it is sent. A typed view over its JSON.
 */
public final class FinCsatRequested extends JsonModel implements FinEvent {

    /** @param json the event as sent */
    public FinCsatRequested(JsonObject json) {
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
     * @return {@code csat.options}: the ordered rating options; empty when missing
     * @throws dev.switchboard.core.DecodeException if {@code csat} is not an object, or {@code options} not an array
     *     of objects
     */
    public List<CsatOption> options() {
        Survey csat = object("csat", Survey::new);
        return csat == null ? List.of() : csat.options();
    }

    /** No {@code created_at_ms} is documented on this event; returns it when Intercom sends one. */
    @Override
    public Instant createdAt() {
        return instant("created_at_ms");
    }

    /** The {@code csat} object. */
    static final class Survey extends JsonModel {
        Survey(JsonObject json) {
            super(json);
        }

        List<CsatOption> options() {
            return listOrEmpty("options", CsatOption::new);
        }
    }
}
