package dev.switchboard.conversations.intercom.reporting;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ReportingDataExportClient#export} waits for a job: poll after {@code firstDelay}, then double the delay up to
 * {@code maxDelay}, and give up once {@code deadline} has passed since the job was enqueued. Waits use the
 * connection's clock and sleeper, so tests never really sleep.
 *
 * @param deadline the longest time to wait for the job, measured from the enqueue
 * @param firstDelay the wait before the first status poll
 * @param maxDelay the longest wait between two polls
 */
public record ExportWait(Duration deadline, Duration firstDelay, Duration maxDelay) {
    /** Ten minutes, polling after 2 s and then at most every 30 s. */
    public static final ExportWait DEFAULT = new ExportWait(Duration.ofMinutes(10), Duration.ofSeconds(2),
            Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException if a duration is null, {@code deadline} or {@code firstDelay} is not positive,
     *     or {@code maxDelay} is shorter than {@code firstDelay}
     */
    public ExportWait {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive, was " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than firstDelay, was " + maxDelay);
        }
    }

    /**
     * @param deadline the longest time to wait
     * @return the default polling with this deadline
     * @throws IllegalArgumentException if {@code deadline} is not positive
     */
    public static ExportWait withDeadline(Duration deadline) {
        return new ExportWait(deadline, DEFAULT.firstDelay, DEFAULT.maxDelay);
    }
}
