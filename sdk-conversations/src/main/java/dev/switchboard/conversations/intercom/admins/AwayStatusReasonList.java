package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /away_status_reasons} ({@code away_status_reason_list}, unpaginated).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class AwayStatusReasonList extends JsonModel {

    /** @param json the object as sent */
    public AwayStatusReasonList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the reasons, soft-deleted ones included, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<AwayStatusReason> data() {
        return list("data", AwayStatusReason::new);
    }
}
