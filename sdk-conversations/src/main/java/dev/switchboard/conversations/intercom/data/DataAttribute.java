package dev.switchboard.conversations.intercom.data;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * A data attribute ({@code data_attribute}): a standard or custom attribute of contacts, companies or conversations.
 * Only custom attributes have an {@link #id()}, an {@link #adminId()} and timestamps.
 *
 * <p>A typed view over its JSON (see {@link JsonModel}): written back exactly as received, unknown fields included.
 */
public final class DataAttribute extends JsonModel {

    /** @param json the object as sent */
    public DataAttribute(JsonObject json) {
        super(json);
    }

    /**
     * @return {@code data_attribute}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String type() {
        return string("type");
    }

    /**
     * @return the id of a custom attribute (an integer in the API, read as its digits), or {@code null} for a standard
     *     one
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String id() {
        return id("id");
    }

    /**
     * @return {@code contact}, {@code company} or {@code conversation} (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public DataAttributeModel model() {
        return openEnum("model", DataAttributeModel::of);
    }

    /**
     * @return the attribute's name, for example {@code paid_subscriber}, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String name() {
        return string("name");
    }

    /**
     * @return the full name, for example {@code custom_attributes.paid_subscriber} (split on {@code .} for nested
     *     attributes), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String fullName() {
        return string("full_name");
    }

    /**
     * @return the name shown in Intercom's UI, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String label() {
        return string("label");
    }

    /**
     * @return the description, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public String description() {
        return string("description");
    }

    /**
     * @return the data type (open), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a string
     */
    public DataAttributeType dataType() {
        return openEnum("data_type", DataAttributeType::of);
    }

    /**
     * @return the predefined values of a list attribute (read-only), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not an array; an element that is not a string throws when
     *     it is read
     */
    public List<String> options() {
        return strings("options");
    }

    /**
     * @return whether the API may write it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean apiWritable() {
        return bool("api_writable");
    }

    /**
     * @return whether the Messenger may write it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean messengerWritable() {
        return bool("messenger_writable");
    }

    /**
     * @return whether Intercom's UI may write it, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean uiWritable() {
        return bool("ui_writable");
    }

    /**
     * @return whether it is a custom attribute, or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean custom() {
        return bool("custom");
    }

    /**
     * @return whether it is archived (custom attributes only), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is not a boolean
     */
    public Boolean archived() {
        return bool("archived");
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
     * @return the teammate who created it (custom attributes only), or {@code null}
     * @throws dev.switchboard.core.DecodeException if it is neither a string nor an integer
     */
    public String adminId() {
        return id("admin_id");
    }
}
