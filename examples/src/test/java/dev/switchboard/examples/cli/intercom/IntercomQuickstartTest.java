package dev.switchboard.examples.cli.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.examples.IntercomQuickstart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's Intercom snippets run against the embedded fake. */
class IntercomQuickstartTest {

    @Test
    void readmeSnippetsRun() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IntercomQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("connection: IntercomConnection{https://api.eu.intercom.io, Intercom-Version 2.14}"),
                printed);
        assertTrue(printed.contains("60 calls"), printed);
        assertTrue(printed.contains("message 1 sent"), printed);
        assertTrue(printed.contains("request id "), printed);
        assertEquals(-1, printed.indexOf("sandbox-intercom-token"));
    }
}
