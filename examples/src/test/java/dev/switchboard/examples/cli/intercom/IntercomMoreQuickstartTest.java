package dev.switchboard.examples.cli.intercom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.IntercomMoreQuickstart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's snippets for internal articles, news, reporting export, away statuses and activity logs run. */
class IntercomMoreQuickstartTest {

    @Test
    void readmeSnippetsRun() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IntercomMoreQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"conversation: [conversation_id, conversation_started_at, channel, state]",
            "report job1: ", "folder 10: Refunds", "news item ", " live", "ticket limit now 4", "admin 991267460 away: true"}) {
            assertTrue(printed.contains(expected), () -> "missing " + expected + "\n" + printed);
        }
        assertTrue(!printed.contains("sandbox-intercom-token"), printed);
    }
}
