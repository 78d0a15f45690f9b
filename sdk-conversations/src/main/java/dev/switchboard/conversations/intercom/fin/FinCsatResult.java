package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The answer of {@code POST /fin/csat}: the rating now recorded. A typed view over its JSON (see {@link JsonModel}).
 */
public final class FinCsatResult extends JsonModel {

    /** @param json the object as sent */
    public FinCsatResult(JsonObject json) {
        super(json);
    }

    /**
     * @return your conversation id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String conversationId() {
        return id("conversation_id");
    }

    /**
     * @return the rating recorded (unknown keys kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public CsatRating rating() {
        return openEnum("rating", CsatRating::of);
    }

    /**
     * @return the result, {@code rated} so far, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String status() {
        return string("status");
    }

    /** @return whether {@code status} is {@code rated} */
    public boolean isRated() {
        return "rated".equals(json().get("status"));
    }
}
