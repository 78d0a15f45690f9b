package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * A chat user, chosen by {@code type}: {@link Agent} ({@code agent}), {@link Customer} ({@code customer}), or
 * {@link UnknownUser} for any other or missing type. Each is a typed view over the user's JSON, kept whole.
 *
 * <pre>{@code
 * if (user instanceof Agent a) { ... } else if (user instanceof Customer c) { ... }
 * }</pre>
 */
public sealed interface User permits Agent, Customer, UnknownUser {

    /**
     * @param json a user object, for example from a LiveChat API response
     * @return its view, chosen by {@code type}
     */
    static User of(JsonObject json) {
        return (User) UserModel.of(json);
    }

    /** @return the user's id (an e-mail for agents, a UUID for customers) */
    String id();

    /** @return {@code agent}, {@code customer} or whatever was sent; {@code null} when missing */
    String type();

    /** @return the display name, or {@code null} */
    String name();

    /** @return the user's JSON exactly as sent, fields this SDK does not model included */
    JsonObject json();
}
