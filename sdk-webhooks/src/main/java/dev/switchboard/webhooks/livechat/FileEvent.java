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
 * A file sent in the chat ({@code type: file}); the image fields are present for images only.
 *
 * @param id the event's id
 * @param customId the sender's id for it, or {@code null}
 * @param type {@code file}
 * @param authorId who sent it
 * @param createdAt when it was created
 * @param visibility {@code all} or {@code agents}
 * @param properties its properties, or {@code null}
 * @param deleted (3.6) {@code true} when deleted, else {@code null}
 * @param name the file name
 * @param url where to download it
 * @param contentType its MIME type
 * @param thumbnailUrl (images) a thumbnail
 * @param thumbnail2xUrl (images) a double-size thumbnail
 * @param size (images) the size in bytes
 * @param width (images) the width in pixels
 * @param height (images) the height in pixels
 * @param alternativeText (images) the alternative text
 * @param extra fields this SDK does not know
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record FileEvent(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("type") String type,
        @JsonProperty("author_id") String authorId,
        @JsonProperty("created_at") Timestamp createdAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("properties") Map<String, Map<String, Object>> properties,
        @JsonProperty("deleted") Boolean deleted,
        @JsonProperty("name") String name,
        @JsonProperty("url") String url,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("thumbnail_url") String thumbnailUrl,
        @JsonProperty("thumbnail2x_url") String thumbnail2xUrl,
        @JsonProperty("size") Long size,
        @JsonProperty("width") Integer width,
        @JsonProperty("height") Integer height,
        @JsonProperty("alternative_text") String alternativeText,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) implements Event {

    /** Keeps the collections immutable. */
    public FileEvent {
        properties = Copies.map(properties);
        extra = Extras.of(extra);
    }
}
