package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Fin snippet runs a whole conversation against FakeFin: drafts, the answer, the survey, the rating. */
class FinQuickstartTest {

    @Test
    void readmeSnippetRuns() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FinQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("draft: "), lines::toString);
        int answer = lines.indexOf(lines.stream().filter(l -> l.startsWith("answer: ")).findFirst().orElse("none"));
        assertTrue(answer > 0, lines::toString);
        String draft = lines.get(answer - 1).substring("draft: ".length());
        assertFalse(draft.isEmpty(), lines::toString);
        assertTrue(lines.get(answer + 1).startsWith("rate: ["), lines::toString);
        assertEquals("rated: amazing", lines.get(lines.size() - 1), lines::toString);
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("sandbox-fin-token"));
    }
}
