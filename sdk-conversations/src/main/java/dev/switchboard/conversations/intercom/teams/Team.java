package dev.switchboard.conversations.intercom.teams;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A team ({@code team}): a group of admins, with how conversations are distributed among them.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Team extends JsonModel {

    /** @param json the object as sent */
    public Team(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code team}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the team's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the ids of the team's admins (the spec sends integers; each is read as its digits, and a string id is
     *     read as it is), or {@code null} when absent; an element of another type throws
     *     {@link dev.switchboard.core.DecodeException} when it is read
     * @throws dev.switchboard.core.DecodeException if it is not an array
     */
    public List<String> adminIds() {
        return strings("admin_ids");
    }

    /**
     * @return the admins' primary and secondary priority levels in the team, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public AdminPriorityLevel adminPriorityLevel() {
        return object("admin_priority_level", AdminPriorityLevel::new);
    }

    /**
     * @return the team's assignment limit, sent only when the team is load balanced; {@code null} otherwise
     * @throws dev.switchboard.core.DecodeException if it is not an integer of 32 bits
     */
    public Integer assignmentLimit() {
        return integer("assignment_limit");
    }

    /**
     * @return how assignments are distributed among the members, for example {@code round_robin}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String distributionMethod() {
        return string("distribution_method");
    }

    /**
     * The priority levels of a team's admins ({@code admin_priority_level}); either list may be {@code null}.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class AdminPriorityLevel extends JsonModel {

        /** @param json the object as sent */
        public AdminPriorityLevel(JsonObject json) {
            super(json);
        }

        /**
         * @return the ids of the primary admins (integers read as their digits), or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an array
         */
        public List<String> primaryAdminIds() {
            return strings("primary_admin_ids");
        }

        /**
         * @return the ids of the secondary admins (integers read as their digits), or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an array
         */
        public List<String> secondaryAdminIds() {
            return strings("secondary_admin_ids");
        }
    }
}
