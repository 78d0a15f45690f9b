package dev.switchboard.conversations.intercom.visitors;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code PUT /visitors} ({@code update_visitor_request}): the visitor, named by Intercom's {@code id} or
 * its {@code user_id} in the body (the path has no id), and what to change: its name and custom attributes. Custom
 * attribute values keep their JSON types ({@code Boolean}s and {@code Number}s are never sent as text; {@code null}
 * clears one). Only what is set is sent; something must be.
 *
 * <pre>{@code
 * VisitorUpdate u = VisitorUpdate.byUserId("3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3")
 *         .name("Gareth Bale")
 *         .customAttribute("paid_subscriber", true)
 *         .build();
 * }</pre>
 */
public final class VisitorUpdate {
    private final Map<String, Object> json;

    private VisitorUpdate(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param id Intercom's id of the visitor
     * @return a builder of an update of that visitor
     * @throws IllegalArgumentException if it is blank
     */
    public static Builder byId(String id) {
        return new Builder("id", Checks.notBlank(id, "id"));
    }

    /**
     * @param userId the visitor's {@code user_id}
     * @return a builder of an update of that visitor
     * @throws IllegalArgumentException if it is blank
     */
    public static Builder byUserId(String userId) {
        return new Builder("user_id", Checks.notBlank(userId, "userId"));
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "VisitorUpdate{fields " + json.keySet() + "}";
    }

    /** Builds a {@link VisitorUpdate}; not thread-safe. */
    public static final class Builder {
        private final String idField;
        private final String id;
        private String name;
        private Map<String, Object> customAttributes;

        private Builder(String idField, String id) {
            this.idField = idField;
            this.id = id;
        }

        /**
         * @param name the visitor's name
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder name(String name) {
            this.name = Checks.notBlank(name, "name");
            return this;
        }

        /**
         * @param attribute a custom attribute's name
         * @param value a string, number, boolean or {@code null} (which clears it)
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value is of another kind
         */
        public Builder customAttribute(String attribute, Object value) {
            Checks.notBlank(attribute, "custom attribute name");
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("custom attribute " + attribute
                        + " must be a string, number, boolean or null, was " + value.getClass().getSimpleName());
            }
            if (customAttributes == null) {
                customAttributes = new LinkedHashMap<>();
            }
            customAttributes.put(attribute, value);
            return this;
        }

        /**
         * @param attributes custom attributes, as {@link #customAttribute(String, Object)} takes them
         * @return this builder
         */
        public Builder customAttributes(Map<String, ?> attributes) {
            Objects.requireNonNull(attributes, "customAttributes").forEach(this::customAttribute);
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException if neither a name nor a custom attribute is set
         */
        public VisitorUpdate build() {
            if (name == null && customAttributes == null) {
                throw new IllegalArgumentException("a visitor update needs a name or a custom attribute");
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(idField, id);
            if (name != null) {
                json.put("name", name);
            }
            if (customAttributes != null) {
                json.put("custom_attributes", Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
            }
            return new VisitorUpdate(Collections.unmodifiableMap(json));
        }
    }
}
