package dev.switchboard.examples.cli.tickets;

import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import dev.switchboard.tickets.CreateTicketRequest;
import dev.switchboard.tickets.Job;
import dev.switchboard.tickets.Ticket;
import dev.switchboard.tickets.TicketContact;
import dev.switchboard.tickets.TicketPart;
import dev.switchboard.tickets.TicketReply;
import dev.switchboard.tickets.UpdateTicketRequest;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Intercom tickets leg of the tour, against {@link FakeIntercomTickets}: create with assignment, reassign with
 * admin attribution, reply with quick replies, search across body-cursor pages, enqueue and wait for the job, and a
 * 429 that waits for {@code X-RateLimit-Reset}. Waits are simulated on a manual clock; every step is checked.
 */
public final class TicketsTourLeg implements TourLeg {

    /** Creates the leg. */
    public TicketsTourLeg() {
    }

    @Override
    public String name() {
        return "intercom tickets: create, assign, reply, search, enqueue";
    }

    @Override
    public void run(PrintStream out) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (FakeIntercomTickets fake = FakeIntercomTickets.start();
                Intercom intercom = Intercom.builder().accessToken(FakeIntercomTickets.TOKEN).baseUrl(fake.baseUrl())
                        .clock(clock).sleeper(sleeper::sleep).retryPolicy(RetryPolicy.builder().random(() -> 1.0).build()).build()) {
            out.println("(sandbox: waits are simulated)");

            Ticket t = intercom.tickets().create(CreateTicketRequest.builder("90", TicketContact.byEmail("ada@example.com"))
                    .attribute("_default_title_", "Printer on fire").assignToAdmin("991268013").build());
            out.println("created ticket " + t.id() + " (" + t.category() + ", " + t.ticketState().category() + "), assigned to admin "
                    + t.adminAssigneeId());
            check("991268013".equals(t.adminAssigneeId()), "the assignment at creation did not stick");

            Ticket moved = intercom.tickets().update(t.id(), UpdateTicketRequest.builder().performedBy(991268011L).assignTo("5017691")
                    .ticketStateId("8499").build());
            out.println("reassigned to team " + moved.teamAssigneeId() + " by admin 991268011, state " + moved.ticketState().category()
                    + " (PUT body: admin_id integer, assignee_id string, no 2.13 'assignment')");
            check("in_progress".equals(moved.ticketState().category().value()), "the state change did not stick");
            try {
                intercom.tickets().update(t.id(), UpdateTicketRequest.builder().ticketStateId("1").build());
                throw new IllegalStateException("an invalid state was accepted");
            } catch (ValidationException e) {
                out.println("invalid state rejected: " + e.details().get(0).code());
            }

            TicketPart part = intercom.tickets().reply(t.id(), TicketReply.quickReply("991268011",
                    List.of(QuickReplyOption.of("Yes, fixed"), QuickReplyOption.of("Still broken"))));
            out.println("quick reply " + part.id() + " posted by " + part.author().name());

            fake.seedTickets(12, true);
            long open = intercom.tickets().search(SearchRequest.of(SearchQuery.and(SearchQuery.field("open").eq(true),
                    SearchQuery.field("state").eq("submitted")), 5)).stream().count();
            long searches = fake.server().requests().stream().filter(r -> r.path().equals("/tickets/search")).count();
            out.println("search open+submitted: " + open + " tickets over " + searches + " pages (cursor in the body)");
            check(open == 12 && searches == 3, "search paging went wrong");

            Job job = intercom.tickets().enqueue(CreateTicketRequest.builder("91", TicketContact.byId("c-7")).build());
            fake.faults().next("GET", "/jobs/status/{job_id}", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":"
                    + "\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}")
                    .withRateLimitReset(clock.instant().getEpochSecond() + 7));
            Job done = intercom.jobs().awaitCompletion(job.id(), Duration.ofMinutes(2));
            out.println("enqueued job " + job.id() + " (" + job.status() + ") -> " + done.status() + ", ticket " + done.resourceId()
                    + "; waited " + sleeper.sleeps() + " incl. a 429 until X-RateLimit-Reset");
            check(intercom.tickets().get(done.resourceId()).id().equals(done.resourceId()), "the queued ticket does not exist");
            check(sleeper.sleeps().contains(Duration.ofSeconds(7)), "the 429 did not wait for X-RateLimit-Reset");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
