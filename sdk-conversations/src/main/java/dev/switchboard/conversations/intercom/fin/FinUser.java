package dev.switchboard.conversations.intercom.fin;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The end user Fin talks to ({@code fin_agent_user}): your user id (Intercom's {@code user_id}), name, e-mail and up
 * to {@value FinArgs#MAX_ATTRIBUTES} custom attributes Fin can use to target content. Immutable.
 *
 * <pre>{@code
 * FinUser user = FinUser.builder("123456").name("John Doe").email("john.doe@example.com")
 *         .attribute("plan_type", "Pro").build();
 * }</pre>
 */
public final class FinUser {
    private final String id;
    private final String name;
    private final String email;
    private final Map<String, Object> attributes;

    private FinUser(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.email = b.email;
        this.attributes = b.attributes == null ? null : FinArgs.attributes(b.attributes, "user.attributes");
    }

    /**
     * @param id your id of the user, not blank
     * @return a builder
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static Builder builder(String id) {
        return new Builder(Checks.notBlank(id, "user.id"));
    }

    /**
     * @param id your id of the user, not blank
     * @return a user with only an id
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public static FinUser of(String id) {
        return builder(id).build();
    }

    /** @return the user's id */
    public String id() {
        return id;
    }

    /** @return the JSON sent: {@code id}, then {@code name}, {@code email}, {@code attributes} when set */
    @JsonValue
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        if (name != null) {
            m.put("name", name);
        }
        if (email != null) {
            m.put("email", email);
        }
        if (attributes != null) {
            m.put("attributes", attributes);
        }
        return m;
    }

    /** @return the field names set; never the values, which are personal data */
    @Override
    public String toString() {
        return "FinUser" + toJson().keySet();
    }

    /** Builds a {@link FinUser}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String name;
        private String email;
        private Map<String, Object> attributes;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param name the user's name
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder name(String name) {
            this.name = Checks.notBlank(name, "user.name");
            return this;
        }

        /**
         * @param email the user's e-mail address
         * @return this builder
         * @throws IllegalArgumentException if blank or without an {@code @}
         */
        public Builder email(String email) {
            Checks.notBlank(email, "user.email");
            if (email.indexOf('@') < 1 || email.indexOf('@') == email.length() - 1) {
                throw new IllegalArgumentException("user.email must be an e-mail address");
            }
            this.email = email;
            return this;
        }

        /**
         * @param attributes every attribute (replacing those set before), at most {@value FinArgs#MAX_ATTRIBUTES};
         *     values are strings, numbers, booleans or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if there are too many or a value is of another type (checked in
         *     {@link #build()} too)
         */
        public Builder attributes(Map<String, ?> attributes) {
            this.attributes = new LinkedHashMap<>(FinArgs.attributes(attributes, "user.attributes"));
            return this;
        }

        /**
         * @param name an attribute name
         * @param value a string, number, boolean or {@code null}
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value of another type
         */
        public Builder attribute(String name, Object value) {
            if (attributes == null) {
                attributes = new LinkedHashMap<>();
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(name, value);
            FinArgs.attributes(one, "user.attributes");
            attributes.put(name, value);
            return this;
        }

        /**
         * @return the user
         * @throws IllegalArgumentException if more than {@value FinArgs#MAX_ATTRIBUTES} attributes were set
         */
        public FinUser build() {
            return new FinUser(this);
        }
    }
}
