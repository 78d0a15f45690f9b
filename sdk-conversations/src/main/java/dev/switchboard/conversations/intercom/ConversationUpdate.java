package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An update of a conversation ({@code PUT /conversations/{id}}): mark it read, set its title, set custom attributes
 * (JSON types kept: a {@code Boolean} is sent as a boolean, a {@code BigDecimal} or {@code Double} as a number),
 * and set or clear its company. Only what you set is sent; {@code company_id} has three states: left out, a value,
 * or an explicit JSON {@code null} that removes the company.
 *
 * <p>{@code display_as=plaintext} is a query parameter of the request and never part of the body.
 *
 * <pre>{@code
 * ConversationUpdate u = ConversationUpdate.builder()
 *         .title("Billing question")
 *         .customAttribute("vip", true)
 *         .clearCompanyId()                       // "company_id": null
 *         .build();
 * }</pre>
 */
public final class ConversationUpdate {
    private final Map<String, Object> json;
    private final boolean plaintext;

    private ConversationUpdate(Map<String, Object> json, boolean plaintext) {
        this.json = json;
        this.plaintext = plaintext;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    /** @return whether the answer should render bodies as plain text ({@code display_as=plaintext} in the query) */
    public boolean displayAsPlaintext() {
        return plaintext;
    }

    @Override
    public String toString() {
        return "ConversationUpdate{fields " + json.keySet() + (plaintext ? ", display_as=plaintext" : "") + "}";
    }

    /** Builds a {@link ConversationUpdate}; not thread-safe. */
    public static final class Builder {
        private Boolean read;
        private String title;
        private Map<String, Object> customAttributes;
        private Patch<String> companyId = Patch.absent();
        private boolean plaintext;

        private Builder() {
        }

        /**
         * @param read whether the conversation is read
         * @return this builder
         */
        public Builder read(boolean read) {
            this.read = read;
            return this;
        }

        /**
         * @param title the new title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * @param attributes custom attributes to set; values are sent with their JSON types ({@code null} included)
         * @return this builder
         */
        public Builder customAttributes(Map<String, ?> attributes) {
            Objects.requireNonNull(attributes, "customAttributes");
            if (customAttributes == null) {
                customAttributes = new LinkedHashMap<>();
            }
            customAttributes.putAll(attributes);
            return this;
        }

        /**
         * @param name an attribute name
         * @param value a string, boolean, number, {@code null}, or a list of custom-object instance ids
         * @return this builder
         */
        public Builder customAttribute(String name, Object value) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("custom attribute name must not be blank");
            }
            if (customAttributes == null) {
                customAttributes = new LinkedHashMap<>();
            }
            customAttributes.put(name, value);
            return this;
        }

        /**
         * @param companyId the Intercom id of the company to associate
         * @return this builder
         */
        public Builder companyId(String companyId) {
            this.companyId = Patch.of(Checks.notBlank(companyId, "companyId"));
            return this;
        }

        /**
         * Sends {@code "company_id": null}, which removes the conversation's company.
         *
         * @return this builder
         */
        public Builder clearCompanyId() {
            this.companyId = Patch.ofNull();
            return this;
        }

        /**
         * @param companyId absent (not sent), null (removes the company) or a value
         * @return this builder
         */
        public Builder companyId(Patch<String> companyId) {
            this.companyId = Objects.requireNonNull(companyId, "companyId");
            return this;
        }

        /**
         * @param plaintext ask for bodies as plain text in the answer ({@code display_as=plaintext})
         * @return this builder
         */
        public Builder displayAsPlaintext(boolean plaintext) {
            this.plaintext = plaintext;
            return this;
        }

        /**
         * @return the update
         * @throws IllegalArgumentException if nothing is set
         */
        public ConversationUpdate build() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (read != null) {
                json.put("read", read);
            }
            if (title != null) {
                json.put("title", title);
            }
            if (customAttributes != null) {
                // A copy, so the builder can go on; null values are kept (they clear an attribute).
                json.put("custom_attributes",
                        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
            }
            if (!companyId.isAbsent()) {
                json.put("company_id", companyId.value().orElse(null));
            }
            if (json.isEmpty()) {
                throw new IllegalArgumentException(
                        "a conversation update needs at least one of read, title, customAttributes or companyId");
            }
            return new ConversationUpdate(java.util.Collections.unmodifiableMap(json), plaintext);
        }
    }
}
