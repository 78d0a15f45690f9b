package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.TicketContact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What docs/core.md says its snippets do, checked on the requests the fake received. */
class CoreQuickstartTest {
    @Test
    void theConfigureHookReachesEveryRequestAndTheOptionsViewOnlyItsOwn() {
        try (FakeIntercom fake = FakeIntercom.start(); Intercom intercom = CoreQuickstart.client(fake.baseUrl(), fake.token())) {
            String ticketId = intercom.tickets().create(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build()).id();
            fake.clearRequests();
            long listed = CoreQuickstart.listAndHandleErrors(intercom, ticketId);
            assertEquals(45, listed, "every conversation of the fake, through the cursor pages");
            List<FakeRequest> requests = fake.requests();
            FakeRequest first = requests.get(0);
            assertEquals("GET", first.method());
            assertEquals("/tickets/" + ticketId, first.path());
            assertEquals("health-check", first.header("X-Request-Purpose"));
            for (FakeRequest r : requests) {
                assertEquals("billing", r.header("X-Team"), r.method() + " " + r.path() + ": the configure hook applies to all");
                assertEquals("Bearer " + fake.token(), r.header("Authorization"));
            }
            for (FakeRequest r : requests.subList(1, requests.size())) {
                assertNull(r.header("X-Request-Purpose"), r.path() + ": the options view changed nothing else");
            }
            FakeRequest last = requests.get(requests.size() - 1);
            assertEquals("/tickets/missing", last.path(), "the errors snippet asks for a ticket that does not exist");
            assertTrue(requests.stream().filter(r -> r.path().equals("/conversations")).count() >= 3,
                    "stream, first page and resume each list conversations");
        }
    }
}
