package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;

/**
 * A thread's AI summary (3.6).
 *
 * @param status for example {@code ok}
 * @param text the summary
 * @param updatedAt when it was written
 * @param extra fields this SDK does not know
 */
public record Summary(
        @JsonProperty("status") String status,
        @JsonProperty("text") String text,
        @JsonProperty("updated_at") Timestamp updatedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Summary {
        extra = Extras.of(extra);
    }
}
