package dev.switchboard.conversations.intercom.customobjects;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * An instance of a custom object type ({@code custom_object_instance}), for example an {@code Order}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class CustomObjectInstance extends JsonModel {

    /** @param json the object as sent */
    public CustomObjectInstance(JsonObject json) {
        super(json);
    }

    /**
     * @return Intercom's id of the instance (the spec's example is a number; read as its digits), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return your id of the instance, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String externalId() {
        return id("external_id");
    }

    /**
     * @return the custom object type's identifier, for example {@code Order}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return when it was created in your system, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant externalCreatedAt() {
        return instant("external_created_at");
    }

    /**
     * @return when it last changed in your system, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant externalUpdatedAt() {
        return instant("external_updated_at");
    }

    /**
     * @return when Intercom created it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when Intercom last updated it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return its custom attributes with their JSON types (the schema says strings; Intercom's own example sends
     *     {@code "total_amount": 99.99}, kept as that number), read-only, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }
}
