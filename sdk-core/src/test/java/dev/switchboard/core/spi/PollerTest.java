package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.WaitFailedException;
import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one poll loop: verdicts, pauses, the deadline, interruption, and the asynchronous form's cancellation. */
class PollerTest {
    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    /** Ten seconds; pauses of 1 s doubling up to 4 s. */
    private static final PollWait WAIT = new PollWait(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(4));

    private final ManualClock clock = ManualClock.at(START);
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    /** Simulated time: records the delay, moves the clock by it and runs the task at once on another thread. */
    private final Scheduler scheduler = (delay, task) -> {
        scheduled.add(delay);
        clock.advance(delay);
        executor.execute(task);
    };
    private final AtomicInteger polls = new AtomicInteger();

    /** A job's state as one poll answers it. */
    record State(String id, String status) {
    }

    /** The module's exception, carrying the last state. */
    static final class StateFailed extends WaitFailedException {
        private static final long serialVersionUID = 1L;
        final transient State last;

        StateFailed(State last, Reason reason, Duration deadline) {
            super("job " + last.id(), last.status(), reason, deadline);
            this.last = last;
        }
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
    }

    private ClientConfig.Builder config() {
        return ClientConfig.builder("https://api.example.com").clock(clock).sleeper(sleeper::sleep);
    }

    private static Poller.Verdict verdict(State s) {
        return switch (s.status()) {
            case "done" -> Poller.Verdict.DONE;
            case "failed", "error" -> Poller.Verdict.FAILED;
            default -> Poller.Verdict.PENDING;
        };
    }

    private Poller<State> poller(ClientConfig config, PollWait wait) {
        return Poller.of(config, wait, "job 7", PollerTest::verdict, StateFailed::new);
    }

    /** Answers the statuses in turn, one per poll, counting polls. */
    private java.util.function.Supplier<State> answers(String... statuses) {
        Deque<String> left = new ArrayDeque<>(List.of(statuses));
        return () -> {
            polls.incrementAndGet();
            String s = left.size() > 1 ? left.poll() : left.peek();
            return new State("7", s);
        };
    }

    @Test
    void aDoneFirstAnswerIsTheResultWithoutAPause() {
        State done = poller(config().build(), WAIT).await(answers("done"), last -> {
            throw new AssertionError("no second poll");
        });
        assertEquals(new State("7", "done"), done);
        assertEquals(List.of(), sleeper.sleeps());
        assertEquals(1, polls.get());
    }

    @Test
    void aFailedAnswerEndsTheWaitWithTheLastStateAndReasonFailed() {
        java.util.function.Supplier<State> a = answers("pending", "running", "failed");
        StateFailed e = assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(a, last -> a.get()));
        assertEquals(WaitFailedException.Reason.FAILED, e.reason());
        assertEquals(new State("7", "failed"), e.last);
        assertEquals("job 7 failed", e.getMessage());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps());
        assertEquals(3, polls.get());
    }

    @Test
    void aFailureWithAnotherStatusNamesIt() {
        StateFailed e = assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(answers("error"), l -> l));
        assertEquals("job 7 failed (status error)", e.getMessage());
    }

    @Test
    void pausesDoubleFromTheFirstDelayAndStopAtTheMaxDelay() {
        java.util.function.Supplier<State> a = answers("pending", "pending", "pending", "pending", "pending", "done");
        PollWait wait = new PollWait(Duration.ofMinutes(10), Duration.ofSeconds(1), Duration.ofSeconds(5));
        State done = poller(config().build(), wait).await(a, last -> a.get());
        assertEquals("done", done.status());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5),
                Duration.ofSeconds(5)), sleeper.sleeps());
    }

    @Test
    void theLastPauseIsCutToTheDeadlineWhereTheJobIsPolledOnceMore() {
        java.util.function.Supplier<State> a = answers("pending");
        StateFailed e = assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(a, last -> a.get()));
        assertEquals(WaitFailedException.Reason.DEADLINE, e.reason());
        assertEquals(new State("7", "pending"), e.last);
        assertEquals("job 7 was still pending when the deadline of 10s passed; it may still finish", e.getMessage());
        // 1 + 2 + 4 = 7 s; the next pause (4 s) would pass the deadline, so it is cut to the 3 s left.
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3)),
                sleeper.sleeps());
        assertEquals(START.plusSeconds(10), clock.instant(), "never slept past the deadline");
        assertEquals(5, polls.get(), "the first poll and one after each pause, the last at the deadline");
    }

    @Test
    void aDoneAnswerExactlyAtTheDeadlineIsStillTheResult() {
        java.util.function.Supplier<State> a = answers("pending", "pending", "pending", "pending", "done");
        State done = poller(config().build(), WAIT).await(a, last -> a.get());
        assertEquals("done", done.status());
        assertEquals(START.plusSeconds(10), clock.instant());
    }

    @Test
    void aPendingAnswerExactlyAtTheDeadlineEndsTheWaitWithoutAPause() {
        StateFailed e = assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(() -> {
            clock.advance(Duration.ofSeconds(10)); // the first answer took the whole deadline
            return new State("7", "pending");
        }, last -> {
            throw new AssertionError("no second poll");
        }));
        assertEquals(WaitFailedException.Reason.DEADLINE, e.reason());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void aPendingAnswerPastTheDeadlineEndsTheWaitWithoutAPause() {
        java.util.function.Supplier<State> a = answers("pending");
        StateFailed e = assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(a, last -> {
            clock.advance(Duration.ofSeconds(30)); // a slow poll: its answer comes long after the deadline
            return a.get();
        }));
        assertEquals(WaitFailedException.Reason.DEADLINE, e.reason());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.sleeps());
        assertEquals(2, polls.get());
    }

    @Test
    void theDeadlineStartsBeforeTheFirstPoll() {
        java.util.function.Supplier<State> a = answers("pending");
        assertThrows(StateFailed.class, () -> poller(config().build(), WAIT).await(() -> {
            clock.advance(Duration.ofSeconds(4)); // the enqueue takes 4 s of the 10
            return a.get();
        }, last -> a.get()));
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3)), sleeper.sleeps());
    }

    @Test
    void aPollsOwnExceptionPassesThroughUnchanged() {
        SwitchboardException boom = new SwitchboardException("status call failed");
        java.util.function.Supplier<State> a = answers("pending");
        assertSame(boom, assertThrows(SwitchboardException.class,
                () -> poller(config().build(), WAIT).await(a, last -> {
                    throw boom;
                })));
    }

    @Test
    void anInterruptedPauseIsATransportExceptionAndTheFlagIsSetAgain() {
        try {
            TransportException e = assertThrows(TransportException.class, () -> poller(config().build(), WAIT).await(() -> {
                Thread.currentThread().interrupt(); // the sleeper throws InterruptedException and clears the flag
                return new State("7", "pending");
            }, last -> {
                throw new AssertionError("no poll after the interruption");
            }));
            assertEquals("interrupted while waiting for job 7", e.getMessage());
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertFalse(e.requestSent());
            assertFalse(e.timedOut());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt flag is restored");
        } finally {
            Thread.interrupted();
        }
    }

    // ------------------------------------------------------------------ asynchronous

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private java.util.function.Supplier<CompletableFuture<State>> async(java.util.function.Supplier<State> answers) {
        return () -> CompletableFuture.completedFuture(answers.get());
    }

    private ClientConfig asyncConfig() {
        return config().scheduler(scheduler).sleeper(d -> {
            throw new AssertionError("an asynchronous wait never sleeps");
        }).build();
    }

    @Test
    void asyncSchedulesTheSamePausesAndNeverSleeps() throws Exception {
        java.util.function.Supplier<CompletableFuture<State>> a = async(answers("pending", "pending", "pending",
                "pending", "done"));
        PollWait wait = new PollWait(Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(3));
        State done = await(poller(asyncConfig(), wait).awaitAsync(a, last -> a.get()));
        assertEquals("done", done.status());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)),
                scheduled);
        assertEquals(5, polls.get());
    }

    @Test
    void asyncEndsAtTheDeadlineLikeTheBlockingForm() {
        java.util.function.Supplier<CompletableFuture<State>> a = async(answers("pending"));
        CompletableFuture<State> f = poller(asyncConfig(), WAIT).awaitAsync(a, last -> a.get());
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(f));
        StateFailed failed = assertInstanceOf(StateFailed.class, e.getCause());
        assertEquals(WaitFailedException.Reason.DEADLINE, failed.reason());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3)),
                scheduled);
        assertEquals(5, polls.get());
    }

    @Test
    void asyncFailsWithReasonFailed() {
        java.util.function.Supplier<CompletableFuture<State>> a = async(answers("pending", "failed"));
        CompletableFuture<State> f = poller(asyncConfig(), WAIT).awaitAsync(a, last -> a.get());
        StateFailed failed = assertInstanceOf(StateFailed.class, assertThrows(ExecutionException.class, () -> await(f)).getCause());
        assertEquals(WaitFailedException.Reason.FAILED, failed.reason());
        assertEquals(new State("7", "failed"), failed.last);
    }

    @Test
    void asyncPassesAPollsFailureOnUnwrapped() {
        SwitchboardException boom = new SwitchboardException("status call failed");
        java.util.function.Supplier<CompletableFuture<State>> a = async(answers("pending"));
        CompletableFuture<State> f = poller(asyncConfig(), WAIT).awaitAsync(a,
                last -> CompletableFuture.failedFuture(new CompletionException(boom)));
        assertSame(boom, assertThrows(ExecutionException.class, () -> await(f)).getCause());
        assertEquals(List.of(Duration.ofSeconds(1)), scheduled);
    }

    @Test
    void asyncTurnsWhatAPollOrTheVerdictThrowsIntoAFailedFuture() {
        IllegalArgumentException bad = new IllegalArgumentException("jobId must not be blank");
        CompletableFuture<State> thrown = poller(asyncConfig(), WAIT).awaitAsync(() -> {
            throw bad;
        }, last -> CompletableFuture.completedFuture(last));
        assertTrue(thrown.isCompletedExceptionally(), "returned, not thrown");
        assertSame(bad, assertThrows(ExecutionException.class, () -> await(thrown)).getCause());

        SwitchboardException undecodable = new SwitchboardException("status is not a string");
        CompletableFuture<State> judged = Poller.<State>of(asyncConfig(), WAIT, "job 7", s -> {
            throw undecodable;
        }, StateFailed::new).awaitAsync(async(answers("pending")), last -> CompletableFuture.completedFuture(last));
        assertSame(undecodable, assertThrows(ExecutionException.class, () -> await(judged)).getCause());
    }

    @Test
    void cancellingAnAsyncWaitStopsFurtherPolls() {
        List<Runnable> tasks = new ArrayList<>();
        ClientConfig held = config().scheduler((delay, task) -> {
            scheduled.add(delay);
            tasks.add(task);
        }).build();
        java.util.function.Supplier<CompletableFuture<State>> a = async(answers("pending"));
        CompletableFuture<State> f = poller(held, WAIT).awaitAsync(a, last -> a.get());
        assertEquals(1, polls.get());
        assertEquals(List.of(Duration.ofSeconds(1)), scheduled);

        assertTrue(f.cancel(true));
        tasks.forEach(Runnable::run); // the pause ends after the cancellation
        assertEquals(1, polls.get(), "no poll after the cancellation");
        assertEquals(1, scheduled.size());
        assertThrows(CancellationException.class, f::join);
    }

    @Test
    void cancellingAnAsyncWaitCancelsThePollInFlight() {
        List<Runnable> tasks = new ArrayList<>();
        ClientConfig held = config().scheduler((delay, task) -> tasks.add(task)).build();
        CompletableFuture<State> inFlight = new CompletableFuture<>();
        CompletableFuture<State> f = poller(held, WAIT).awaitAsync(async(answers("pending")), last -> inFlight);
        tasks.remove(0).run(); // the second poll starts and does not answer
        assertFalse(inFlight.isDone());
        assertTrue(f.cancel(true));
        assertTrue(inFlight.isCancelled(), "the poll in flight (and with it its HTTP call) is cancelled");
        assertEquals(List.of(), tasks, "nothing more is scheduled");
    }
}
