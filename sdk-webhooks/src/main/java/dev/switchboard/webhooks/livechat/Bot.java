package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A bot, as the configuration webhooks carry it: complete for {@code bot_created}, the {@code id} and changed fields
 * for {@code bot_updated}, the {@code id} for {@code bot_deleted}.
 *
 * @param id the bot's id
 * @param name its name
 * @param avatar its avatar URL
 * @param avatarPath its avatar URL, as the configuration API names it
 * @param defaultGroupPriority its priority in groups not listed
 * @param groups its groups and priorities
 * @param maxChatsCount the most chats at once
 * @param ownerClientId the client id of the app that owns it
 * @param jobTitle its job title
 * @param type (3.6) for example {@code chatbot}
 * @param timezone its time zone
 * @param workScheduler when it works
 * @param extra fields this SDK does not know
 */
public record Bot(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("avatar_path") String avatarPath,
        @JsonProperty("default_group_priority") String defaultGroupPriority,
        @JsonProperty("groups") List<GroupPriority> groups,
        @JsonProperty("max_chats_count") Integer maxChatsCount,
        @JsonProperty("owner_client_id") String ownerClientId,
        @JsonProperty("job_title") String jobTitle,
        @JsonProperty("type") String type,
        @JsonProperty("timezone") String timezone,
        @JsonProperty("work_scheduler") WorkScheduler workScheduler,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public Bot {
        groups = Copies.list(groups);
        extra = Extras.of(extra);
    }
}
