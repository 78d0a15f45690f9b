package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * An agent in a chat ({@code type: agent}).
 *
 * @param id the agent's id, usually an e-mail
 * @param type {@code agent}
 * @param name the display name
 * @param email the e-mail
 * @param avatar the avatar URL
 * @param present whether the agent is in the chat
 * @param eventsSeenUpTo up to when the agent has seen the chat's events
 * @param visibility {@code all} or {@code agents}
 * @param routingStatus ("my profile" only) the routing status, in either spelling
 * @param permission ("my profile" only) for example {@code administrator}
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record Agent(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("present") Boolean present,
        @JsonProperty("events_seen_up_to") Timestamp eventsSeenUpTo,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("routing_status") RoutingStatus routingStatus,
        @JsonProperty("permission") String permission,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements User {

    /** Keeps unknown fields immutable. */
    public Agent {
        extra = Extras.of(extra);
    }
}
