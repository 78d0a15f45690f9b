package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/**
 * An admin (teammate), as {@link AdminsClient#setAway} returns it. Fields this SDK does not type (avatar, team
 * priority level, ...) are in {@link #json()}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class Admin extends JsonModel {

    /** @param json the object as sent */
    public Admin(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code admin}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the admin's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the admin's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the admin's email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return the admin's job title, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String jobTitle() {
        return string("job_title");
    }

    /**
     * @return whether the admin is away, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean awayModeEnabled() {
        return bool("away_mode_enabled");
    }

    /**
     * @return whether new replies to the admin's conversations go to the default inbox, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean awayModeReassign() {
        return bool("away_mode_reassign");
    }

    /**
     * @return the away reason's id, or {@code null}: the schema says integer (nullable), the spec's example sends a
     *     string; both are read as text and written back as they came
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String awayStatusReasonId() {
        return id("away_status_reason_id");
    }

    /**
     * @return whether the admin has an inbox seat, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean hasInboxSeat() {
        return bool("has_inbox_seat");
    }

    /**
     * @return the ids of the admin's teams, or {@code null} when absent; an id that is not an integer of 64 bits (or a
     *     string of one) throws {@link dev.switchboard.core.DecodeException} when it is read
     * @throws dev.switchboard.core.DecodeException if it is not an array
     */
    public List<Long> teamIds() {
        List<String> ids = strings("team_ids");
        return ids == null ? null : new AbstractList<>() {
            @Override
            public Long get(int i) {
                String id = ids.get(i);
                if (id == null) {
                    return null;
                }
                try {
                    return Long.valueOf(id.strip());
                } catch (NumberFormatException e) {
                    throw new DecodeException("could not read Admin.team_ids[" + i + "]: expected a 64-bit integer id",
                            "", null);
                }
            }

            @Override
            public int size() {
                return ids.size();
            }
        };
    }

    /**
     * @return the away reason's id, when there is one
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public Optional<String> awayStatusReason() {
        return Optional.ofNullable(awayStatusReasonId());
    }

    /**
     * @return whether the admin is away ({@code away_mode_enabled: true})
     * @throws dev.switchboard.core.DecodeException if {@code away_mode_enabled} is not a boolean
     */
    public boolean isAway() {
        return Boolean.TRUE.equals(awayModeEnabled());
    }
}
