package dev.switchboard.conversations.intercom.data;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /data_attributes/{id}} ({@code update_data_attribute_request}): archive or restore an
 * attribute, change its description, whether the Messenger may write it, or a list attribute's options (at least
 * {@value CreateDataAttributeRequest#MIN_OPTIONS}, sent as {@code [{"value": ...}]}). Only what is set is sent. The
 * data type cannot be changed through the API. Intercom refuses to archive an attribute something depends on
 * ({@code 422 data_invalid}).
 *
 * <pre>{@code
 * UpdateDataAttributeRequest u = UpdateDataAttributeRequest.builder()
 *         .description("Just a plain old ring")
 *         .options(List.of("1-10", "11-20"))
 *         .build();
 * }</pre>
 */
public final class UpdateDataAttributeRequest {
    private final Map<String, Object> json;

    private UpdateDataAttributeRequest(Map<String, Object> json) {
        this.json = json;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the request body as JSON maps, lists and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "UpdateDataAttributeRequest{fields " + json.keySet() + "}";
    }

    /** Builds an {@link UpdateDataAttributeRequest}; not thread-safe. */
    public static final class Builder {
        private Boolean archived;
        private String description;
        private Boolean messengerWritable;
        private List<String> options;

        private Builder() {
        }

        /**
         * @param archived {@code true} archives the attribute, {@code false} restores it
         * @return this builder
         */
        public Builder archived(boolean archived) {
            this.archived = archived;
            return this;
        }

        /**
         * @param description the description shown in Intercom's UI
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder description(String description) {
            this.description = Checks.notBlank(description, "description");
            return this;
        }

        /**
         * @param writable whether the Messenger may update the attribute
         * @return this builder
         */
        public Builder messengerWritable(boolean writable) {
            this.messengerWritable = writable;
            return this;
        }

        /**
         * @param values a list attribute's values, at least {@value CreateDataAttributeRequest#MIN_OPTIONS}
         * @return this builder
         * @throws IllegalArgumentException if there are fewer, or one is blank
         */
        public Builder options(List<String> values) {
            this.options = CreateDataAttributeRequest.checkOptions(values);
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException if nothing is set
         */
        public UpdateDataAttributeRequest build() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (archived != null) {
                json.put("archived", archived);
            }
            if (description != null) {
                json.put("description", description);
            }
            if (messengerWritable != null) {
                json.put("messenger_writable", messengerWritable);
            }
            if (options != null) {
                json.put("options", options.stream().map(o -> Map.of("value", o)).toList());
            }
            if (json.isEmpty()) {
                throw new IllegalArgumentException(
                        "a data attribute update needs at least one of archived, description, messengerWritable or options");
            }
            return new UpdateDataAttributeRequest(Collections.unmodifiableMap(json));
        }
    }
}
