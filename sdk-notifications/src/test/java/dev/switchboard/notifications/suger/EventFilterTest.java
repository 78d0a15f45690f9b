package dev.switchboard.notifications.suger;

import static dev.switchboard.notifications.suger.SugerClientTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The event filter's defaults and checks; every message names the argument. */
class EventFilterTest {

    @Test
    void defaultsToAllFourPrioritiesAndTheLargestPage() {
        EventFilter f = EventFilter.all();
        assertEquals(EventFilter.ALL_PRIORITIES, f.priorities());
        assertEquals("LOW,MEDIUM,HIGH,CRITICAL", f.prioritiesParameter());
        assertEquals(1000, f.limit());
        assertEquals(Optional.empty(), f.startDate());
        assertEquals(Optional.empty(), f.endDate());
        assertEquals(Optional.empty(), f.message());
        assertEquals(f, EventFilter.builder().build());
    }

    @Test
    void prioritiesAreSentInCanonicalOrderWithoutRepeatsAndUnknownOnesLast() {
        EventFilter f = EventFilter.builder().priorities(AuditingEventPriority.of("URGENT"), AuditingEventPriority.CRITICAL,
                AuditingEventPriority.LOW, AuditingEventPriority.LOW).build();
        assertEquals("LOW,CRITICAL,URGENT", f.prioritiesParameter());
        assertEquals("LOW,MEDIUM,HIGH,CRITICAL", f.toBuilder().allPriorities().build().prioritiesParameter());
    }

    @Test
    void argumentsAreChecked() {
        assertMessage("priorities must name at least one priority (an empty list means HIGH and CRITICAL only to the"
                + " server); use allPriorities() for all four", () -> EventFilter.builder().priorities(List.of()));
        assertMessage("priorities must not contain the empty priority",
                () -> EventFilter.builder().priorities(AuditingEventPriority.EMPTY));
        assertMessage("priorities must not contain null",
                () -> EventFilter.builder().priorities(AuditingEventPriority.LOW, (AuditingEventPriority) null));
        assertMessage("priority 'LOW,HIGH' contains a comma",
                () -> EventFilter.builder().priorities(AuditingEventPriority.of("LOW,HIGH")));
        assertMessage("limit must be between 1 and 1000, was 0", () -> EventFilter.builder().limit(0));
        assertMessage("limit must be between 1 and 1000, was 1001", () -> EventFilter.builder().limit(1001));
        assertMessage("message must not be blank; pass null for no message filter",
                () -> EventFilter.builder().message(" "));
        assertMessage("endDate 2024-04-30 is before startDate 2024-05-01", () -> EventFilter.builder()
                .startDate(LocalDate.of(2024, 5, 1)).endDate(LocalDate.of(2024, 4, 30)).build());
        assertMessage("startDate must be between years 1 and 9999, was +10000-01-01",
                () -> EventFilter.builder().startDate(LocalDate.of(10000, 1, 1)));
    }

    @Test
    void oneDayWindowsAndClearingAreAllowed() {
        LocalDate day = LocalDate.of(2024, 5, 1);
        EventFilter f = EventFilter.builder().startDate(day).endDate(day).message("x").build();
        assertEquals(Optional.of(day), f.startDate());
        EventFilter cleared = f.toBuilder().startDate(null).endDate(null).message(null).build();
        assertEquals(EventFilter.all(), cleared);
        assertNotEquals(f, cleared);
        assertTrue(f.toString().contains("priorities=LOW,MEDIUM,HIGH,CRITICAL"), f.toString());
    }
}
