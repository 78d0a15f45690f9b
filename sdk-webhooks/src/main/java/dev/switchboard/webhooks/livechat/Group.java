package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Map;

/**
 * A group of agents, as the configuration webhooks carry it: complete for {@code group_created}, the {@code id} and
 * changed fields for {@code group_updated}, the {@code id} for {@code group_deleted}. Group ids are integers.
 */
public final class Group extends LiveChatModel {

    /** @param json the object as sent */
    public Group(JsonObject json) {
        super(json);
    }

    /**
     * @return the group's id
     * @throws DecodeException if it is not a 32-bit integer
     */
    public Integer id() {
        return integer("id");
    }

    /** @return its name (at most 180 characters) */
    public String name() {
        return string("name");
    }

    /** @return its language, for example {@code en} */
    public String languageCode() {
        return string("language_code");
    }

    /**
     * @return agent id to {@code first}, {@code normal}, {@code last} or {@code supervisor}, read-only
     * @throws DecodeException if it is not an object of strings
     */
    public Map<String, String> agentPriorities() {
        return stringMap("agent_priorities");
    }

    /** @return (API responses) the group's routing status */
    public String routingStatus() {
        return string("routing_status");
    }
}
