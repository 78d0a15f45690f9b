package dev.switchboard.webhooks.livechat;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.JsonObject;
import java.util.Optional;

/** A chat's place in the queue. */
public final class Queue extends LiveChatModel {

    /** @param json the object as sent */
    public Queue(JsonObject json) {
        super(json);
    }

    /** @return the position, 1 is next */
    public Integer position() {
        return integer("position");
    }

    /** @return the approximate wait, in seconds */
    public Integer waitTime() {
        return integer("wait_time");
    }

    /**
     * @return when it was queued; the 3.5 reference spells the field {@code queued_at_us}, read by
     *     {@link #queuedTime()}
     * @throws DecodeException if it is not a string
     */
    public Timestamp queuedAt() {
        return timestamp("queued_at");
    }

    /**
     * @return {@code queued_at}, or the 3.5 reference's {@code queued_at_us} when only that was sent
     * @throws DecodeException if the field read is not a string
     */
    public Optional<Timestamp> queuedTime() {
        Timestamp at = queuedAt();
        return Optional.ofNullable(at != null ? at : timestamp("queued_at_us"));
    }
}
