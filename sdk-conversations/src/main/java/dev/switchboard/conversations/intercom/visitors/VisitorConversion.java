package dev.switchboard.conversations.intercom.visitors;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /visitors/convert} ({@code convert_visitor_request}): turns a visitor into a contact of role
 * {@code user} or {@code lead}. If the user exists, the visitor is merged into it and deleted; otherwise the visitor
 * becomes that user, the user's identifiers replacing its own.
 *
 * <ul>
 *   <li>{@code visitor}: the visitor, by exactly one of {@code id}, {@code user_id} or {@code email}
 *       ({@link #toUser(String, String)}'s first arguments);</li>
 *   <li>{@code user}: the identifiers the contact keeps, at least one of {@code id}, {@code user_id} (kept as
 *       {@code external_id}) and {@code email}. The schema requires {@code id} or {@code user_id}, but Intercom's own
 *       recorded example sends only {@code email}, so an email alone is accepted too.</li>
 * </ul>
 *
 * <pre>{@code
 * VisitorConversion c = VisitorConversion.toUser("user_id", "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3")
 *         .userEmail("foo@bar.com")
 *         .build();
 * // {"type": "user", "user": {"email": "foo@bar.com"}, "visitor": {"user_id": "3ecf64d0-..."}}
 * }</pre>
 */
public final class VisitorConversion {
    private final Map<String, Object> json;

    private VisitorConversion(Map<String, Object> json) {
        this.json = json;
    }

    /**
     * @param visitorField how the visitor is named: {@code id}, {@code user_id} or {@code email}
     * @param visitorValue the visitor's id, user id or email
     * @return a builder of a conversion into a user
     * @throws IllegalArgumentException if the field is not one of the three or the value is blank
     */
    public static Builder toUser(String visitorField, String visitorValue) {
        return new Builder("user", visitorField, visitorValue);
    }

    /**
     * @param visitorField how the visitor is named: {@code id}, {@code user_id} or {@code email}
     * @param visitorValue the visitor's id, user id or email
     * @return a builder of a conversion into a lead
     * @throws IllegalArgumentException if the field is not one of the three or the value is blank
     */
    public static Builder toLead(String visitorField, String visitorValue) {
        return new Builder("lead", visitorField, visitorValue);
    }

    /** @return {@code user} or {@code lead} */
    public String type() {
        return (String) json.get("type");
    }

    /** @return the request body as JSON maps and scalars, in wire order */
    @JsonValue
    public Map<String, Object> toJson() {
        return json;
    }

    @Override
    public String toString() {
        return "VisitorConversion{to " + type() + "}";
    }

    /** Builds a {@link VisitorConversion}; not thread-safe. */
    public static final class Builder {
        private final String type;
        private final Map<String, Object> visitor;
        private final Map<String, Object> user = new LinkedHashMap<>();

        private Builder(String type, String visitorField, String visitorValue) {
            if (!"id".equals(visitorField) && !"user_id".equals(visitorField) && !"email".equals(visitorField)) {
                throw new IllegalArgumentException("visitorField must be id, user_id or email, was '" + visitorField + "'");
            }
            this.type = type;
            this.visitor = Map.of(visitorField, Checks.notBlank(visitorValue, "visitor " + visitorField));
        }

        /**
         * @param id Intercom's id of the contact to merge into
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder userId(String id) {
            user.put("id", Checks.notBlank(id, "user id"));
            return this;
        }

        /**
         * @param userId your id of the contact (kept as its {@code external_id})
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder userExternalId(String userId) {
            user.put("user_id", Checks.notBlank(userId, "user user_id"));
            return this;
        }

        /**
         * @param email the contact's email (kept by default when the visitor has one)
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder userEmail(String email) {
            user.put("email", Checks.notBlank(email, "user email"));
            return this;
        }

        /**
         * @return the conversion
         * @throws IllegalArgumentException if no identifier of the user is set
         */
        public VisitorConversion build() {
            if (user.isEmpty()) {
                throw new IllegalArgumentException("a visitor conversion needs the user's id, user_id or email");
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", type);
            json.put("user", Collections.unmodifiableMap(new LinkedHashMap<>(user)));
            json.put("visitor", visitor);
            return new VisitorConversion(Collections.unmodifiableMap(json));
        }
    }
}
