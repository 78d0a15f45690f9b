package dev.switchboard.core.retry;

/** Observes retries, for metrics and tracing. Called on the thread that handled the failed attempt; keep it quick. */
@FunctionalInterface
public interface RetryListener {

    /** A listener that does nothing. */
    RetryListener NONE = e -> { };

    /** @param event the retry about to happen */
    void onRetry(RetryEvent event);
}
