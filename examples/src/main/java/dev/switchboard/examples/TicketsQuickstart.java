package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.Job;
import dev.switchboard.tickets.Ticket;
import dev.switchboard.tickets.TicketContact;
import dev.switchboard.tickets.TicketReply;
import dev.switchboard.tickets.UpdateTicketRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The README's "Intercom tickets" section, compiled; {@link #main} runs it against the embedded fake. */
public final class TicketsQuickstart {
    private TicketsQuickstart() {
    }

    static void tickets(Intercom intercom) {
        // README: tickets
        Ticket ticket = intercom.tickets().create(CreateTicketRequest.builder("90", TicketContact.byEmail("ada@example.com"))
                .attribute("_default_title_", "Printer on fire")
                .assignToAdmin("991268013")                        // 2.14: assignment at creation
                .build());
        intercom.tickets().update(ticket.id(), UpdateTicketRequest.builder()
                .performedBy(991268011L)                           // admin_id: who makes the change (integer)
                .assignTo("5017691")                               // assignee_id: admin or team (string); unassign() sends "0"
                .clearCompany()                                    // "company_id": null
                .build());
        intercom.tickets().reply(ticket.id(), TicketReply.quickReply("991268011",
                List.of(QuickReplyOption.of("Fixed"), QuickReplyOption.of("Still broken"))));
        for (Ticket open : intercom.tickets().search(SearchRequest.of(SearchQuery.and(
                SearchQuery.field("open").eq(true),
                SearchQuery.field("updated_at").gt(Instant.parse("2026-04-01T00:00:00Z"))), 50))) {
            System.out.println(open.id() + " " + open.ticketAttributes().get("_default_title_"));
        }
        Job job = intercom.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("6762f2dd1bb69f9f2193bc55")).build());
        Job done = intercom.jobs().awaitCompletion(job.id(), Duration.ofMinutes(1));   // JobFailedException: FAILED or DEADLINE
        System.out.println("queued ticket created: " + done.resourceId());
    }

    /**
     * Runs the section against a local fake.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        try (FakeIntercomTickets fake = FakeIntercomTickets.start();
                Intercom intercom = Intercom.builder().accessToken(FakeIntercomTickets.TOKEN).baseUrl(fake.baseUrl()).build()) {
            tickets(intercom);
        }
    }
}
