package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/**
 * The shared part of the {@link User} views. Its public methods are not final so that the public subclasses
 * re-declare them for callers outside the package (see {@link WebhookModel}).
 */
abstract sealed class UserModel extends LiveChatModel permits Agent, Customer, UnknownUser {

    UserModel(JsonObject json) {
        super(json);
    }

    /**
     * Chooses the view by {@code type}, never by anything else taken from the input.
     *
     * @param json a user object
     * @return {@link Agent}, {@link Customer} or {@link UnknownUser}
     */
    static UserModel of(JsonObject json) {
        String type = json.getString("type");
        if ("agent".equals(type)) {
            return new Agent(json);
        }
        if ("customer".equals(type)) {
            return new Customer(json);
        }
        return new UnknownUser(json);
    }

    /** @return the user's id */
    public String id() {
        return id("id");
    }

    /** @return the type as sent, or {@code null} */
    public String type() {
        return string("type");
    }

    /** @return the display name */
    public String name() {
        return string("name");
    }
}
