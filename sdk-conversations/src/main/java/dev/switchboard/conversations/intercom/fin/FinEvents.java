package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonObject;

/** Chooses the event type, falling back on the SSE {@code event:} field when the JSON has no {@code event_name}. */
final class FinEvents {
    private FinEvents() {
    }

    static FinEvent of(JsonObject json, String sseType) {
        if (!json.containsKey("event_name") && sseType != null) {
            switch (sseType) {
                case FinEvent.STATUS_UPDATED:
                    return new FinStatusUpdated(json);
                case FinEvent.REPLIED:
                    return new FinReplied(json);
                case FinEvent.REPLY_CHUNK:
                    return new FinReplyChunk(json);
                case FinEvent.CSAT_REQUESTED:
                    return new FinCsatRequested(json);
                default:
                    break;
            }
        }
        return FinEvent.of(json);
    }
}
