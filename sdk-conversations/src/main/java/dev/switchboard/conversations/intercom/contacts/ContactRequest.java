package dev.switchboard.conversations.intercom.contacts;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.core.json.Patch;
import dev.switchboard.core.spi.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a contact create ({@code POST /contacts}, {@code create_contact_request}) or update
 * ({@code PUT /contacts/{contact_id}}, {@code update_contact_request}): only what is set is sent, in the schema's
 * order. The fields the spec marks nullable ({@code phone}, {@code name}, {@code avatar}, {@code signed_up_at},
 * {@code last_seen_at}, {@code owner_id}, {@code unsubscribed_from_emails}, {@code custom_attributes}) have three
 * states: left out, a value, or {@link Patch#ofNull()}, an explicit JSON {@code null} that clears the field.
 * Timestamps are sent as Unix seconds, {@code owner_id} as an integer (the schema's type), custom attributes with their
 * JSON types (a {@code Boolean} as a boolean, a {@code BigDecimal} as a number, never as text).
 *
 * <p>A create needs at least one of {@code email}, {@code external_id} or {@code role} (the schema's {@code anyOf});
 * {@link ContactsClient#create(ContactRequest)} checks it before sending.
 *
 * <pre>{@code
 * ContactRequest create = ContactRequest.builder().role(ContactRole.USER).externalId("25").email("ada@example.com")
 *         .name("Ada").signedUpAt(Instant.parse("2024-03-01T00:00:00Z")).customAttribute("paid_subscriber", true)
 *         .build();
 * ContactRequest update = ContactRequest.builder().phone(Patch.ofNull())   // "phone": null clears the number
 *         .ownerId("991267460").build();
 * }</pre>
 */
public final class ContactRequest {
    private final Map<String, Object> json;

    private ContactRequest(Map<String, Object> json) {
        this.json = json;
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

    /** @return whether the body has one of {@code email}, {@code external_id} or {@code role}, as a create needs */
    boolean identifies() {
        return json.containsKey("email") || json.containsKey("external_id") || json.containsKey("role");
    }

    /** @return the names of the fields set, never their values (an email or phone number is personal data) */
    @Override
    public String toString() {
        return "ContactRequest{fields " + json.keySet() + "}";
    }

    /** Builds a {@link ContactRequest}; not thread-safe. */
    public static final class Builder {
        private ContactRole role;
        private String externalId;
        private String email;
        private Patch<String> phone = Patch.absent();
        private Patch<String> name = Patch.absent();
        private Patch<String> avatar = Patch.absent();
        private Patch<Instant> signedUpAt = Patch.absent();
        private Patch<Instant> lastSeenAt = Patch.absent();
        private Patch<Long> ownerId = Patch.absent();
        private Patch<Boolean> unsubscribedFromEmails = Patch.absent();
        private Map<String, Object> customAttributes;
        private boolean clearCustomAttributes;

        private Builder() {
        }

        /**
         * @param role {@link ContactRole#USER} or {@link ContactRole#LEAD}
         * @return this builder
         */
        public Builder role(ContactRole role) {
            this.role = Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * @param externalId the contact's id in your system
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder externalId(String externalId) {
            this.externalId = Checks.notBlank(externalId, "externalId");
            return this;
        }

        /**
         * @param email the contact's email
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder email(String email) {
            this.email = Checks.notBlank(email, "email");
            return this;
        }

        /**
         * @param phone the phone number, for example {@code +353871234567}
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder phone(String phone) {
            return phone(Patch.of(Checks.notBlank(phone, "phone")));
        }

        /**
         * @param phone left out, {@link Patch#ofNull()} to clear it, or a value
         * @return this builder
         */
        public Builder phone(Patch<String> phone) {
            this.phone = Objects.requireNonNull(phone, "phone");
            return this;
        }

        /**
         * @param name the contact's name
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder name(String name) {
            return name(Patch.of(Checks.notBlank(name, "name")));
        }

        /**
         * @param name left out, {@link Patch#ofNull()} to clear it, or a value
         * @return this builder
         */
        public Builder name(Patch<String> name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * @param imageUrl the URL of the avatar's image
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder avatar(String imageUrl) {
            return avatar(Patch.of(Checks.notBlank(imageUrl, "avatar")));
        }

        /**
         * @param imageUrl left out, {@link Patch#ofNull()} to remove the avatar, or an image URL
         * @return this builder
         */
        public Builder avatar(Patch<String> imageUrl) {
            this.avatar = Objects.requireNonNull(imageUrl, "avatar");
            return this;
        }

        /**
         * @param at when the contact signed up, sent in Unix seconds
         * @return this builder
         */
        public Builder signedUpAt(Instant at) {
            return signedUpAt(Patch.of(Objects.requireNonNull(at, "signedUpAt")));
        }

        /**
         * @param at left out, {@link Patch#ofNull()} to clear it, or an instant (sent in Unix seconds)
         * @return this builder
         */
        public Builder signedUpAt(Patch<Instant> at) {
            this.signedUpAt = Objects.requireNonNull(at, "signedUpAt");
            return this;
        }

        /**
         * @param at when the contact was last seen, sent in Unix seconds
         * @return this builder
         */
        public Builder lastSeenAt(Instant at) {
            return lastSeenAt(Patch.of(Objects.requireNonNull(at, "lastSeenAt")));
        }

        /**
         * @param at left out, {@link Patch#ofNull()} to clear it, or an instant (sent in Unix seconds)
         * @return this builder
         */
        public Builder lastSeenAt(Patch<Instant> at) {
            this.lastSeenAt = Objects.requireNonNull(at, "lastSeenAt");
            return this;
        }

        /**
         * @param adminId the id of the admin who owns the contact, sent as an integer
         * @return this builder
         * @throws IllegalArgumentException if it is not an integer id
         */
        public Builder ownerId(String adminId) {
            return ownerId(Patch.of(Objects.requireNonNull(adminId, "ownerId")));
        }

        /**
         * @param adminId left out, {@link Patch#ofNull()} to remove the owner, or an admin's integer id
         * @return this builder
         * @throws IllegalArgumentException if the value is not an integer id
         */
        public Builder ownerId(Patch<String> adminId) {
            Objects.requireNonNull(adminId, "ownerId");
            this.ownerId = adminId.map(id -> {
                try {
                    return Long.valueOf(Checks.integerId(id, "ownerId"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("ownerId must fit 64 bits, was '" + id + "'");
                }
            });
            return this;
        }

        /**
         * @param unsubscribed whether the contact is unsubscribed from emails
         * @return this builder
         */
        public Builder unsubscribedFromEmails(boolean unsubscribed) {
            return unsubscribedFromEmails(Patch.of(unsubscribed));
        }

        /**
         * @param unsubscribed left out, {@link Patch#ofNull()}, or a value
         * @return this builder
         */
        public Builder unsubscribedFromEmails(Patch<Boolean> unsubscribed) {
            this.unsubscribedFromEmails = Objects.requireNonNull(unsubscribed, "unsubscribedFromEmails");
            return this;
        }

        /**
         * @param name an attribute's name
         * @param value a {@code String}, {@code Boolean}, number, {@code null} (clears the attribute), or a list of
         *     strings and numbers (the ids of custom object instances)
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or the value of another type
         */
        public Builder customAttribute(String name, Object value) {
            Checks.notBlank(name, "custom attribute name");
            if (customAttributes == null) {
                customAttributes = new LinkedHashMap<>();
            }
            customAttributes.put(name, checkValue(name, value));
            clearCustomAttributes = false;
            return this;
        }

        /**
         * @param attributes attributes to set, as {@link #customAttribute(String, Object)} takes each
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or a value of another type
         */
        public Builder customAttributes(Map<String, ?> attributes) {
            Objects.requireNonNull(attributes, "customAttributes");
            attributes.forEach(this::customAttribute);
            return this;
        }

        /**
         * Sends {@code "custom_attributes": null} instead of any attribute set so far.
         *
         * @return this builder
         */
        public Builder clearCustomAttributes() {
            customAttributes = null;
            clearCustomAttributes = true;
            return this;
        }

        private static Object checkValue(String name, Object value) {
            if (value == null || value instanceof String || value instanceof Boolean) {
                return value;
            }
            if (value instanceof Number n) {
                return number(name, n);
            }
            if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (!(o instanceof String) && !(o instanceof Number)) {
                        throw new IllegalArgumentException("custom attribute " + name
                                + " must list strings or numbers (custom object instance ids), found " + o);
                    }
                    number(name, o instanceof Number n ? n : 0);
                }
                return List.copyOf(list);
            }
            throw new IllegalArgumentException("custom attribute " + name + " must be a String, Boolean, number, null "
                    + "or a list of ids, was a " + value.getClass().getSimpleName());
        }

        private static Number number(String name, Number n) {
            if ((n instanceof Double d && !Double.isFinite(d)) || (n instanceof Float f && !Float.isFinite(f))) {
                throw new IllegalArgumentException("custom attribute " + name + " must be a finite number, was " + n);
            }
            return n;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException if nothing is set
         */
        public ContactRequest build() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (role != null) {
                json.put("role", role.value());
            }
            if (externalId != null) {
                json.put("external_id", externalId);
            }
            if (email != null) {
                json.put("email", email);
            }
            put(json, "phone", phone);
            put(json, "name", name);
            put(json, "avatar", avatar);
            put(json, "signed_up_at", signedUpAt.map(Instant::getEpochSecond));
            put(json, "last_seen_at", lastSeenAt.map(Instant::getEpochSecond));
            put(json, "owner_id", ownerId);
            put(json, "unsubscribed_from_emails", unsubscribedFromEmails);
            if (clearCustomAttributes) {
                json.put("custom_attributes", null);
            } else if (customAttributes != null) {
                // A copy, so the builder can go on; null values are kept (each clears its attribute).
                json.put("custom_attributes", Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
            }
            if (json.isEmpty()) {
                throw new IllegalArgumentException("a contact request needs at least one field");
            }
            return new ContactRequest(Collections.unmodifiableMap(json));
        }

        private static void put(Map<String, Object> json, String key, Patch<?> field) {
            if (!field.isAbsent()) {
                json.put(key, field.value().orElse(null));
            }
        }
    }
}
