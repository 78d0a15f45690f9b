package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Objects;

/**
 * A thread's AI summary was written ({@code thread_summary_set}, 3.6).
 *
 * @param envelope the delivery's envelope ({@code action} {@code thread_summary_set})
 * @param payload the thread and its summary
 */
public record ThreadSummarySet(LiveChatEnvelope envelope, Payload payload) implements LiveChatWebhook {

    /** Checks the components. */
    public ThreadSummarySet {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(payload, "payload");
    }

    /**
     * The payload of {@code thread_summary_set}.
     *
     * @param chatId the chat
     * @param threadId the thread
     * @param summary the summary
     * @param extra fields this SDK does not know
     */
    public record Payload(
            @JsonProperty("chat_id") String chatId,
            @JsonProperty("thread_id") String threadId,
            @JsonProperty("summary") Summary summary,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

        /** Keeps unknown fields immutable. */
        public Payload {
            extra = Extras.of(extra);
        }
    }
}
