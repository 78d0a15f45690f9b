package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * The payload of {@code thread_tagged} and {@code thread_untagged}.
 *
 * @param chatId the chat
 * @param threadId the thread
 * @param tag the tag added or removed
 * @param extra fields this SDK does not know
 */
public record ThreadTag(
        @JsonProperty("chat_id") String chatId,
        @JsonProperty("thread_id") String threadId,
        @JsonProperty("tag") String tag,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public ThreadTag {
        extra = Extras.of(extra);
    }
}
