package dev.switchboard.examples.cli.intercom;

import static dev.switchboard.examples.cli.intercom.TourSteps.check;
import static dev.switchboard.examples.cli.intercom.TourSteps.step;

import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConvertToTicketRequest;
import dev.switchboard.conversations.intercom.ConvertedTicket;
import dev.switchboard.conversations.intercom.CreateConversation;
import dev.switchboard.conversations.intercom.ManageConversationRequest;
import dev.switchboard.conversations.intercom.Message;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstance;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstanceRequest;
import dev.switchboard.conversations.intercom.data.CreateDataAttributeRequest;
import dev.switchboard.conversations.intercom.data.DataAttribute;
import dev.switchboard.conversations.intercom.data.DataAttributeModel;
import dev.switchboard.conversations.intercom.data.DataEvent;
import dev.switchboard.conversations.intercom.data.DataEventRequest;
import dev.switchboard.conversations.intercom.data.DataEventSummaryItem;
import dev.switchboard.conversations.intercom.dataexport.DataExport;
import dev.switchboard.conversations.intercom.dataexport.DataExportStatus;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirect;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirectRequest;
import dev.switchboard.conversations.intercom.security.IpAllowlist;
import dev.switchboard.conversations.intercom.security.IpAllowlistUpdate;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.conversations.intercom.visitors.ConvertedContact;
import dev.switchboard.conversations.intercom.visitors.Visitor;
import dev.switchboard.conversations.intercom.visitors.VisitorConversion;
import dev.switchboard.conversations.intercom.visitors.VisitorUpdate;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.testkit.intercom.FakeIntercomDataExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The Intercom data and workspace settings leg of the tour, through the {@link Intercom} root against one
 * {@link FakeIntercom} on a manual clock: start a conversation as a contact, snooze it and convert it to a ticket;
 * create a data attribute and list them; submit a data event and read the user's events and summaries; export
 * content data (polls paced by a simulated sleeper, never a real sleep) and check the downloaded gzipped CSV; store a
 * custom object instance and read it back by its external id; list subscription types; update a visitor and convert
 * it to a user; turn the IP allowlist on; create a phone call redirect. Every line states what the fake holds after the
 * call; a broken expectation throws {@link IllegalStateException} naming the step; the sandbox token is never printed.
 */
public final class IntercomDataTourLeg extends SandboxIntercomLeg {
    static final Instant START = Instant.parse("2026-05-01T12:00:00Z");
    static final String TOKEN = "sandbox-intercom-data-token";
    private static final String ADMIN = "991267715";
    private static final Duration POLL_PAUSE = Duration.ofSeconds(5);

    /** Creates the leg. */
    public IntercomDataTourLeg() {
        this(fake -> { });
    }

    /** @param setup what to do to the fake before the steps run (a test queues a failure here) */
    IntercomDataTourLeg(Consumer<FakeIntercom> setup) {
        super("intercom data, exports and workspace settings", TOKEN, START, setup);
    }

    @Override
    void steps(PrintStream out, Sandbox s) {
        FakeIntercom fake = s.fake();
        Intercom intercom = s.intercom();
        RecordingSleeper sleeper = s.sleeper();
        out.println("(sandbox: waits are simulated)");
        step("conversations", () -> conversations(out, fake, intercom));
        step("data attributes", () -> dataAttributes(out, fake, intercom));
        step("data events", () -> dataEvents(out, fake, intercom));
        step("content data export", () -> export(out, fake, intercom, sleeper));
        step("custom object instances", () -> customObjects(out, fake, intercom));
        step("subscription types", () -> subscriptionTypes(out, intercom));
        step("visitors", () -> visitors(out, fake, intercom));
        step("IP allowlist", () -> ipAllowlist(out, intercom));
        step("phone call redirects", () -> phoneCallRedirect(out, fake, intercom));
    }

    private static void conversations(PrintStream out, FakeIntercom fake, Intercom intercom) {
        String contactId = fake.conversation(fake.conversationIds().get(0)).orElseThrow().path("contacts")
                .path("contacts").path(0).path("id").asText();
        int before = fake.conversationIds().size();
        Message started = intercom.conversations().create(CreateConversation.fromUser(contactId, "Where is my order?")
                .build());
        String id = started.conversationId();
        out.println("POST /conversations from user " + contactId + ": message " + started.id() + " started conversation "
                + id + "; conversations " + before + " -> " + fake.conversationIds().size());
        check(fake.conversation(id).isPresent() && fake.conversationIds().size() == before + 1, "no conversation started");
        Instant until = START.plus(Duration.ofDays(1));
        Conversation snoozed = intercom.conversations().manage(id, ManageConversationRequest.snooze(ADMIN, until));
        out.println("  POST /conversations/" + id + "/parts (snoozed): state " + snoozed.state() + " until "
                + snoozed.snoozedUntil());
        check("snoozed".equals(snoozed.state().value()) && until.equals(snoozed.snoozedUntil()), "not snoozed");
        ConvertedTicket ticket = intercom.conversations().convertToTicket(id, ConvertToTicketRequest.of("90")
                .attribute("_default_title_", "Lost parcel"));
        String linked = fake.conversation(id).orElseThrow().path("ticket").path("id").asText();
        out.println("  POST /conversations/" + id + "/convert (ticket type 90): ticket " + ticket.id() + " ("
                + ticket.category() + ", title " + ticket.ticketAttributes().get("_default_title_")
                + "); the conversation now links ticket " + linked);
        check(ticket.id().equals(linked), "the conversation does not link the ticket");
    }

    private static void dataAttributes(PrintStream out, FakeIntercom fake, Intercom intercom) {
        DataAttribute stage = intercom.dataAttributes().create(CreateDataAttributeRequest.list("Tour stage",
                DataAttributeModel.CONTACT, List.of("started", "finished")));
        List<DataAttribute> contact = intercom.dataAttributes().list(DataAttributeModel.CONTACT, false);
        out.println("POST /data_attributes: " + stage.fullName() + " (" + stage.id() + ", " + stage.dataType()
                + ", options " + stage.options() + "); GET " + fake.requests().get(fake.requests().size() - 1).target()
                + ": " + contact.size() + " attributes, " + contact.stream().filter(a -> Boolean.TRUE.equals(a.custom())).count() + " custom");
        check(contact.stream().anyMatch(a -> stage.id().equals(a.id())), "the new attribute is not listed");
    }

    private static void dataEvents(PrintStream out, FakeIntercom fake, Intercom intercom) {
        Instant at = START.minus(Duration.ofMinutes(5));
        int before = fake.dataModel().submittedEvents().size();
        intercom.dataEvents().submit(DataEventRequest.byUserId("user-1", "took-the-tour", at).metadata("legs", 12));
        check(fake.dataModel().submittedEvents().size() == before + 1, "the event was not received");
        List<DataEvent> events = intercom.dataEvents().list(ContactIdentifier.userId("user-1"), 2).stream().toList();
        long pages = fake.requests().stream().filter(r -> r.method().equals("GET") && r.path().equals("/events")).count();
        List<DataEventSummaryItem> summary = intercom.dataEvents().summaries(ContactIdentifier.userId("user-1")).events();
        out.println("POST /events: took-the-tour for user-1, accepted; GET /events: " + events.size() + " events of user-1"
                + " in " + pages + " pages of 2 (pages.next followed), newest " + events.get(0).eventName() + " at "
                + events.get(0).createdAt());
        out.println("  GET /events?summary=true: " + summary.stream().map(s -> s.name() + " x" + s.count()).toList());
        check("took-the-tour".equals(events.get(0).eventName()) && at.equals(events.get(0).createdAt())
                && pages == (events.size() + 1) / 2, "the new event is not the newest of pages of 2");
        check(summary.stream().anyMatch(s -> s.name().equals("took-the-tour") && s.count() == 1), "no summary for it");
    }

    private static void export(PrintStream out, FakeIntercom fake, Intercom intercom, RecordingSleeper sleeper) {
        DataExport job = intercom.dataExport().create(START.minus(Duration.ofDays(30)), START);
        List<String> statuses = new ArrayList<>(List.of(job.status().value()));
        int polls = 0;
        while (job.status().equals(DataExportStatus.PENDING) || job.status().equals(DataExportStatus.IN_PROGRESS)) {
            check(++polls <= 10, "the export was not finished after 10 polls: " + String.join(" -> ", statuses));
            try {
                sleeper.sleep(POLL_PAUSE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            job = intercom.dataExport().get(job.jobIdentifier());
            statuses.add(job.status().value());
        }
        long after = fake.requests().stream().filter(r -> r.path().equals("/export/content/data")).findFirst()
                .orElseThrow().json().path("created_at_after").asLong();
        out.println("POST /export/content/data created_at_after " + after + " (30 days back): job " + job.jobIdentifier()
                + "; GET polled " + polls + " times, " + POLL_PAUSE.toSeconds() + " s apart on the sandbox clock: "
                + String.join(" -> ", statuses));
        check(after == START.minus(Duration.ofDays(30)).getEpochSecond()
                && sleeper.total().equals(POLL_PAUSE.multipliedBy(polls)), "the export's window or waits are wrong");
        check(job.isCompleted(), "the export ended " + job.status() + ", not completed");
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        long bytes = intercom.dataExport().download(job.jobIdentifier(), gzip);
        String csv;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray()))) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakeRequest download = fake.requests().get(fake.requests().size() - 1);
        check(download.path().startsWith("/download/content/data/"), "the download was not the last request");
        out.println("  GET /download/content/data/" + job.jobIdentifier() + " (Accept: " + download.header("Accept")
                + "): " + bytes + " bytes of gzip, " + csv.lines().count() + " CSV lines, header " + csv.lines().findFirst().orElse(""));
        check(bytes == gzip.size() && csv.equals(fake.dataExport().csv(job.jobIdentifier()))
                && csv.startsWith(FakeIntercomDataExport.CSV_HEADER), "the download is not the job's CSV");
    }

    private static void customObjects(PrintStream out, FakeIntercom fake, Intercom intercom) {
        int before = fake.customObjects().instanceCount("Order");
        CustomObjectInstance order = intercom.customObjectInstances().createOrUpdate("Order",
                CustomObjectInstanceRequest.builder("TOUR-1").customAttribute("order_number", "TOUR-1")
                        .customAttribute("total_amount", new BigDecimal("349.99")).build());
        CustomObjectInstance same = intercom.customObjectInstances().getByExternalId("Order", "TOUR-1");
        out.println("POST /custom_object_instances/Order: instance " + order.id() + " (external_id TOUR-1); GET by "
                + "external_id: " + same.id() + " " + same.customAttributes() + "; Orders " + before + " -> "
                + fake.customObjects().instanceCount("Order"));
        check(same.id().equals(order.id()) && new BigDecimal("349.99").equals(same.customAttributes().get("total_amount")),
                "the instance read back differs");
    }

    private static void subscriptionTypes(PrintStream out, Intercom intercom) {
        List<SubscriptionType> types = intercom.subscriptionTypes().list();
        out.println("GET /subscription_types: " + types.size() + " " + types.stream().map(t -> t.id() + " "
                + t.defaultTranslation().name() + " (" + t.state() + ", " + t.consentType() + ", " + t.contentTypes()
                + ")").toList());
        check(types.size() == 2, "expected 2 subscription types");
    }

    private static void visitors(PrintStream out, FakeIntercom fake, Intercom intercom) {
        int before = fake.workspace().visitorCount();
        Visitor visitor = intercom.visitors().getByUserId("3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3");
        Visitor named = intercom.visitors().update(VisitorUpdate.byId(visitor.id()).name("Tour Visitor").build());
        ConvertedContact user = intercom.visitors().convert(VisitorConversion.toUser("user_id", visitor.userId())
                .userEmail("visitor@tour.example").build());
        out.println("GET /visitors?user_id=" + visitor.userId() + ": visitor " + visitor.id() + "; PUT /visitors: named "
                + named.name() + "; POST /visitors/convert: now " + user.role() + " " + user.id() + " (" + user.email()
                + "); visitors " + before + " -> " + fake.workspace().visitorCount());
        check("Tour Visitor".equals(named.name()) && "user".equals(user.role())
                && fake.workspace().visitorCount() == before - 1, "the visitor was not converted");
    }

    private static void ipAllowlist(PrintStream out, Intercom intercom) {
        IpAllowlist before = intercom.ipAllowlist().get();
        IpAllowlist after = intercom.ipAllowlist().update(IpAllowlistUpdate.of(true, List.of("127.0.0.1",
                "192.168.1.0/24")));
        out.println("GET /ip_allowlist: enabled " + before.enabled() + " " + before.ipAllowlist() + "; PUT: enabled "
                + after.enabled() + " " + after.ipAllowlist() + " (it covers the caller, 127.0.0.1)");
        check(Boolean.TRUE.equals(after.enabled()) && after.ipAllowlist().size() == 2, "the allowlist was not turned on");
    }

    private static void phoneCallRedirect(PrintStream out, FakeIntercom fake, Intercom intercom) {
        int before = fake.workspace().phoneCallRedirects().size();
        PhoneCallRedirect sms = intercom.phoneCallRedirects().create(PhoneCallRedirectRequest.of("+353832345678")
                .customAttribute("issue_type", "Billing"));
        out.println("POST /phone_call_redirects " + sms.phone() + ": Messenger link " + sms.url() + "; redirects "
                + before + " -> " + fake.workspace().phoneCallRedirects().size());
        check(sms.url() != null && fake.workspace().phoneCallRedirects().size() == before + 1, "no redirect was made");
    }
}
