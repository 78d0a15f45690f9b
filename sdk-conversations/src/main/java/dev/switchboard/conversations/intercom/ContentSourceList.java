package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.List;
import java.util.Map;

/**
 * The content the AI agent used in a conversation ({@code content_source.list}).
 *
 * @param type {@code content_source.list}
 * @param totalCount how many sources
 * @param contentSources the sources
 * @param extra fields this SDK does not know
 */
public record ContentSourceList(
        @JsonProperty("type") String type,
        @JsonProperty("total_count") Integer totalCount,
        @JsonProperty("content_sources") List<ContentSource> contentSources,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps the list and unknown fields immutable. */
    public ContentSourceList {
        contentSources = Models.list(contentSources);
        extra = Extras.of(extra);
    }
}
