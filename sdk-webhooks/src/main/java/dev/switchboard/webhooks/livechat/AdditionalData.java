package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The envelope's {@code additional_data}: only filled with what the webhook asked for at registration ({@code {}} for
 * configuration webhooks).
 *
 * @param chatProperties the chat's properties, namespace to name to any JSON value, or {@code null} when not asked for
 * @param chatPresenceUserIds the ids of the users present in the chat, or {@code null} when not asked for
 * @param extra fields this SDK does not know
 */
public record AdditionalData(
        @JsonProperty("chat_properties") Map<String, Map<String, Object>> chatProperties,
        @JsonProperty("chat_presence_user_ids") List<String> chatPresenceUserIds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public AdditionalData {
        chatProperties = Copies.map(chatProperties);
        chatPresenceUserIds = Copies.list(chatPresenceUserIds);
        extra = Extras.of(extra);
    }
}
