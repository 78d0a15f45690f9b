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
 * A text message ({@code type: message}), optionally the answer to a rich-message button ({@code postback}).
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code message}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param text the text (at most 16 KB)
 * @param postback the button this message answers, or {@code null}
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record MessageEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("text") String text,
        @JsonProperty("postback") Postback postback,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public MessageEvent {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }

    /**
     * The rich-message button a message answers.
     *
     * @param id the button's postback id
     * @param threadId the thread of the rich message
     * @param eventId the rich message's event id
     * @param type the button type, for example {@code phone}
     * @param value the button value
     * @param ecommerce (3.6) the product chosen, for ecommerce templates
     * @param extra fields this SDK does not know
     */
    public record Postback(
            @JsonProperty("id") String id,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("event_id") String eventId,
            @JsonProperty("type") String type,
            @JsonProperty("value") String value,
            @JsonProperty("ecommerce") EcommerceChoice ecommerce,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Postback {
            extra = Extras.of(extra);
        }
    }
}
