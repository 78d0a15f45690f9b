package dev.switchboard.conversations.intercom;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * The first response time of an assigned team ({@code conversation_response_time}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class TeamResponseTime extends JsonModel {

    /** @param json the object as sent */
    public TeamResponseTime(JsonObject json) {
        super(json);
    }

    /**
     * @return the team's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long teamId() {
        return longNumber("team_id");
    }

    /**
     * @return the team's name ({@code Unassigned} when no team was assigned), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String teamName() {
        return string("team_name");
    }

    /**
     * @return the first response time in seconds, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 64 bits
     */
    public Long responseTime() {
        return longNumber("response_time");
    }
}
