package dev.switchboard.tickets.reliability;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.core.testing.FaultMatrix;
import dev.switchboard.core.testing.FaultMatrix.Kind;
import dev.switchboard.core.testing.FaultMatrix.Operation;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.TestTicketing;
import dev.switchboard.tickets.TicketContact;
import dev.switchboard.tickets.TicketReply;
import dev.switchboard.tickets.TicketTypeAttributeRequest;
import dev.switchboard.tickets.TicketTypeRequest;
import dev.switchboard.tickets.UpdateTicketRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix for sdk-tickets: tickets, jobs, ticket types and ticket states. Creating a ticket, enqueueing one,
 * replying and creating a type or an attribute are sent once (a 429 excepted: Intercom refuses a rate-limited request
 * before processing it); reads, updates, deletes, the search and tag attachment are retried.
 */
class TicketsFaultMatrixTest {
    private static final String TICKET = "{\"type\":\"ticket\",\"id\":\"627\",\"ticket_id\":\"22\",\"open\":true}";
    private static final String JOB = "{\"type\":\"job\",\"id\":\"job_1\",\"status\":\"pending\"}";
    private static final String TICKET_TYPE = "{\"type\":\"ticket_type\",\"id\":\"90\",\"name\":\"Incident\"}";
    private static final String ATTRIBUTE = "{\"type\":\"ticket_type_attribute\",\"id\":\"5\",\"name\":\"Severity\"}";
    private static final String PART = "{\"type\":\"ticket_part\",\"id\":\"p1\",\"part_type\":\"comment\"}";
    private static final String TAG = "{\"type\":\"tag\",\"id\":\"t1\",\"name\":\"vip\"}";

    private static TestTicketing on(IntercomConnection c) {
        return TestTicketing.on(c);
    }

    @Test
    void everyOperationUnderEveryFault() {
        FaultMatrix<IntercomConnection> m = new FaultMatrix<>("tickets", (base, http, clock, sleeper, readTimeout) -> IntercomConnection.builder()
                .baseUrl(base).accessToken("ic-tok-1").okHttpClient(http).clock(clock).sleeper(sleeper::sleep)
                .timeouts(Timeouts.builder().read(readTimeout).build()).build(), true);
        CreateTicketRequest create = CreateTicketRequest.builder("90", TicketContact.byId("c1")).build();
        m.run(List.of(
                new Operation<>("tickets.create", "POST", "/tickets", Kind.ONCE, TICKET, c -> on(c).tickets().create(create)),
                new Operation<>("tickets.enqueue", "POST", "/tickets/enqueue", Kind.ONCE, JOB, c -> on(c).tickets().enqueue(create)),
                new Operation<>("tickets.get", "GET", "/tickets/{id}", Kind.RETRIED, TICKET, c -> on(c).tickets().get("627")),
                new Operation<>("tickets.update", "PUT", "/tickets/{id}", Kind.RETRIED, TICKET,
                        c -> on(c).tickets().update("627", UpdateTicketRequest.builder().open(false).build())),
                new Operation<>("tickets.delete", "DELETE", "/tickets/{id}", Kind.RETRIED,
                        "{\"id\":\"627\",\"object\":\"ticket\",\"deleted\":true}", c -> on(c).tickets().delete("627")),
                new Operation<>("tickets.search", "POST", "/tickets/search", Kind.RETRIED,
                        "{\"type\":\"ticket.list\",\"tickets\":[" + TICKET + "],\"total_count\":1,\"pages\":{}}",
                        c -> on(c).tickets().search(SearchRequest.of(SearchQuery.field("open").eq(true))).firstPage()),
                new Operation<>("tickets.reply", "POST", "/tickets/{id}/reply", Kind.ONCE, PART,
                        c -> on(c).tickets().reply("627", TicketReply.comment("991", "on it"))),
                new Operation<>("tickets.attachTag", "POST", "/tickets/{id}/tags", Kind.RETRIED, TAG,
                        c -> on(c).tickets().attachTag("627", "t1", "991")),
                new Operation<>("tickets.detachTag", "DELETE", "/tickets/{id}/tags/{tag}", Kind.RETRIED, TAG,
                        c -> on(c).tickets().detachTag("627", "t1", "991")),
                new Operation<>("jobs.status", "GET", "/jobs/status/{id}", Kind.RETRIED, JOB, c -> on(c).jobs().status("job_1")),
                new Operation<>("ticketTypes.list", "GET", "/ticket_types", Kind.RETRIED,
                        "{\"type\":\"list\",\"data\":[" + TICKET_TYPE + "]}", c -> on(c).ticketTypes().list()),
                new Operation<>("ticketTypes.get", "GET", "/ticket_types/{id}", Kind.RETRIED, TICKET_TYPE,
                        c -> on(c).ticketTypes().get("90")),
                new Operation<>("ticketTypes.create", "POST", "/ticket_types", Kind.ONCE, TICKET_TYPE,
                        c -> on(c).ticketTypes().create(TicketTypeRequest.create("Incident"))),
                new Operation<>("ticketTypes.update", "PUT", "/ticket_types/{id}", Kind.RETRIED, TICKET_TYPE,
                        c -> on(c).ticketTypes().update("90", TicketTypeRequest.update().withName("Outage"))),
                new Operation<>("ticketTypes.createAttribute", "POST", "/ticket_types/{id}/attributes", Kind.ONCE, ATTRIBUTE,
                        c -> on(c).ticketTypes().createAttribute("90", TicketTypeAttributeRequest.create("Severity", "How bad", "string"))),
                new Operation<>("ticketTypes.updateAttribute", "PUT", "/ticket_types/{id}/attributes/{attr}", Kind.RETRIED, ATTRIBUTE,
                        c -> on(c).ticketTypes().updateAttribute("90", "5", TicketTypeAttributeRequest.update().archived(true))),
                new Operation<>("ticketStates.list", "GET", "/ticket_states", Kind.RETRIED,
                        "{\"type\":\"list\",\"data\":[{\"type\":\"ticket_state\",\"id\":\"1\",\"category\":\"submitted\"}]}",
                        c -> on(c).ticketStates().list())));
        m.assertAll();
    }
}
