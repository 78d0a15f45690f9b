package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookHeadersTest {

    @Test
    void namesAreMatchedIgnoringCase() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("X-Hub-Signature", List.of("sha1=a"));
        raw.put("x-hub-signature", List.of("sha1=b"));
        WebhookHeaders h = WebhookHeaders.of(raw);
        assertEquals(List.of("sha1=a", "sha1=b"), h.values("X-HUB-SIGNATURE"));
        assertEquals(Optional.of("sha1=a"), h.first("x-hub-Signature"));
        assertEquals(1, h.names().size());
    }

    @Test
    void nullsFromTheNetworkAreSkipped() {
        Map<String, List<String>> raw = new HashMap<>();
        raw.put(null, List.of("HTTP/1.1 200 OK"));  // HttpURLConnection's status line
        raw.put("A", Arrays.asList("1", null));
        raw.put("B", null);
        WebhookHeaders h = WebhookHeaders.of(raw);
        assertEquals(List.of("1"), h.values("a"));
        assertEquals(List.of(), h.values("b"));
        assertEquals(List.of(), h.values(null));
        assertEquals(WebhookHeaders.empty().names(), WebhookHeaders.of((Map<String, List<String>>) null).names());
        assertTrue(WebhookHeaders.of((String[]) null).names().isEmpty());
    }

    @Test
    void singleValuesAndPairs() {
        assertEquals(Optional.of("v"), WebhookHeaders.ofSingleValues(Map.of("Name", "v")).first("NAME"));
        WebhookHeaders pairs = WebhookHeaders.of("A", "1", "a", "2", "B", "3");
        assertEquals(List.of("1", "2"), pairs.values("A"));
        assertThrows(IllegalArgumentException.class, () -> WebhookHeaders.of("A"));
    }

    @Test
    void toStringShowsNamesOnly() {
        String s = WebhookHeaders.of("X-Hub-Signature", "sha1=secretvalue").toString();
        assertFalse(s.contains("secretvalue"));
        assertTrue(s.contains("x-hub-signature"));
    }
}
