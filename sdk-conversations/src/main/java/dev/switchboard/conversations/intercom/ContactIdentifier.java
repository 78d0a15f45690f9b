package dev.switchboard.conversations.intercom;

import dev.switchboard.core.spi.Checks;

/**
 * Which contact a contact reply is written as: by Intercom's id ({@code intercom_user_id}), by your user id
 * ({@code user_id}) or by email ({@code email}).
 *
 * @param field the JSON field the identifier is sent in
 * @param value the identifier
 */
public record ContactIdentifier(String field, String value) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the field is not one of the three or the value is blank
     */
    public ContactIdentifier {
        if (!"intercom_user_id".equals(field) && !"user_id".equals(field) && !"email".equals(field)) {
            throw new IllegalArgumentException("contact identifier field must be intercom_user_id, user_id or email, was '"
                    + field + "'");
        }
        Checks.notBlank(value, field);
    }

    /**
     * @param id the contact's Intercom id
     * @return an identifier sent as {@code intercom_user_id}
     */
    public static ContactIdentifier intercomUserId(String id) {
        return new ContactIdentifier("intercom_user_id", id);
    }

    /**
     * @param userId the contact's id in your system
     * @return an identifier sent as {@code user_id}
     */
    public static ContactIdentifier userId(String userId) {
        return new ContactIdentifier("user_id", userId);
    }

    /**
     * @param email the contact's email
     * @return an identifier sent as {@code email}
     */
    public static ContactIdentifier email(String email) {
        return new ContactIdentifier("email", email);
    }
}
