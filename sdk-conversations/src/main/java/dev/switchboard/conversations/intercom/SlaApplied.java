package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The SLA applied to a conversation ({@code sla_applied}).
 *
 * @param type {@code conversation_sla_summary}
 * @param slaName the SLA's name
 * @param slaStatus {@code hit}, {@code missed}, {@code cancelled}, {@code active}, ... (kept as sent); {@code null}
 *     when an SLA event was cancelled
 * @param extra fields this SDK does not know
 */
public record SlaApplied(
        @JsonProperty("type") String type,
        @JsonProperty("sla_name") String slaName,
        @JsonProperty("sla_status") String slaStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public SlaApplied {
        extra = Extras.of(extra);
    }
}
