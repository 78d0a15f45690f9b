package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/**
 * An admin (teammate): {@code admin}, as {@link AdminsClient#get}, {@link AdminsClient#list()} and
 * {@link AdminsClient#setAway} return it, and {@code admin_with_app}, as {@link AdminsClient#me()} returns it (with
 * {@link #app()} and {@link #emailVerified()}). The two schemas disagree on {@code avatar} (a URL string in
 * {@code admin}, an object {@code {type, image_url}} in {@code admin_with_app} and in lists asked with
 * {@code display_avatar=true}): {@link #avatarUrl()} reads both.
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
     * @return the avatar's image URL, from either form of {@code avatar}: the URL string of the {@code admin} schema or
     *     the {@code image_url} of the {@code {type: avatar, image_url}} object of {@code admin_with_app}; {@code null}
     *     when absent or null
     * @throws dev.switchboard.core.DecodeException if {@code avatar} is neither a string nor an object, or its
     *     {@code image_url} is not a string
     */
    public String avatarUrl() {
        if (raw("avatar") instanceof JsonObject) {
            return object("avatar", Avatar::new).imageUrl();
        }
        return string("avatar");
    }

    /**
     * @return whether the admin's email is verified ({@code admin_with_app}, from {@code GET /me}; do not accept a
     *     "Log in with Intercom" sign-in when it is not), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean emailVerified() {
        return bool("email_verified");
    }

    /**
     * @return the workspace of the token ({@code admin_with_app}, from {@code GET /me}), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public App app() {
        return object("app", App::new);
    }

    /**
     * @return the teams the admin is primary or secondary in, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public TeamPriorityLevel teamPriorityLevel() {
        return object("team_priority_level", TeamPriorityLevel::new);
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

    /** The object form of {@code avatar}, {@code {type: avatar, image_url}}; read by {@link #avatarUrl()}. */
    private static final class Avatar extends JsonModel {
        Avatar(JsonObject json) {
            super(json);
        }

        String imageUrl() {
            return string("image_url");
        }
    }

    /**
     * The teams an admin has priority in ({@code team_priority_level}); either list may be {@code null}.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class TeamPriorityLevel extends JsonModel {

        /** @param json the object as sent */
        public TeamPriorityLevel(JsonObject json) {
            super(json);
        }

        /**
         * @return the ids of the teams the admin is primary in (integers read as their digits), or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an array
         */
        public List<String> primaryTeamIds() {
            return strings("primary_team_ids");
        }

        /**
         * @return the ids of the teams the admin is secondary in (integers read as their digits), or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not an array
         */
        public List<String> secondaryTeamIds() {
            return strings("secondary_team_ids");
        }
    }
}
