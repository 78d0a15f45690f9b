package dev.switchboard.webhooks.livechat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.json.Extras;
import java.util.Map;
import java.util.Optional;

/**
 * A chat's place in the queue.
 *
 * @param position the position, 1 is next
 * @param waitTime the approximate wait, in seconds
 * @param queuedAt when it was queued; the 3.5 reference spells the field {@code queued_at_us}, which is kept among
 *     the unknown fields and read by {@link #queuedTime()}
 * @param extra fields this SDK does not know
 */
public record Queue(
        @JsonProperty("position") Integer position,
        @JsonProperty("wait_time") Integer waitTime,
        @JsonProperty("queued_at") Timestamp queuedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    /** Keeps unknown fields immutable. */
    public Queue {
        extra = Extras.of(extra);
    }

    /** @return {@code queued_at}, or the 3.5 reference's {@code queued_at_us} when only that was sent */
    public Optional<Timestamp> queuedTime() {
        if (queuedAt != null) {
            return Optional.of(queuedAt);
        }
        return extra.get("queued_at_us") instanceof String s ? Optional.of(Timestamp.of(s)) : Optional.empty();
    }
}
