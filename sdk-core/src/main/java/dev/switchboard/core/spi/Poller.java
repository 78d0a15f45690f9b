package dev.switchboard.core.spi;

import dev.switchboard.core.TransportException;
import dev.switchboard.core.WaitFailedException;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.retry.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one poll-until-done loop of the SDK, blocking ({@link #await}) and asynchronous ({@link #awaitAsync}): it asks
 * for a job's state, and while the state is pending it pauses and asks again, by a {@link PollWait}.
 *
 * <p>The deadline starts when the wait starts, before the first answer. After each answer: a {@link Verdict#DONE}
 * state is the result; a {@link Verdict#FAILED} one ends the wait with the module's
 * {@link WaitFailedException} ({@link WaitFailedException.Reason#FAILED}); a pending one answered at or after the
 * deadline ends it with {@link WaitFailedException.Reason#DEADLINE}; otherwise the loop pauses — {@code firstDelay}
 * first, then doubled up to {@code maxDelay}, always cut to what is left of the deadline — and polls again. Pauses use
 * the configuration's sleeper (blocking) or its scheduler (asynchronous; without one,
 * {@link CompletableFuture#delayedExecutor}), and time is the configuration's clock.
 *
 * <pre>{@code
 * Job done = Poller.of(transport.config(), wait, "job " + jobId, JobsClient::verdict, JobFailedException::new)
 *         .await(() -> status(jobId), last -> status(jobId));
 * }</pre>
 *
 * <p>Immutable and thread-safe; one poller may run any number of waits.
 *
 * @param <S> the job's state, as one poll answers it
 */
public final class Poller<S> {

    /** What one answer says about the job. */
    public enum Verdict {
        /** It finished successfully: the answer is the wait's result. */
        DONE,
        /** It failed: the wait ends with {@link WaitFailedException.Reason#FAILED}. */
        FAILED,
        /** It is still running (or its status is one the SDK does not know): poll again. */
        PENDING
    }

    /**
     * Makes the module's exception, which carries the job's last state.
     *
     * @param <S> the job's state
     */
    @FunctionalInterface
    public interface Failure<S> {
        /**
         * @param last the job's last known state
         * @param reason why the wait ended
         * @param deadline the wait's deadline, for the message
         * @return the exception to throw
         */
        WaitFailedException of(S last, WaitFailedException.Reason reason, Duration deadline);
    }

    private final ClientConfig config;
    private final PollWait wait;
    private final String what;
    private final Function<? super S, Verdict> verdict;
    private final Failure<S> failure;

    private Poller(ClientConfig config, PollWait wait, String what, Function<? super S, Verdict> verdict,
            Failure<S> failure) {
        this.config = Objects.requireNonNull(config, "config");
        this.wait = Objects.requireNonNull(wait, "wait");
        this.what = Objects.requireNonNull(what, "what");
        this.verdict = Objects.requireNonNull(verdict, "verdict");
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /**
     * @param config the client's configuration: its clock, sleeper and scheduler pace the polls
     * @param wait the deadline and the pauses
     * @param what names what is waited for, for the interruption's message ("job 42", "a reporting export job")
     * @param verdict reads one answer
     * @param failure makes the module's exception from the last answer
     * @param <S> the job's state
     * @return the poller
     * @throws NullPointerException if an argument is null
     */
    public static <S> Poller<S> of(ClientConfig config, PollWait wait, String what, Function<? super S, Verdict> verdict,
            Failure<S> failure) {
        return new Poller<>(config, wait, what, verdict, failure);
    }

    /**
     * Polls until the job is done, blocking the calling thread between polls.
     *
     * @param first the first poll (for example the enqueue, whose answer is the first state)
     * @param next every later poll, given the last state
     * @return the state that was {@link Verdict#DONE}
     * @throws WaitFailedException what {@code failure} made, when the job failed or the deadline came
     * @throws TransportException if the thread is interrupted while pausing (its interrupt flag is set again)
     * @throws RuntimeException what a poll or {@code verdict} threw, unchanged
     */
    public S await(Supplier<? extends S> first, Function<? super S, ? extends S> next) {
        Instant deadline = config.clock().instant().plus(wait.deadline());
        S state = first.get();
        Duration pause = wait.firstDelay();
        while (true) {
            Duration p = pauseAfter(state, deadline, pause);
            if (p == null) {
                return state;
            }
            try {
                config.sleeper().sleep(p);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted while waiting for " + what, e, false, false, 0);
            }
            state = next.apply(state);
            pause = doubled(pause);
        }
    }

    /**
     * Polls until the job is done without blocking a thread: each pause is scheduled. Cancelling the result cancels
     * the poll in flight (and its HTTP call) and stops further polls.
     *
     * @param first starts the first poll
     * @param next starts every later poll, given the last state
     * @return completes with the state that was {@link Verdict#DONE}, or exceptionally with what {@link #await}
     *     throws (a poll's own failure unwrapped from any {@link CompletionException})
     */
    public CompletableFuture<S> awaitAsync(Supplier<? extends CompletableFuture<? extends S>> first,
            Function<? super S, ? extends CompletableFuture<? extends S>> next) {
        AsyncWait run = new AsyncWait(config.clock().instant().plus(wait.deadline()), next);
        run.poll(first, wait.firstDelay());
        return run;
    }

    /**
     * @return {@code null} when the state is done, else the pause before the next poll
     * @throws WaitFailedException when the job failed or the deadline came
     */
    private Duration pauseAfter(S state, Instant deadline, Duration pause) {
        Verdict v = Objects.requireNonNull(verdict.apply(state), "verdict");
        if (v == Verdict.DONE) {
            return null;
        }
        if (v == Verdict.FAILED) {
            throw failure.of(state, WaitFailedException.Reason.FAILED, wait.deadline());
        }
        Duration left = Duration.between(config.clock().instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw failure.of(state, WaitFailedException.Reason.DEADLINE, wait.deadline());
        }
        return pause.compareTo(left) > 0 ? left : pause;
    }

    private Duration doubled(Duration pause) {
        Duration d = pause.multipliedBy(2);
        return d.compareTo(wait.maxDelay()) > 0 ? wait.maxDelay() : d;
    }

    private void schedule(Duration delay, Runnable task) {
        Scheduler scheduler = config.scheduler();
        if (scheduler != null) {
            scheduler.schedule(delay, task);
        } else {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(task);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /**
     * One asynchronous wait: a single future for the whole wait (no chain that grows with each poll), holding the
     * poll in flight so that cancelling reaches it.
     */
    private final class AsyncWait extends CompletableFuture<S> {
        private final Instant deadline;
        private final Function<? super S, ? extends CompletableFuture<? extends S>> next;
        private volatile CompletableFuture<? extends S> inFlight;

        AsyncWait(Instant deadline, Function<? super S, ? extends CompletableFuture<? extends S>> next) {
            this.deadline = deadline;
            this.next = next;
        }

        void poll(Supplier<? extends CompletableFuture<? extends S>> call, Duration pause) {
            if (isDone()) {
                return;
            }
            CompletableFuture<? extends S> polled;
            try {
                polled = Objects.requireNonNull(call.get(), "a poll returned no future");
            } catch (RuntimeException | Error e) {
                completeExceptionally(e);
                return;
            }
            inFlight = polled;
            if (isCancelled()) {
                // cancel() ran between the check above and the assignment, and may not have seen this poll.
                polled.cancel(true);
                return;
            }
            polled.whenComplete((state, error) -> {
                if (error != null) {
                    completeExceptionally(unwrap(error));
                    return;
                }
                try {
                    Duration p = pauseAfter(state, deadline, pause);
                    if (p == null) {
                        complete(state);
                        return;
                    }
                    Duration later = doubled(pause);
                    schedule(p, () -> poll(() -> next.apply(state), later));
                } catch (RuntimeException | Error e) {
                    completeExceptionally(e);
                }
            });
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            CompletableFuture<? extends S> polling = inFlight;
            if (polling != null) {
                polling.cancel(mayInterruptIfRunning);
            }
            return cancelled;
        }
    }
}
