package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.Map;

/**
 * A group of agents, as the configuration webhooks carry it: complete for {@code group_created}, the {@code id} and
 * changed fields for {@code group_updated}, the {@code id} for {@code group_deleted}. Group ids are integers.
 *
 * @param id the group's id
 * @param name its name (at most 180 characters)
 * @param languageCode its language, for example {@code en}
 * @param agentPriorities agent id to {@code first}, {@code normal}, {@code last} or {@code supervisor}
 * @param routingStatus (API responses) the group's routing status
 * @param extra fields this SDK does not know
 */
public record Group(
        @JsonProperty("id") Integer id,
        @JsonProperty("name") String name,
        @JsonProperty("language_code") String languageCode,
        @JsonProperty("agent_priorities") Map<String, String> agentPriorities,
        @JsonProperty("routing_status") String routingStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public Group {
        agentPriorities = Copies.map(agentPriorities);
        extra = Extras.of(extra);
    }
}
