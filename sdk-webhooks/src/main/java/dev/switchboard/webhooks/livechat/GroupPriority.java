package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * An agent's or bot's membership of a group.
 *
 * @param id the group id (an integer)
 * @param priority {@code first}, {@code normal}, {@code last} or {@code supervisor}
 * @param extra fields this SDK does not know
 */
public record GroupPriority(
        @JsonProperty("id") Integer id,
        @JsonProperty("priority") String priority,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public GroupPriority {
        extra = Extras.of(extra);
    }
}
