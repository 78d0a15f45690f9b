package dev.switchboard.conversations.intercom.customobjects;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /custom_object_instances/{type}} ({@code create_or_update_custom_object_instance_request}):
 * the instance with your {@code external_id} is created, or updated when it exists. The external timestamps are
 * three-state, as the schema marks them nullable: left out, sent as JSON {@code null}, or sent as epoch seconds; so
 * is {@code custom_attributes}. Custom attribute values keep their JSON types: a {@code Number} or {@code Boolean} is
 * never turned into text.
 *
 * <pre>{@code
 * CustomObjectInstanceRequest order = CustomObjectInstanceRequest.builder("ORDER-12345")
 *         .externalCreatedAt(Instant.parse("2026-04-30T10:00:00Z"))
 *         .customAttribute("order_number", "ORDER-12345")
 *         .customAttribute("total_amount", new BigDecimal("99.99"))
 *         .build();
 * }</pre>
 */
public final class CustomObjectInstanceRequest {
    private final String externalId;
    private final Map<String, Object> json;

    private CustomObjectInstanceRequest(String externalId, Map<String, Object> json) {
        this.externalId = externalId;
        this.json = json;
    }

    /**
     * @param externalId your id of the instance: the key of the create-or-update
     * @return a builder
     * @throws IllegalArgumentException if it is blank
     */
    public static Builder builder(String externalId) {
        return new Builder(Checks.notBlank(externalId, "externalId"));
    }

    /** @return your id of the instance */
    public String externalId() {
        return externalId;
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "CustomObjectInstanceRequest{" + externalId + ", fields " + json.keySet() + "}";
    }

    /** Builds a {@link CustomObjectInstanceRequest}; not thread-safe. */
    public static final class Builder {
        private final String externalId;
        private Patch<Instant> externalCreatedAt = Patch.absent();
        private Patch<Instant> externalUpdatedAt = Patch.absent();
        private Map<String, Object> customAttributes;
        private boolean clearCustomAttributes;

        private Builder(String externalId) {
            this.externalId = externalId;
        }

        /**
         * @param at when the instance was created in your system
         * @return this builder
         */
        public Builder externalCreatedAt(Instant at) {
            this.externalCreatedAt = Patch.of(Objects.requireNonNull(at, "externalCreatedAt"));
            return this;
        }

        /**
         * @param at absent (not sent), null ({@code "external_created_at": null}) or a time
         * @return this builder
         */
        public Builder externalCreatedAt(Patch<Instant> at) {
            this.externalCreatedAt = Objects.requireNonNull(at, "externalCreatedAt");
            return this;
        }

        /**
         * @param at when the instance last changed in your system
         * @return this builder
         */
        public Builder externalUpdatedAt(Instant at) {
            this.externalUpdatedAt = Patch.of(Objects.requireNonNull(at, "externalUpdatedAt"));
            return this;
        }

        /**
         * @param at absent (not sent), null ({@code "external_updated_at": null}) or a time
         * @return this builder
         */
        public Builder externalUpdatedAt(Patch<Instant> at) {
            this.externalUpdatedAt = Objects.requireNonNull(at, "externalUpdatedAt");
            return this;
        }

        /**
         * @param name an attribute of the custom object type
         * @param value a string, number, boolean or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value is of another kind
         */
        public Builder customAttribute(String name, Object value) {
            Checks.notBlank(name, "custom attribute name");
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("custom attribute " + name
                        + " must be a string, number, boolean or null, was " + value.getClass().getSimpleName());
            }
            if (customAttributes == null) {
                customAttributes = new LinkedHashMap<>();
            }
            customAttributes.put(name, value);
            clearCustomAttributes = false;
            return this;
        }

        /**
         * @param attributes attributes to set, as {@link #customAttribute(String, Object)} takes them
         * @return this builder
         */
        public Builder customAttributes(Map<String, ?> attributes) {
            Objects.requireNonNull(attributes, "customAttributes").forEach(this::customAttribute);
            return this;
        }

        /**
         * Sends {@code "custom_attributes": null} (the schema marks the field nullable); forgets attributes set so far.
         *
         * @return this builder
         */
        public Builder clearCustomAttributes() {
            customAttributes = null;
            clearCustomAttributes = true;
            return this;
        }

        /** @return the request */
        public CustomObjectInstanceRequest build() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("external_id", externalId);
            put(json, "external_created_at", externalCreatedAt);
            put(json, "external_updated_at", externalUpdatedAt);
            if (customAttributes != null) {
                json.put("custom_attributes", Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
            } else if (clearCustomAttributes) {
                json.put("custom_attributes", null);
            }
            return new CustomObjectInstanceRequest(externalId, Collections.unmodifiableMap(json));
        }

        private static void put(Map<String, Object> json, String key, Patch<Instant> at) {
            if (!at.isAbsent()) {
                json.put(key, at.value().map(Instant::getEpochSecond).orElse(null));
            }
        }
    }
}
