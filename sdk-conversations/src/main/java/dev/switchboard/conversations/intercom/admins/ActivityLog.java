package dev.switchboard.conversations.intercom.admins;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;

/**
 * One admin activity ({@code activity_log}).
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ActivityLog extends JsonModel {

    /** @param json the object as sent */
    public ActivityLog(JsonObject json) {
        super(json);
    }

    /**
     * @return the activity's id (a number is read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the admin who did it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public PerformedBy performedBy() {
        return object("performed_by", PerformedBy::new);
    }

    /**
     * @return details, varying with the activity type, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public ActivityLogMetadata metadata() {
        return object("metadata", ActivityLogMetadata::new);
    }

    /**
     * @return when it happened, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return what happened (open: unknown values are kept), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public ActivityType activityType() {
        return openEnum("activity_type", ActivityType::of);
    }

    /**
     * @return a sentence describing it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String activityDescription() {
        return string("activity_description");
    }

    /**
     * The admin who performed an activity.
     *
     * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
     */
    public static final class PerformedBy extends JsonModel {

        /** @param json the object as sent */
        public PerformedBy(JsonObject json) {
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
         * @return the admin's email, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String email() {
            return string("email");
        }

        /**
         * @return the IP address the admin acted from, or {@code null}
         * @throws dev.switchboard.core.DecodeException if it is not a string
         */
        public String ip() {
            return string("ip");
        }
    }
}
