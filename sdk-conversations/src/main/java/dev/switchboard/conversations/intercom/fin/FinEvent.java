package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * An event of a Fin Agent API conversation, delivered over the SSE stream ({@link FinEventStream}) or by webhook
 * (sdk-webhooks decodes those into these same types), so one handler serves both transports:
 *
 * <pre>{@code
 * void handle(FinEvent event) {
 *     if (event instanceof FinReplyChunk chunk) {
 *         ui.replaceDraft(chunk.streamId(), chunk.chunkText());      // cumulative: replace, do not append
 *     } else if (event instanceof FinReplied replied) {
 *         ui.showAnswer(replied.streamId(), replied.message().body()); // the final HTML supersedes the draft
 *     } else if (event instanceof FinStatusUpdated status) {
 *         ...
 *     } else if (event instanceof FinCsatRequested csat) {
 *         ui.askRating(csat.options());
 *     } else if (event instanceof UnknownFinEvent unknown) {
 *         log.debug("new Fin event {}", unknown.eventName());
 *     }
 * }
 * }</pre>
 *
 * <p>Every event is a typed view over the event's JSON: {@link #json()} is exactly what Intercom sent, and a field of
 * an unexpected type fails only its own accessor, with a {@link dev.switchboard.core.DecodeException}.
 */
public sealed interface FinEvent permits FinStatusUpdated, FinReplied, FinReplyChunk, FinCsatRequested, UnknownFinEvent {
    /** {@code fin_status_updated} */
    String STATUS_UPDATED = "fin_status_updated";
    /** {@code fin_replied} */
    String REPLIED = "fin_replied";
    /** {@code fin_reply_chunk} */
    String REPLY_CHUNK = "fin_reply_chunk";
    /** {@code csat_requested} */
    String CSAT_REQUESTED = "csat_requested";

    /** @return {@code event_name} as sent, or {@code null} when missing or not a string */
    default String eventName() {
        return json().get("event_name") instanceof String s ? s : null;
    }

    /**
     * @return your conversation id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    String conversationId();

    /**
     * @return {@code created_at_ms}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a timestamp
     */
    Instant createdAt();

    /** @return the event's JSON, exactly as received */
    JsonObject json();

    /**
     * Chooses the type by {@code event_name}; anything else (a new event, a missing or non-string name) is an
     * {@link UnknownFinEvent} keeping its JSON.
     *
     * @param json one event object
     * @return the typed event; never null
     * @throws NullPointerException if {@code json} is null
     */
    static FinEvent of(JsonObject json) {
        Object name = json.get("event_name");
        if (STATUS_UPDATED.equals(name)) {
            return new FinStatusUpdated(json);
        }
        if (REPLIED.equals(name)) {
            return new FinReplied(json);
        }
        if (REPLY_CHUNK.equals(name)) {
            return new FinReplyChunk(json);
        }
        if (CSAT_REQUESTED.equals(name)) {
            return new FinCsatRequested(json);
        }
        return new UnknownFinEvent(json);
    }

    /**
     * Parses one event's JSON text (an SSE {@code data} field or a webhook body).
     *
     * @param json the bytes
     * @return the typed event
     * @throws dev.switchboard.core.DecodeException if it is not a JSON object
     */
    static FinEvent parse(byte[] json) {
        return of(dev.switchboard.core.json.Json.object(json, "Fin event"));
    }
}
