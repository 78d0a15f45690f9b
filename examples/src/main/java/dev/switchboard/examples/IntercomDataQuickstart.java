package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.AttachContactRequest;
import dev.switchboard.conversations.intercom.ContactIdentifier;
import dev.switchboard.conversations.intercom.Conversation;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.conversations.intercom.ConvertToTicketRequest;
import dev.switchboard.conversations.intercom.ConvertedTicket;
import dev.switchboard.conversations.intercom.CreateConversation;
import dev.switchboard.conversations.intercom.ManageConversationRequest;
import dev.switchboard.conversations.intercom.Message;
import dev.switchboard.conversations.intercom.RedactConversationRequest;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstance;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstanceRequest;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstancesClient;
import dev.switchboard.conversations.intercom.data.CreateDataAttributeRequest;
import dev.switchboard.conversations.intercom.data.DataAttribute;
import dev.switchboard.conversations.intercom.data.DataAttributeModel;
import dev.switchboard.conversations.intercom.data.DataAttributeType;
import dev.switchboard.conversations.intercom.data.DataAttributesClient;
import dev.switchboard.conversations.intercom.data.DataEvent;
import dev.switchboard.conversations.intercom.data.DataEventRequest;
import dev.switchboard.conversations.intercom.data.DataEventSummary;
import dev.switchboard.conversations.intercom.data.DataEventsClient;
import dev.switchboard.conversations.intercom.data.UpdateDataAttributeRequest;
import dev.switchboard.conversations.intercom.dataexport.DataExport;
import dev.switchboard.conversations.intercom.dataexport.DataExportClient;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirect;
import dev.switchboard.conversations.intercom.phone.PhoneCallRedirectRequest;
import dev.switchboard.conversations.intercom.security.IpAllowlist;
import dev.switchboard.conversations.intercom.security.IpAllowlistUpdate;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.conversations.intercom.visitors.ConvertedContact;
import dev.switchboard.conversations.intercom.visitors.Visitor;
import dev.switchboard.conversations.intercom.visitors.VisitorConversion;
import dev.switchboard.conversations.intercom.visitors.VisitorUpdate;
import dev.switchboard.core.ValidationException;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The code shown in {@code docs/intercom-data.md} (the other conversation operations, data attributes and events, the
 * content data export, custom objects, subscription types, visitors, the IP allowlist and phone call redirects),
 * compiled with the build so it stays true. It talks to the embedded {@link FakeIntercom} only.
 */
public final class IntercomDataQuickstart {
    private static final String TOKEN = "sandbox-intercom-token";

    private IntercomDataQuickstart() {
    }

    /**
     * @param intercom the Intercom root
     * @param contactId a contact Intercom knows
     * @return the ticket the new conversation became
     */
    static ConvertedTicket conversations(Intercom intercom, String contactId) {
        // README: conversations
        ConversationsClient conversations = intercom.conversations();
        Message started = conversations.create(CreateConversation.fromUser(contactId, "My order never arrived").build());
        String id = started.conversationId();                        // POST /conversations answers the message
        conversations.manage(id, ManageConversationRequest.assignToTeam("991267715", "5017691"));
        conversations.manage(id, ManageConversationRequest.snooze("991267715", Instant.parse("2026-05-02T09:00:00Z")));
        Conversation c = conversations.attachContact(id, AttachContactRequest.byAdmin("991267715",
                ContactIdentifier.email("partner@example.com")));
        System.out.println("participants: " + c.customers().size());    // the answer is {"customers": [...]}
        conversations.redact(RedactConversationRequest.source(id, conversations.get(id).source().id()));
        ConvertedTicket ticket = conversations.convertToTicket(id, ConvertToTicketRequest.of("90")
                .attribute("_default_title_", "Lost parcel"));           // ticket attributes keep their JSON types
        System.out.println("conversation " + id + " is now ticket " + ticket.id());
        conversations.manage(id, ManageConversationRequest.close("991267715").withBody("Handled in the ticket"));
        return ticket;
    }

    /**
     * @param intercom the Intercom root
     * @param now when the event happened
     * @return the user's counts per event
     */
    static DataEventSummary data(Intercom intercom, Instant now) {
        // README: data
        DataAttributesClient attributes = intercom.dataAttributes();
        DataAttribute size = attributes.create(CreateDataAttributeRequest.list("Team size", DataAttributeModel.COMPANY,
                List.of("1-10", "11-50", "51+")));                    // sent as "options": [{"value": "1-10"}, ...]
        attributes.update(size.id(), UpdateDataAttributeRequest.builder().description("People on the account").build());
        try {
            attributes.create(CreateDataAttributeRequest.of("Team size", DataAttributeModel.COMPANY, DataAttributeType.STRING));
        } catch (ValidationException e) {                            // the name is taken: parameter_invalid
            System.out.println(e.serverMessage().orElse(""));
        }
        DataEventsClient events = intercom.dataEvents();
        events.submit(DataEventRequest.byUserId("user-1", "placed-order", now)
                .metadata("order_number", "ORD-3456")
                .monetaryAmount("price", 34_999, "eur"));               // {"amount": 34999, "currency": "eur"}
        for (DataEvent e : events.list(ContactIdentifier.userId("user-1"), 2)) {  // follows pages.next, a URL
            System.out.println(e.createdAt() + " " + e.eventName());
        }
        return events.summaries(ContactIdentifier.email("user1@example.com"));
    }

    /**
     * @param intercom the Intercom root
     * @param file where the export goes
     * @return the size of the download
     */
    static long export(Intercom intercom, Path file) {
        // README: export
        DataExportClient export = intercom.dataExport();
        DataExport job = export.create(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-30T23:59:59Z"));
        while (!job.isCompleted()) {                                 // pending, in_progress, then completed
            job = export.get(job.jobIdentifier());                   // (wait between polls in real code)
        }
        long bytes = export.download(job.jobIdentifier(), file);      // the gzipped CSV, streamed to the file
        System.out.println("export " + job.jobIdentifier() + ": " + bytes + " bytes, until " + job.downloadExpiresAt());
        return bytes;
    }

    /**
     * @param intercom the Intercom root
     * @return the instance as stored
     */
    static CustomObjectInstance customObjects(Intercom intercom) {
        // README: custom objects
        CustomObjectInstancesClient instances = intercom.customObjectInstances();
        CustomObjectInstance order = instances.createOrUpdate("Order", CustomObjectInstanceRequest.builder("ORD-3456")
                .customAttribute("order_number", "ORD-3456")
                .customAttribute("total_amount", new BigDecimal("349.99"))      // a number, never "349.99"
                .build());
        CustomObjectInstance same = instances.getByExternalId("Order", "ORD-3456");
        instances.deleteByExternalId("Order", "123");                 // DELETE ...?external_id=123
        System.out.println("order " + same.id() + " = " + order.customAttributes());
        return same;
    }

    /**
     * @param intercom the Intercom root
     * @return the contact the visitor became
     */
    static ConvertedContact workspace(Intercom intercom) {
        // README: workspace
        for (SubscriptionType t : intercom.subscriptionTypes().list()) {
            System.out.println(t.defaultTranslation().name() + ": " + t.consentType() + " " + t.contentTypes());
        }
        Visitor visitor = intercom.visitors().getByUserId("3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3");
        intercom.visitors().update(VisitorUpdate.byId(visitor.id()).name("Gareth Bale").build());
        ConvertedContact user = intercom.visitors().convert(VisitorConversion.toUser("user_id", visitor.userId())
                .userEmail("gareth@example.com").build());
        IpAllowlist allowlist = intercom.ipAllowlist().update(IpAllowlistUpdate.of(true,
                List.of("127.0.0.1", "192.168.1.0/24")));             // CIDR checked before sending
        PhoneCallRedirect sms = intercom.phoneCallRedirects().create(PhoneCallRedirectRequest.of("+353832345678")
                .customAttribute("issue_type", "Billing"));             // E.164 only: no spaces
        System.out.println("user " + user.id() + ", allowlist " + allowlist.ipAllowlist() + ", link " + sms.url());
        return user;
    }

    /**
     * Runs the snippets against the fake.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-05-01T12:00:00Z");
        ManualClock clock = ManualClock.at(now);
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        try (FakeIntercom fake = FakeIntercom.builder().token(TOKEN).clock(clock).start();
                Intercom intercom = Intercom.builder().accessToken(TOKEN).baseUrl(fake.baseUrl())
                        .clock(clock).sleeper(sleeper::sleep).build()) {
            String contact = fake.conversation(fake.conversationIds().get(0)).orElseThrow()
                    .path("contacts").path("contacts").path(0).path("id").asText();
            conversations(intercom, contact);
            data(intercom, now.minus(Duration.ofMinutes(5)));
            Path file = Files.createTempFile("content-data-", ".csv.gz");
            try {
                export(intercom, file);
            } finally {
                Files.deleteIfExists(file);
            }
            customObjects(intercom);
            workspace(intercom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
