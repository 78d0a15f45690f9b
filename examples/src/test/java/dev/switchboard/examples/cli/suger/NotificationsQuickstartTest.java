package dev.switchboard.examples.cli.suger;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.NotificationsQuickstart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's Suger and AlooChat snippets run end to end against the embedded fakes. */
class NotificationsQuickstartTest {

    @Test
    void theSnippetsRunAgainstTheFakes() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            NotificationsQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("HIGH or CRITICAL"), out);
        assertTrue(out.contains("events of offer-0; first message: msg-0001"), out);
        assertTrue(out.contains("legacy client: "), out);
        assertTrue(out.contains(" unread, "), out);
        assertTrue(out.contains(" notifications"), out);
    }
}
