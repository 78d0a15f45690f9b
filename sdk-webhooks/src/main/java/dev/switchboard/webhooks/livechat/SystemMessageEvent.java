package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.switchboard.core.json.Extras;
import dev.switchboard.webhooks.internal.Copies;
import java.util.Map;

/**
 * A message written by LiveChat itself ({@code type: system_message}), for example "the chat was transferred".
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code system_message}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param text the text, or {@code null}
 * @param systemMessageType what it reports, for example {@code routing.assigned}
 * @param textVars the values filled into the text, for example {@code agent}
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record SystemMessageEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("text") String text,
        @JsonProperty("system_message_type") String systemMessageType,
        @JsonProperty("text_vars") Map<String, String> textVars,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public SystemMessageEvent {
        properties = Copies.map(properties);
        textVars = Copies.map(textVars);
        extra = Extras.of(extra);
    }
}
