package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.IsoMillisSerializer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A record of the {@code plugin-calls} entity: one plugin the assistant ran. Before April 2026 every plugin call
 * pointed at the user interaction that triggered it; SysEvent plugin calls point at the <em>bot</em> interaction
 * (the notification or interception message), since no user interaction triggered them. A plugin waiting for the
 * user's input is first recorded on the bot interaction with {@code used = false}.
 *
 * @param id the plugin call id
 * @param conversationId the conversation
 * @param userId the user's id (up to 20 digits; a string)
 * @param interactionId the interaction it is mapped to (a user interaction, or a bot one for SysEvents)
 * @param createdTime when the plugin was called
 * @param lastUpdatedTime when the record last changed
 * @param pluginUpdateTime when the plugin last reported
 * @param pluginName a native plugin's display name ({@code Enterprise Search}) or a custom plugin's identifier
 * @param served whether the result was surfaced to the user (or is waiting for input)
 * @param used whether the plugin completed successfully
 * @param pluginStatus the semantic plugin status, named in Moveworks' pipeline schema but not seen in samples
 * @param extra fields this SDK version does not model, and known fields sent as JSON {@code null}
 */
public record PluginCall(
        @JsonProperty("id") String id,
        @JsonProperty("conversation_id") String conversationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("interaction_id") String interactionId,
        @JsonProperty("created_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant createdTime,
        @JsonProperty("last_updated_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant lastUpdatedTime,
        @JsonProperty("plugin_update_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant pluginUpdateTime,
        @JsonProperty("plugin_name") String pluginName,
        @JsonProperty("served") Boolean served,
        @JsonProperty("used") Boolean used,
        @JsonProperty("plugin_status") String pluginStatus,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Freezes {@code extra}.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public PluginCall {
        extra = JsonFields.checkedExtra(PluginCall.class, extra, "id", id, "conversation_id", conversationId, "user_id", userId,
                "interaction_id", interactionId, "created_time", createdTime, "last_updated_time", lastUpdatedTime,
                "plugin_update_time", pluginUpdateTime, "plugin_name", pluginName, "served", served, "used", used,
                "plugin_status", pluginStatus);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PluginCall fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(PluginCall.class, json);
        return new PluginCall(f.text("id"), f.text("conversation_id"), f.text("user_id"), f.text("interaction_id"),
                f.instant("created_time"), f.instant("last_updated_time"), f.instant("plugin_update_time"),
                f.text("plugin_name"), f.bool("served"), f.bool("used"), f.text("plugin_status"), f.extra());
    }

    /**
     * How long the plugin took: {@code plugin_update_time - created_time}.
     *
     * @return the latency, or empty when either time is missing
     */
    public Optional<Duration> latency() {
        if (createdTime == null || pluginUpdateTime == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(createdTime, pluginUpdateTime));
    }

    /** @return whether {@code served} is {@code true} */
    @JsonIgnore
    public boolean isServed() {
        return Boolean.TRUE.equals(served);
    }

    /** @return whether {@code used} is {@code true} */
    @JsonIgnore
    public boolean isUsed() {
        return Boolean.TRUE.equals(used);
    }
}
