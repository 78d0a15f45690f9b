package dev.switchboard.core.http;

import java.time.Duration;

/**
 * How a client waits for a job on the server to finish: it polls the job, first after {@code firstDelay}, then
 * doubling the pause up to {@code maxDelay}, and gives up once {@code deadline} has passed since the wait began. No
 * pause runs past the deadline: the last one is cut short so that the job is polled once more exactly at the deadline.
 * Blocking waits use the client's clock and sleeper, asynchronous ones its clock and scheduler, so tests never really
 * sleep.
 *
 * <pre>{@code
 * ExportResult done = export.export(request, file, PollWait.withDeadline(Duration.ofMinutes(15)));
 * Job job = intercom.jobs().awaitCompletion(id, new PollWait(Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(5)));
 * }</pre>
 *
 * @param deadline the longest time to wait, measured from the start of the wait
 * @param firstDelay the pause after the first answer (for an export, the enqueue's), before the next poll
 * @param maxDelay the longest pause between two polls
 */
public record PollWait(Duration deadline, Duration firstDelay, Duration maxDelay) {
    /** Ten minutes, polling after 2 s, then with pauses doubling up to 30 s: for jobs that take minutes. */
    public static final PollWait DEFAULT = new PollWait(Duration.ofMinutes(10), Duration.ofSeconds(2),
            Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException naming the argument, if a duration is null, {@code deadline} or
     *     {@code firstDelay} is not positive, or {@code maxDelay} is shorter than {@code firstDelay}
     */
    public PollWait {
        Durations.positive(deadline, "deadline");
        Durations.positive(firstDelay, "firstDelay");
        if (maxDelay == null) {
            throw new IllegalArgumentException("maxDelay must not be null");
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay (" + firstDelay + "), was "
                    + maxDelay);
        }
    }

    /**
     * @param deadline the longest time to wait
     * @return {@link #DEFAULT}'s pauses with this deadline
     * @throws IllegalArgumentException if {@code deadline} is null or not positive
     */
    public static PollWait withDeadline(Duration deadline) {
        return new PollWait(deadline, DEFAULT.firstDelay, DEFAULT.maxDelay);
    }
}
