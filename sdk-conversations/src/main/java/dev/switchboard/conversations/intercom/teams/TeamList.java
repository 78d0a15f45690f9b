package dev.switchboard.conversations.intercom.teams;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * The answer of {@code GET /teams} ({@code team_list}: {@code type: team.list}, unpaginated).
 * {@link TeamsClient#list()} returns its teams; the envelope is here for code that decodes responses itself.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class TeamList extends JsonModel {

    /** @param json the object as sent */
    public TeamList(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code team.list}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the teams, or {@code null} when absent
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not an object throws when
     *     it is read
     */
    public List<Team> teams() {
        return list("teams", Team::new);
    }
}
