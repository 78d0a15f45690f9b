package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.json.JsonObject;

/** An agent's or bot's membership of a group. */
public final class GroupPriority extends LiveChatModel {

    /** @param json the object as sent */
    public GroupPriority(JsonObject json) {
        super(json);
    }

    /** @return the group id (an integer) */
    public Integer id() {
        return integer("id");
    }

    /** @return {@code first}, {@code normal}, {@code last} or {@code supervisor} */
    public String priority() {
        return string("priority");
    }
}
