package dev.switchboard.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait value: its defaults and its checks, each message naming the argument. */
class PollWaitTest {
    private static final Duration ONE = Duration.ofSeconds(1);

    private static String rejected(Duration deadline, Duration firstDelay, Duration maxDelay) {
        return assertThrows(IllegalArgumentException.class, () -> new PollWait(deadline, firstDelay, maxDelay)).getMessage();
    }

    @Test
    void theDefaultWaitsTenMinutesPollingAfterTwoSecondsAndAtMostEveryThirty() {
        assertEquals(new PollWait(Duration.ofMinutes(10), Duration.ofSeconds(2), Duration.ofSeconds(30)), PollWait.DEFAULT);
    }

    @Test
    void withDeadlineKeepsTheDefaultPauses() {
        assertEquals(new PollWait(Duration.ofMinutes(15), Duration.ofSeconds(2), Duration.ofSeconds(30)),
                PollWait.withDeadline(Duration.ofMinutes(15)));
        assertEquals("deadline must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> PollWait.withDeadline(Duration.ZERO)).getMessage());
        assertEquals("deadline must not be null",
                assertThrows(IllegalArgumentException.class, () -> PollWait.withDeadline(null)).getMessage());
    }

    @Test
    void eachDurationIsCheckedByName() {
        assertEquals("deadline must not be null", rejected(null, ONE, ONE));
        assertEquals("deadline must be positive, was PT0S", rejected(Duration.ZERO, ONE, ONE));
        assertEquals("deadline must be positive, was PT-1S", rejected(ONE.negated(), ONE, ONE));
        assertEquals("firstDelay must not be null", rejected(ONE, null, ONE));
        assertEquals("firstDelay must be positive, was PT0S", rejected(ONE, Duration.ZERO, ONE));
        assertEquals("maxDelay must not be null", rejected(ONE, ONE, null));
        assertEquals("maxDelay must not be shorter than firstDelay (PT2S), was PT1S", rejected(ONE, Duration.ofSeconds(2), ONE));
    }

    @Test
    void aMaxDelayEqualToTheFirstAndADeadlineShorterThanAPauseAreAllowed() {
        PollWait w = new PollWait(Duration.ofMillis(300), ONE, ONE);
        assertEquals(Duration.ofMillis(300), w.deadline());
        assertEquals(ONE, w.maxDelay());
    }
}
