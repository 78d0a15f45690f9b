package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A chat user of a type this SDK does not know (or with no type), kept whole.
 *
 * @param id the user's id
 * @param type the type as sent, or {@code null}
 * @param name the display name
 * @param extra every other field
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record UnknownUser(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements User {

    /** Keeps the fields immutable. */
    public UnknownUser {
        extra = Extras.of(extra);
    }
}
