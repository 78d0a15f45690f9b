package dev.switchboard.conversations.intercom.segments;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.intercom.FakeIntercomDirectory;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SegmentsClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final SegmentsClient segments = new SegmentsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsWithCountsOnlyWhenAskedAndGetsOne() {
        FakeIntercomDirectory.on(t.server, MoreTestSupport.TOKEN);
        List<Segment> plain = segments.list().stream().toList();
        assertRequest(t.server.takeRequest(), "GET", "/segments", null);
        assertEquals(List.of("Active users", "Leads this week", "VIP customers"), plain.stream().map(Segment::name).toList());
        assertNull(plain.get(0).count());
        assertEquals(1, t.server.requestCount(), "no pages: one answer");
        List<Segment> counted = segments.list(true).stream().toList();
        assertRequest(t.server.takeRequest(), "GET", "/segments?include_count=true", null);
        assertEquals(List.of(5L, 2L, 1L), counted.stream().map(Segment::count).toList());
        assertEquals(PersonType.CONTACT, counted.get(1).personType());
        Segment one = segments.get("6762f25c1bb69f9f2193bc24");
        assertRequest(t.server.takeRequest(), "GET", "/segments/6762f25c1bb69f9f2193bc24", null);
        assertEquals("VIP customers", one.name());
        assertEquals(Instant.ofEpochSecond(1_777_636_800L - 86_400), one.updatedAt());
        assertEquals("not_found", assertThrows(NotFoundException.class, () -> segments.get("nope")).details().get(0).code());
    }

    @Test
    void followsPageNumbersOnlyWhenPagesSaysMoreFollow() {
        AtomicInteger n = new AtomicInteger();
        t.server.route("GET", "/segments", r -> FakeResponse.json(n.getAndIncrement() == 0
                ? "{\"type\":\"segment.list\",\"segments\":[{\"id\":\"a\"}],\"pages\":{\"page\":1,\"total_pages\":2}}"
                : "{\"type\":\"segment.list\",\"segments\":[{\"id\":\"b\"}],\"pages\":{\"page\":2,\"total_pages\":2}}"));
        assertEquals(List.of("a", "b"), segments.list().stream().map(Segment::id).toList());
        assertEquals("/segments?page=2", t.server.requests().get(1).target());
    }

    @Test
    void asyncAndArgumentChecks() throws Exception {
        FakeIntercomDirectory.on(t.server, MoreTestSupport.TOKEN);
        assertEquals("Active users", segments.getAsync("6762f25c1bb69f9f2193bc22").get().name());
        assertEquals(3L, segments.list().forEachAsync(s -> { }).get());
        assertTrue(segments.getAsync(" ").isCompletedExceptionally());
        assertEquals("segmentId must not be blank", assertThrows(IllegalArgumentException.class, () -> segments.get(""))
                .getMessage());
        assertEquals(2, t.server.requestCount());
    }

    @Test
    void openPersonTypesAndBothEnvelopesKeepWhatWasSent() {
        Segment s = decode("{\"person_type\":\"visitor\",\"count\":\"12\"}", Segment.class);
        assertFalse(s.personType().isKnown());
        assertEquals("visitor", s.personType().value());
        assertEquals(12L, s.count());
        SegmentList attached = decode("{\"type\":\"list\",\"data\":[{\"id\":\"x\"}]}", SegmentList.class);
        assertEquals("x", attached.data().get(0).id());
        assertNull(attached.segments());
    }
}
