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
 * An event of a type this SDK does not know (or with no type), kept whole: its common fields are read, everything
 * else is in {@link #extra()}.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type the type as sent, or {@code null}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record UnknownEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public UnknownEvent {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }
}
