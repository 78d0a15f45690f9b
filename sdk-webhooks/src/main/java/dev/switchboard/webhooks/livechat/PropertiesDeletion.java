package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * The payload of {@code chat_properties_deleted}, {@code thread_properties_deleted} and
 * {@code event_properties_deleted}: namespace to the names of the deleted properties.
 *
 * @param chatId the chat
 * @param threadId the thread (thread and event properties)
 * @param eventId the event (event properties)
 * @param properties the deleted property names, by namespace
 * @param extra fields this SDK does not know
 */
public record PropertiesDeletion(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("properties") Map<String, List<String>> properties,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the collections immutable. */
    public PropertiesDeletion {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }
}
