package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A conversation or ticket linked to this one ({@code linked_object}).
 *
 * @param type {@code ticket} or {@code conversation} (kept as sent)
 * @param id its id
 * @param category for tickets: {@code Customer}, {@code Back-office}, {@code Tracker} (kept as sent), or {@code null}
 * @param extra fields this SDK does not know
 */
public record LinkedObject(
        @JsonProperty("type") String type,
        @JsonProperty("id") String id,
        @JsonProperty("category") String category,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public LinkedObject {
        extra = Extras.of(extra);
    }
}
