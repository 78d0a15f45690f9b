package dev.switchboard.conversations.moveworks;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.core.json.IsoMillisSerializer;
import java.time.Instant;
import java.util.Map;

/**
 * A record of the {@code plugin-resources} entity: a resource (knowledge article, file, form, ticket, ...) a plugin
 * call used or produced. Since April 2026 it includes resources of SysEvent plugin calls, mapped to the bot
 * interaction; tickets a channel interception filed without reaching out have no interaction at all
 * ({@link #hasInteraction()} is false), and tickets the bot filed directly have no plugin call.
 *
 * @param id a hash of interaction id, resource id and resource type (32 hex characters)
 * @param conversationId the conversation
 * @param userId the user's id (up to 20 digits; a string)
 * @param interactionId the interaction; {@code null} for tickets auto-filed by a channel interception
 * @param pluginCallId the plugin call; {@code null} when no plugin call produced it
 * @param type the resource type, which decides the detail's shape
 * @param resourceId a knowledge id, ticket number ({@code INC0012550}), form id, ...; may be {@code "0"}
 * @param rawDetail the {@code detail} object as sent (null for many types); see {@link #detail()}
 * @param cited whether the assistant's answer cited it
 * @param createdTime when it was recorded
 * @param lastUpdatedTime when the record last changed
 * @param extra fields this SDK version does not model, and known fields sent as JSON {@code null}
 */
public record PluginResource(
        @JsonProperty("id") String id,
        @JsonProperty("conversation_id") String conversationId,
        @JsonProperty("user_id") String userId,
        @JsonProperty("interaction_id") String interactionId,
        @JsonProperty("plugin_call_id") String pluginCallId,
        @JsonProperty("type") ResourceType type,
        @JsonProperty("resource_id") String resourceId,
        @JsonProperty("detail") Map<String, Object> rawDetail,
        @JsonProperty("cited") Boolean cited,
        @JsonProperty("created_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant createdTime,
        @JsonProperty("last_updated_time") @JsonSerialize(using = IsoMillisSerializer.class) Instant lastUpdatedTime,
        @JsonAnyGetter Map<String, Object> extra) {

    /**
     * Freezes the maps.
     *
     * @throws IllegalArgumentException if {@code extra} holds a typed field (except as {@code null} while that field
     *     is {@code null})
     */
    public PluginResource {
        rawDetail = JsonFields.freezeMap(rawDetail);
        extra = JsonFields.checkedExtra(PluginResource.class, extra, "id", id, "conversation_id", conversationId,
                "user_id", userId, "interaction_id", interactionId, "plugin_call_id", pluginCallId, "type", type,
                "resource_id", resourceId, "detail", rawDetail, "cited", cited, "created_time", createdTime,
                "last_updated_time", lastUpdatedTime);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PluginResource fromJson(JsonNode json) throws JsonMappingException {
        JsonFields f = JsonFields.of(PluginResource.class, json);
        return new PluginResource(f.text("id"), f.text("conversation_id"), f.text("user_id"), f.text("interaction_id"),
                f.text("plugin_call_id"), f.openEnum("type", ResourceType::of), f.text("resource_id"), f.object("detail"),
                f.bool("cited"), f.instant("created_time"), f.instant("last_updated_time"), f.extra());
    }

    /** @return whether it is mapped to an interaction (false for tickets auto-filed by channel interception) */
    public boolean hasInteraction() {
        return interactionId != null;
    }

    /** @return whether a plugin call produced it */
    public boolean hasPluginCall() {
        return pluginCallId != null;
    }

    /** @return whether {@code cited} is {@code true} */
    @JsonIgnore
    public boolean isCited() {
        return Boolean.TRUE.equals(cited);
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}.
     *
     * @return the variant for the type (with {@code null} values when the server sent no detail), or
     *     {@link PluginResourceDetail.Other} for types without a typed shape
     */
    public PluginResourceDetail detail() {
        return PluginResourceDetail.of(type, rawDetail);
    }
}
