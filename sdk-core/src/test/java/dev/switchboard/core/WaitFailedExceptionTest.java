package dev.switchboard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared wait exception's messages: the job, its last status, the deadline. */
class WaitFailedExceptionTest {

    /** A module's subclass. */
    static final class Failed extends WaitFailedException {
        private static final long serialVersionUID = 1L;

        Failed(String status, Reason reason, Duration deadline) {
            super("export job j1", status, reason, deadline);
        }
    }

    @Test
    void aFailedJobSaysSo() {
        Failed e = new Failed("failed", WaitFailedException.Reason.FAILED, Duration.ofMinutes(10));
        assertEquals("export job j1 failed", e.getMessage());
        assertEquals(WaitFailedException.Reason.FAILED, e.reason());
        assertEquals("export job j1 failed (status errored)",
                new Failed("errored", WaitFailedException.Reason.FAILED, Duration.ofMinutes(10)).getMessage());
    }

    @Test
    void aDeadlineNamesTheStatusAndTheDeadline() {
        assertEquals("export job j1 was still pending when the deadline of 1h30m passed; it may still finish",
                new Failed("pending", WaitFailedException.Reason.DEADLINE, Duration.ofMinutes(90)).getMessage());
        assertEquals("export job j1 had no status when the deadline of 7.5s passed; it may still finish",
                new Failed(null, WaitFailedException.Reason.DEADLINE, Duration.ofMillis(7500)).getMessage());
    }

    @Test
    void itIsASwitchboardExceptionAndNeedsAReasonAndADeadline() {
        assertEquals(SwitchboardException.class, WaitFailedException.class.getSuperclass());
        assertThrows(NullPointerException.class, () -> new Failed("pending", null, Duration.ofSeconds(1)));
        assertThrows(NullPointerException.class, () -> new Failed("pending", WaitFailedException.Reason.DEADLINE, null));
    }
}
