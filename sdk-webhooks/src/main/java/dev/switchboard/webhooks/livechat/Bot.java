package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.List;

/**
 * A bot, as the configuration webhooks carry it: complete for {@code bot_created}, the {@code id} and changed fields
 * for {@code bot_updated}, the {@code id} for {@code bot_deleted}.
 */
public final class Bot extends LiveChatModel {

    /** @param json the object as sent */
    public Bot(JsonObject json) {
        super(json);
    }

    /** @return the bot's id */
    public String id() {
        return id("id");
    }

    /** @return its name */
    public String name() {
        return string("name");
    }

    /** @return its avatar URL */
    public String avatar() {
        return string("avatar");
    }

    /** @return its avatar URL, as the configuration API names it */
    public String avatarPath() {
        return string("avatar_path");
    }

    /** @return its priority in groups not listed */
    public String defaultGroupPriority() {
        return string("default_group_priority");
    }

    /**
     * @return its groups and priorities
     * @throws DecodeException if they are not an array
     */
    public List<GroupPriority> groups() {
        return list("groups", GroupPriority::new);
    }

    /** @return the most chats at once */
    public Integer maxChatsCount() {
        return integer("max_chats_count");
    }

    /** @return the client id of the app that owns it */
    public String ownerClientId() {
        return id("owner_client_id");
    }

    /** @return its job title */
    public String jobTitle() {
        return string("job_title");
    }

    /** @return (3.6) for example {@code chatbot} */
    public String type() {
        return string("type");
    }

    /** @return its time zone */
    public String timezone() {
        return string("timezone");
    }

    /**
     * @return when it works
     * @throws DecodeException if it is not an object
     */
    public WorkScheduler workScheduler() {
        return object("work_scheduler", WorkScheduler::new);
    }
}
