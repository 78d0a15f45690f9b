package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.Map;

/**
 * The payload of {@code chat_properties_updated}, {@code thread_properties_updated} and
 * {@code event_properties_updated}: only the properties that changed, namespace to name to the new value (any JSON
 * value: string, number, boolean, object, kept with its JSON type).
 *
 * @param chatId the chat
 * @param threadId the thread (thread and event properties)
 * @param eventId the event (event properties)
 * @param properties the changed properties
 * @param extra fields this SDK does not know
 */
public record PropertiesUpdate(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public PropertiesUpdate {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }
}
