package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The first response time of an assigned team ({@code conversation_response_time}).
 *
 * @param teamId the team's id
 * @param teamName the team's name ({@code Unassigned} when no team was assigned)
 * @param responseTime the first response time in seconds
 * @param extra fields this SDK does not know
 */
public record TeamResponseTime(
        @JsonProperty("team_id") Long teamId,
        @JsonProperty("team_name") String teamName,
        @JsonProperty("response_time") Long responseTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public TeamResponseTime {
        extra = Extras.of(extra);
    }
}
