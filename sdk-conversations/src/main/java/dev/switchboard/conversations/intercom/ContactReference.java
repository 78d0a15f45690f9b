package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A contact attached to a conversation or ticket.
 *
 * @param type {@code contact}
 * @param id the contact's Intercom id
 * @param externalId the contact's id in your system, or {@code null}
 * @param extra fields this SDK does not know
 */
public record ContactReference(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("external_id") String externalId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ContactReference {
        extra = Extras.of(extra);
    }
}
