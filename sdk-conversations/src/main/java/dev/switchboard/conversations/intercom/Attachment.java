package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A file attached to a conversation or ticket part ({@code part_attachment}).
 *
 * @param type {@code upload}
 * @param name file name
 * @param url where to download it
 * @param contentType media type
 * @param filesize size in bytes
 * @param width image width in pixels, or {@code null}
 * @param height image height in pixels, or {@code null}
 * @param extra fields this SDK does not know
 */
public record Attachment(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("url") String url,
        @JsonProperty("content_type") String contentType,
        @JsonProperty("filesize") Long filesize,
        @JsonProperty("width") Long width,
        @JsonProperty("height") Long height,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Attachment {
        extra = Extras.of(extra);
    }
}
