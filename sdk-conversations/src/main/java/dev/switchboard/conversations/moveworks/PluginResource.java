package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Instant;
import java.util.Map;

/**
 * A record of the {@code plugin-resources} entity: a resource (knowledge article, file, form, ticket, ...) a plugin
 * call used or produced. Since April 2026 it includes resources of SysEvent plugin calls, mapped to the bot
 * interaction; tickets a channel interception filed without reaching out have no interaction at all
 * ({@link #hasInteraction()} is false), and tickets the bot filed directly have no plugin call.
 *
 * <p>A typed view over the record's JSON (see {@link JsonModel}), written back exactly as the server sent it.
 */
public final class PluginResource extends JsonModel {

    /** @param json the record as sent */
    public PluginResource(JsonObject json) {
        super(json);
    }

    /** @return a hash of interaction id, resource id and resource type (32 hex characters) */
    public String id() {
        return id("id");
    }

    /** @return the conversation */
    public String conversationId() {
        return id("conversation_id");
    }

    /** @return the user's id (up to 20 digits; a string) */
    public String userId() {
        return id("user_id");
    }

    /** @return the interaction; {@code null} for tickets auto-filed by a channel interception */
    public String interactionId() {
        return id("interaction_id");
    }

    /** @return the plugin call; {@code null} when no plugin call produced it */
    public String pluginCallId() {
        return id("plugin_call_id");
    }

    /** @return the resource type, which decides the detail's shape */
    public ResourceType type() {
        return openEnum("type", ResourceType::of);
    }

    /** @return a knowledge id, ticket number ({@code INC0012550}), form id, ...; may be {@code "0"} */
    public String resourceId() {
        return id("resource_id");
    }

    /** @return the {@code detail} object as sent (null for many types); see {@link #detail()} */
    public Map<String, Object> rawDetail() {
        return rawObject("detail");
    }

    /** @return whether the assistant's answer cited it */
    public Boolean cited() {
        return bool("cited");
    }

    /** @return when it was recorded */
    public Instant createdTime() {
        return instant("created_time");
    }

    /** @return when the record last changed */
    public Instant lastUpdatedTime() {
        return instant("last_updated_time");
    }

    /** @return whether it is mapped to an interaction (false for tickets auto-filed by channel interception) */
    public boolean hasInteraction() {
        return interactionId() != null;
    }

    /** @return whether a plugin call produced it */
    public boolean hasPluginCall() {
        return pluginCallId() != null;
    }

    /** @return whether {@code cited} is {@code true} */
    public boolean isCited() {
        return Boolean.TRUE.equals(cited());
    }

    /**
     * The typed view of {@link #rawDetail()}, chosen by {@link #type()}.
     *
     * @return the variant for the type (with {@code null} values when the server sent no detail), or
     *     {@link PluginResourceDetail.Other} for types without a typed shape
     */
    public PluginResourceDetail detail() {
        ResourceType type = type();
        if (rawObject("detail") == null) {
            return PluginResourceDetail.of(type, null);
        }
        return object("detail", raw -> (PluginResourceDetail.Variant) PluginResourceDetail.of(type, raw));
    }
}
