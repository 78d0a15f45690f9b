package dev.switchboard.core.retry;

import java.time.Duration;

/**
 * Runs a task after a delay, for asynchronous calls: their retries and rate-limit waits are scheduled, never slept
 * on a thread (in particular never on an OkHttp dispatcher thread).
 */
@FunctionalInterface
public interface Scheduler {

    /**
     * @param delay how long to wait before running the task; zero runs it as soon as possible
     * @param task what to run; it must not block
     */
    void schedule(Duration delay, Runnable task);
}
