package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void matchesLiteralsAndParams() {
        PathTemplate template = PathTemplate.parse("/org/{orgId}/notificationEvent");
        assertEquals(Map.of("orgId", "o1"), template.match(List.of("org", "o1", "notificationEvent")));
        assertNull(template.match(List.of("org", "", "notificationEvent")));
        assertNull(template.match(List.of("org", "o1", "notificationevent")));
        assertNull(template.match(List.of("org", "o1")));
    }

    @Test
    void rootAndTrailingSlashAreDistinct() {
        assertEquals(Map.of(), PathTemplate.parse("/").match(List.of("")));
        assertNull(PathTemplate.parse("/").match(List.of("a")));
        assertEquals(Map.of(), PathTemplate.parse("/a/").match(List.of("a", "")));
        assertNull(PathTemplate.parse("/a").match(List.of("a", "")));
    }
}
