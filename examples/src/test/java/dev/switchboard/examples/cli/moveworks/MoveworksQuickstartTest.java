package dev.switchboard.examples.cli.moveworks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.MoveworksQuickstart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's Moveworks snippets run, offline, against the fake. */
class MoveworksQuickstartTest {

    @Test
    void theReadmeSnippetsRunAgainstTheFake() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            MoveworksQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("60 of 60 conversations; resume at true"), out);
        assertTrue(out.contains("15 user-initiated, 45 SysEvent conversations"), out);
        assertTrue(out.contains("  CONVERSATION_TYPE_CSAT_NOTIFICATION: 3"), out);
        assertTrue(out.contains("  legacy notification: 3"), out);
        assertTrue(out.contains("interceptions did not"), out);
        assertTrue(out.contains("plugin calls on bot interactions"), out);
        assertTrue(out.contains("a plugin resource re-encoded: {\"id\":"), out);
    }
}
