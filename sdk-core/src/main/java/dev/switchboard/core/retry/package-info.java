/**
 * Retries: a pure {@link dev.switchboard.core.retry.RetryPolicy} decides, a {@link dev.switchboard.core.retry.Sleeper}
 * (blocking calls) or {@link dev.switchboard.core.retry.Scheduler} (asynchronous calls) waits.
 */
package dev.switchboard.core.retry;
