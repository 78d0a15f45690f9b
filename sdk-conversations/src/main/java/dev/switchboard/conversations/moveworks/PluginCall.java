package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.JsonModel;
import dev.switchboard.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A record of the {@code plugin-calls} entity: one plugin the assistant ran. Before April 2026 every plugin call
 * pointed at the user interaction that triggered it; SysEvent plugin calls point at the <em>bot</em> interaction
 * (the notification or interception message), since no user interaction triggered them. A plugin waiting for the
 * user's input is first recorded on the bot interaction with {@code used = false}.
 *
 * <p>A typed view over the record's JSON (see {@link JsonModel}), written back exactly as the server sent it.
 */
public final class PluginCall extends JsonModel {

    /** @param json the record as sent */
    public PluginCall(JsonObject json) {
        super(json);
    }

    /** @return the plugin call id */
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

    /** @return the interaction it is mapped to (a user interaction, or a bot one for SysEvents) */
    public String interactionId() {
        return id("interaction_id");
    }

    /** @return when the plugin was called */
    public Instant createdTime() {
        return instant("created_time");
    }

    /** @return when the record last changed */
    public Instant lastUpdatedTime() {
        return instant("last_updated_time");
    }

    /** @return when the plugin last reported */
    public Instant pluginUpdateTime() {
        return instant("plugin_update_time");
    }

    /** @return a native plugin's display name ({@code Enterprise Search}) or a custom plugin's identifier */
    public String pluginName() {
        return string("plugin_name");
    }

    /** @return whether the result was surfaced to the user (or is waiting for input) */
    public Boolean served() {
        return bool("served");
    }

    /** @return whether the plugin completed successfully */
    public Boolean used() {
        return bool("used");
    }

    /** @return the semantic plugin status, named in Moveworks' pipeline schema but not seen in samples */
    public String pluginStatus() {
        return string("plugin_status");
    }

    /**
     * How long the plugin took: {@code plugin_update_time - created_time}.
     *
     * @return the latency, or empty when either time is missing
     * @throws dev.switchboard.core.DecodeException if either time is not a timestamp
     */
    public Optional<Duration> latency() {
        Instant created = createdTime();
        Instant updated = pluginUpdateTime();
        if (created == null || updated == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(created, updated));
    }

    /** @return whether {@code served} is {@code true} */
    public boolean isServed() {
        return Boolean.TRUE.equals(served());
    }

    /** @return whether {@code used} is {@code true} */
    public boolean isUsed() {
        return Boolean.TRUE.equals(used());
    }
}
