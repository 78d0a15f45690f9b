package dev.switchboard.conversations.intercom.fin;

/**
 * Receives a {@link FinEventStream}'s events on the stream's own thread, in order, one at a time. Do not block it
 * for long: reading pauses meanwhile. A listener that throws ends the stream ({@link FinStreamEnd#FAILED}).
 */
public interface FinEventListener {
    /**
     * @param event the next event, after deduplication and chunk supersession (see {@link FinEventStream})
     */
    void onEvent(FinEvent event);

    /**
     * Called exactly once, last, on the stream's thread — also after {@link FinEventStream#cancel()} or a deadline,
     * as soon as the thread has let go of the connection (and after an {@link #onEvent} in progress returns).
     *
     * @param end why the stream ended
     * @param failure for {@link FinStreamEnd#DEADLINE} and {@link FinStreamEnd#FAILED}: a
     *     {@link dev.switchboard.core.TransportException}, {@link dev.switchboard.core.DecodeException} or what the
     *     listener threw; otherwise {@code null}
     */
    default void onEnd(FinStreamEnd end, RuntimeException failure) {
    }
}
