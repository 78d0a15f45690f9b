package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * Content the AI agent used to answer ({@code content_source}).
 *
 * @param contentType {@code file}, {@code article}, {@code external_content}, {@code content_snippet},
 *     {@code workflow_connector_action}, ... (kept as sent)
 * @param url the internal URL of the content, for teammates
 * @param title its title
 * @param locale its ISO 639 language code
 * @param extra fields this SDK does not know
 */
public record ContentSource(
        @JsonProperty("content_type") String contentType,
        @JsonProperty("url") String url,
        @JsonProperty("title") String title,
        @JsonProperty("locale") String locale,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ContentSource {
        extra = Extras.of(extra);
    }
}
