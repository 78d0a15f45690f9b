package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The SLA applied to a conversation ({@code sla_applied}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class SlaApplied extends JsonModel {

    /** @param json the object as sent */
    public SlaApplied(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code conversation_sla_summary}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the SLA's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String slaName() {
        return string("sla_name");
    }

    /**
     * @return {@code hit}, {@code missed}, {@code cancelled}, {@code active}, ... (kept as sent); {@code null} when an
     *     SLA event was cancelled
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String slaStatus() {
        return string("sla_status");
    }
}
