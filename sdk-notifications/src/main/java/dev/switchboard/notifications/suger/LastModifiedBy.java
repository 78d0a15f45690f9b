package dev.switchboard.notifications.suger;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;

/**
 * Who created or triggered a {@link NotificationEvent}: a user or an API client (the spec's {@code LastModifiedBy}).
 * Note the spelling {@code entityId} here against {@code entityID} on the event itself.
 *
 * <p>A typed view over the {@code createdBy} object (see {@link JsonModel}), written back exactly as sent.
 */
public final class LastModifiedBy extends JsonModel {

    /** @param json the {@code createdBy} object as sent */
    public LastModifiedBy(JsonObject json) {
        super(json);
    }

    /**
     * @return the creator's email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code email} is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return the creator's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityId} is neither a string nor an integer
     */
    public String entityId() {
        return id("entityId");
    }

    /**
     * @return the creator's kind, usually {@link EntityType#USER} or {@link EntityType#API_CLIENT}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code entityType} is not a string
     */
    public EntityType entityType() {
        return openEnum("entityType", EntityType::of);
    }

    /**
     * @return the creator's name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if {@code name} is not a string
     */
    public String name() {
        return string("name");
    }
}
