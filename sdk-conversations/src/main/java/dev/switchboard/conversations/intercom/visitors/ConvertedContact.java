package dev.switchboard.conversations.intercom.visitors;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * The contact a visitor became ({@code POST /visitors/convert} answers a {@code contact}): a small view of its
 * identity; the whole contact (location, devices, tags, notes, companies, subscriptions...) is in {@link #json()}.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class ConvertedContact extends JsonModel {

    /** @param json the object as sent */
    public ConvertedContact(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code contact}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return Intercom's id of the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return the workspace's id, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String workspaceId() {
        return id("workspace_id");
    }

    /**
     * @return your id of the contact, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String externalId() {
        return id("external_id");
    }

    /**
     * @return {@code user} or {@code lead}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String role() {
        return string("role");
    }

    /**
     * @return its email, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String email() {
        return string("email");
    }

    /**
     * @return its name, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return when it was created, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant createdAt() {
        return instant("created_at");
    }

    /**
     * @return when it last changed, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither epoch seconds nor an ISO-8601 timestamp
     */
    public Instant updatedAt() {
        return instant("updated_at");
    }

    /**
     * @return its custom attributes with their JSON types, read-only, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an object
     */
    public Map<String, Object> customAttributes() {
        return rawObject("custom_attributes");
    }
}
