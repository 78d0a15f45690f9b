package dev.switchboard.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.QuickReplyOption;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whole flows against the stateful fake: what one call changes, the next one sees. */
class TicketsFlowTest {
    private final FakeIntercomTickets fake = FakeIntercomTickets.start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-04-01T00:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    private final IntercomConnection connection = IntercomConnection.builder().accessToken(FakeIntercomTickets.TOKEN)
            .baseUrl(fake.baseUrl()).clock(clock).sleeper(sleeper::sleep)
            .scheduler((delay, task) -> {
                scheduled.add(delay);
                clock.advance(delay);
                executor.execute(task);
            })
            .retryPolicy(RetryPolicy.builder().random(() -> 1.0).build()).build();
    private final TestTicketing ticketing = TestTicketing.on(connection);

    @AfterEach
    void close() {
        connection.close();
        fake.close();
        executor.shutdownNow();
    }

    private Ticket newTicket() {
        return ticketing.tickets().create(CreateTicketRequest.builder("90", TicketContact.byId("c1"))
                .attribute("_default_title_", "Printer on fire").assignToAdmin("991268013").build());
    }

    @Test
    void createThenGetThenUpdateReflectsEachChange() {
        Ticket created = newTicket();
        assertEquals("991268013", created.adminAssigneeId());
        assertEquals(TicketCategory.CUSTOMER, created.category());
        assertEquals(TicketStateCategory.SUBMITTED, created.ticketState().category());

        Ticket updated = ticketing.tickets().update(created.id(), UpdateTicketRequest.builder().performedBy(991268011L)
                .assignTo("5017691").ticketStateId("8499").companyId("co-1").build());
        assertEquals("5017691", updated.teamAssigneeId());
        assertEquals(TicketStateCategory.IN_PROGRESS, updated.ticketState().category());
        assertEquals("co-1", updated.json().get("company_id"));
        TicketPart change = updated.ticketParts().ticketParts().get(0);
        assertEquals("ticket_state_updated_by_admin", change.partType());
        assertEquals(TicketStateCategory.SUBMITTED, change.previousTicketState());

        Ticket cleared = ticketing.tickets().update(created.id(), UpdateTicketRequest.builder().clearCompany().unassign().build());
        assertTrue(!cleared.json().containsKey("company_id"));
        assertEquals("0", cleared.adminAssigneeId());
        assertEquals(cleared, ticketing.tickets().get(created.id()));
    }

    @Test
    void errorsCarryIntercomsCodes() {
        NotFoundException missing = assertThrows(NotFoundException.class, () -> ticketing.tickets().get("nope"));
        assertEquals("ticket_not_found", missing.details().get(0).code());
        Ticket t = newTicket();
        ValidationException badState = assertThrows(ValidationException.class,
                () -> ticketing.tickets().update(t.id(), UpdateTicketRequest.builder().ticketStateId("1").build()));
        assertEquals("ticket_state_id_invalid", badState.details().get(0).code());
        NotFoundException badAssignee = assertThrows(NotFoundException.class,
                () -> ticketing.tickets().update(t.id(), UpdateTicketRequest.builder().assignTo("123").build()));
        assertEquals("assignee_not_found", badAssignee.details().get(0).code());
        assertEquals("job_not_found", assertThrows(NotFoundException.class, () -> ticketing.jobs().status("404")).details().get(0).code());
        try (IntercomConnection wrong = IntercomConnection.builder().accessToken("wrong").baseUrl(fake.baseUrl()).build()) {
            assertEquals("unauthorized", assertThrows(AuthenticationException.class,
                    () -> TestTicketing.on(wrong).tickets().get(t.id())).details().get(0).code());
        }
    }

    @Test
    void searchWalksRealCursorsAcrossPages() {
        fake.seedTickets(7, true).seedTickets(3, false);
        List<Ticket> open = ticketing.tickets().search(SearchRequest.of(SearchQuery.and(SearchQuery.field("open").eq(true),
                SearchQuery.field("state").eq("submitted")), 3)).stream().toList();
        assertEquals(7, open.size());
        assertEquals(3, fake.server().requests().stream().filter(r -> r.path().equals("/tickets/search")).count());
    }

    @Test
    void repliesAndTagsLandOnTheTicket() {
        Ticket t = newTicket();
        TicketPart part = ticketing.tickets().reply(t.id(), TicketReply.quickReply("991268011", List.of(QuickReplyOption.of("Yes"), QuickReplyOption.of("No"))));
        assertEquals("quick_reply", part.partType());
        assertEquals("991268011", part.author().id());
        assertEquals(1, ticketing.tickets().get(t.id()).ticketParts().ticketParts().size());
        Tag tag = ticketing.tickets().attachTag(t.id(), "7522907", "991268011");
        assertEquals("Urgent", tag.name());
        assertEquals("991268011", tag.appliedBy().id());
        assertEquals("tag_not_found", assertThrows(NotFoundException.class,
                () -> ticketing.tickets().detachTag(t.id(), "1", "991268011")).details().get(0).code());
        TicketDeleted deleted = ticketing.tickets().delete(t.id());
        assertTrue(deleted.deleted());
        assertThrows(NotFoundException.class, () -> ticketing.tickets().get(t.id()));
    }

    @Test
    void awaitCompletionPollsWithGrowingPausesUntilTheTicketExists() {
        fake.jobsFinishAfter(3);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byEmail("ada@example.com")).build());
        Job done = ticketing.jobs().awaitCompletion(pending.id(), Duration.ofMinutes(1));
        assertEquals(JobStatus.SUCCESS, done.status());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps());
        Ticket t = ticketing.tickets().get(done.resourceId());
        assertEquals(done.resourceId(), t.id());
    }

    @Test
    void awaitCompletionThrowsWhenTheJobFails() {
        fake.failNextJob().jobsFinishAfter(1);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        JobFailedException e = assertThrows(JobFailedException.class, () -> ticketing.jobs().awaitCompletion(pending.id(), Duration.ofMinutes(1)));
        assertEquals(JobStatus.FAILED, e.job().status());
        assertEquals(0, fake.ticketCount(), "a failed job creates nothing");
    }

    @Test
    void awaitCompletionGivesUpAtTheDeadlineAfterAFinalPollThere() {
        fake.jobsFinishAfter(100);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        fake.server().clearRequests();
        JobFailedException e = assertThrows(JobFailedException.class, () -> ticketing.jobs().awaitCompletion(pending.id(), Duration.ofSeconds(10)));
        assertEquals(JobFailedException.Reason.DEADLINE, e.reason());
        assertEquals(JobStatus.PENDING, e.job().status());
        assertEquals("job " + pending.id() + " (creating a ticket) was still pending when the deadline of 10s passed;"
                + " it may still finish", e.getMessage());
        // 0.5 + 1 + 2 + 4 = 7.5 s; the next pause (8 s) is cut to the 2.5 s left, and the job is polled at the deadline.
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofMillis(2500)), sleeper.sleeps());
        assertEquals(6, fake.server().requestCount(), "a poll at once and one after each pause");
        assertEquals("maxWait must be positive, was PT0S", assertThrows(IllegalArgumentException.class,
                () -> ticketing.jobs().awaitCompletion(pending.id(), Duration.ZERO)).getMessage());
        assertEquals("maxWait must be positive, was null", assertThrows(IllegalArgumentException.class,
                () -> ticketing.jobs().awaitCompletion(pending.id(), (Duration) null)).getMessage());
    }

    @Test
    void awaitCompletionTakesAPollWait() {
        fake.jobsFinishAfter(4);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        Job done = ticketing.jobs().awaitCompletion(pending.id(), new PollWait(Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofSeconds(3)));
        assertEquals(JobStatus.SUCCESS, done.status());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)),
                sleeper.sleeps());

        fake.jobsFinishAfter(100);
        Job slow = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        JobFailedException e = assertThrows(JobFailedException.class, () -> ticketing.jobs().awaitCompletion(slow.id(),
                PollWait.withDeadline(Duration.ofSeconds(5))));
        assertEquals(JobFailedException.Reason.DEADLINE, e.reason());
        assertEquals(Duration.ofSeconds(9 + 5), sleeper.total(), "9 s for the first wait, then 2 s and the 3 s left");
        assertThrows(NullPointerException.class, () -> ticketing.jobs().awaitCompletion(slow.id(), (PollWait) null));
    }

    @Test
    void aFailedJobIsAWaitFailedExceptionWithReasonFailed() {
        fake.failNextJob().jobsFinishAfter(0);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        dev.switchboard.core.WaitFailedException e = assertThrows(dev.switchboard.core.WaitFailedException.class,
                () -> ticketing.jobs().awaitCompletion(pending.id(), PollWait.DEFAULT));
        assertInstanceOf(JobFailedException.class, e);
        assertEquals(dev.switchboard.core.WaitFailedException.Reason.FAILED, e.reason());
        assertEquals("job " + pending.id() + " (creating a ticket) failed", e.getMessage());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void awaitCompletionAsyncSchedulesItsPolls() throws Exception {
        fake.jobsFinishAfter(2);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        Job done = ticketing.jobs().awaitCompletionAsync(pending.id(), Duration.ofMinutes(1)).get(10, TimeUnit.SECONDS);
        assertEquals(JobStatus.SUCCESS, done.status());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), scheduled);
        assertTrue(sleeper.sleeps().isEmpty(), "the async wait never sleeps");

        fake.failNextJob().jobsFinishAfter(0);
        Job failing = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        CompletableFuture<Job> f = ticketing.jobs().awaitCompletionAsync(failing.id(), Duration.ofMinutes(1));
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        assertEquals(JobFailedException.Reason.FAILED, assertInstanceOf(JobFailedException.class, e.getCause()).reason());
    }

    @Test
    void awaitCompletionAsyncTakesAPollWaitAndEndsAtItsDeadline() throws Exception {
        fake.jobsFinishAfter(100);
        Job pending = ticketing.tickets().enqueue(CreateTicketRequest.builder("90", TicketContact.byId("c1")).build());
        CompletableFuture<Job> f = ticketing.jobs().awaitCompletionAsync(pending.id(),
                new PollWait(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(4)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        JobFailedException failed = assertInstanceOf(JobFailedException.class, e.getCause());
        assertEquals(JobFailedException.Reason.DEADLINE, failed.reason());
        assertEquals(JobStatus.PENDING, failed.job().status());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(4)), scheduled);
        assertTrue(sleeper.sleeps().isEmpty(), "the async wait never sleeps");
    }

    @Test
    void awaitCompletionAsyncRejectsAnInvalidWaitInTheFuture() {
        CompletableFuture<Job> zero = ticketing.jobs().awaitCompletionAsync("1", Duration.ZERO);
        ExecutionException e = assertThrows(ExecutionException.class, () -> zero.get(10, TimeUnit.SECONDS));
        assertEquals("maxWait must be positive, was PT0S", assertInstanceOf(IllegalArgumentException.class, e.getCause()).getMessage());
        CompletableFuture<Job> none = ticketing.jobs().awaitCompletionAsync("1", (PollWait) null);
        assertInstanceOf(NullPointerException.class, assertThrows(ExecutionException.class, () -> none.get(10, TimeUnit.SECONDS)).getCause());
        assertEquals(0, fake.server().requestCount(), "nothing was sent");
    }

    @Test
    void a429WaitsForTheRateLimitReset() {
        Ticket t = newTicket();
        fake.faults().next("GET", "/tickets/{ticket_id}", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":"
                + "[{\"code\":\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}")
                .withRateLimitReset(clock.instant().getEpochSecond() + 6));
        assertEquals(t.id(), ticketing.tickets().get(t.id()).id());
        assertEquals(List.of(Duration.ofSeconds(6)), sleeper.sleeps());
        assertEquals(999, connection.rateLimit().remaining().getAsLong());
    }

    @Test
    void ticketTypesAndStatesComeFromTheFake() {
        List<TicketType> types = ticketing.ticketTypes().list();
        assertEquals(List.of("90", "91"), types.stream().map(TicketType::id).toList());
        assertEquals(2, types.get(0).ticketTypeAttributes().attributes().size());
        TicketType created = ticketing.ticketTypes().create(TicketTypeRequest.create("Incident").withCategory(TicketCategory.TRACKER));
        TicketTypeAttribute attr = ticketing.ticketTypes().createAttribute(created.id(),
                TicketTypeAttributeRequest.create("Severity", "How bad", "list").listItems("low,high", false));
        assertEquals("Severity", attr.name());
        assertEquals(Long.valueOf(created.id()), attr.ticketTypeId());
        assertEquals(4, ticketing.ticketStates().list().size());
        assertEquals(3, ticketing.ticketStates().list().get(0).ticketTypes().items().size());
    }
}
