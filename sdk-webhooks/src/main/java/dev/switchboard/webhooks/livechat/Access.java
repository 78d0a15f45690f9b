package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * Which groups can access a chat or thread.
 *
 * @param groupIds the group ids (integers; group 0 is all agents)
 * @param extra fields this SDK does not know
 */
public record Access(
        @JsonProperty("group_ids") List<Integer> groupIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list immutable. */
    public Access {
        groupIds = Copies.list(groupIds);
        extra = Extras.of(extra);
    }
}
