package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestingQuickstartTest {
    @Test
    void theFaultsComeFirstThenTheRoute() throws Exception {
        List<String> seen = TestingQuickstart.fakeServer();
        assertEquals(List.of("503 - {\"error\":\"injected\",\"status\":503}", "429 2 {}", "200 - {\"id\":\"7\"}",
                "GET /items/7"), seen);
    }
}
