package dev.switchboard.examples;

import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.contacts.ContactRequest;
import dev.switchboard.conversations.intercom.contacts.ContactRole;
import dev.switchboard.conversations.intercom.contacts.ContactsClient;
import dev.switchboard.conversations.intercom.notes.Note;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.ConflictException;
import dev.switchboard.core.json.Patch;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The code shown in {@code docs/intercom-contacts.md}, compiled with the build so it stays true: contacts, their tags
 * and subscription types, and notes through the {@link Intercom} root. {@link #main} runs it against
 * {@link FakeIntercom}.
 */
public final class IntercomContactsQuickstart {
    private IntercomContactsQuickstart() {
    }

    /**
     * @param intercom the Intercom root
     * @return the new user, after its update
     */
    static Contact contacts(Intercom intercom) {
        // README: contacts
        ContactsClient contacts = intercom.contacts();
        Contact ada = contacts.create(ContactRequest.builder()               // needs an email, an external_id or a role
                .role(ContactRole.USER).externalId("ada-1").email("ada@analytical.example").name("Ada")
                .signedUpAt(Instant.parse("2026-04-01T09:30:00Z"))          // sent as Unix seconds
                .customAttribute("paid_subscriber", true)                    // a JSON boolean, not "true"
                .customAttribute("monthly_spend", new BigDecimal("155.50"))  // a JSON number, scale kept
                .build());
        Contact updated = contacts.update(ada.id(), ContactRequest.builder()
                .phone("+353871234567")
                .name(Patch.ofNull())                                        // "name": null clears it
                .build());
        try {
            contacts.create(ContactRequest.builder().email("ada@analytical.example").build());
        } catch (ConflictException e) {                                     // 409 conflict: that email is taken
            System.out.println(e.details().get(0).message());
        }
        System.out.println(contacts.findByExternalId("ada-1").phone());
        return updated;
    }

    /**
     * @param intercom the Intercom root
     * @return the external ids of the paying users in the United States, then the number of contacts listed
     */
    static List<String> search(Intercom intercom) {
        // README: search
        List<String> out = new ArrayList<>();
        SearchQuery payingInTheUs = SearchQuery.and(
                SearchQuery.field("role").eq("user"),
                SearchQuery.field("custom_attributes.paid_subscriber").eq(true),
                SearchQuery.field("location.country").eq("United States"));
        for (Contact c : intercom.contacts().search(payingInTheUs, 5)) {    // 5 per page; the cursor goes in the body
            out.add(c.externalId());
        }
        long all = intercom.contacts().list(50).stream().count();           // the cursor goes in the query
        out.add(Long.toString(all));
        return out;
    }

    /**
     * @param intercom the Intercom root
     * @param leadId a lead
     * @param userId a user
     * @return the user after the merge
     */
    static Contact merge(Intercom intercom, String leadId, String userId) {
        // README: merge
        Contact user = intercom.contacts().merge(leadId, userId);          // from a lead, into a user
        System.out.println(user.tags().totalCount() + " tags, " + user.notes().totalCount() + " notes");
        intercom.contacts().archive(userId);
        intercom.contacts().unarchive(userId);
        return user;
    }

    /**
     * @param intercom the Intercom root
     * @param contactId a contact
     * @return one line per tag, subscription type and company of the contact, after the snippet ran
     */
    static List<String> attached(Intercom intercom, String contactId) {
        // README: attached
        List<String> out = new ArrayList<>();
        ContactsClient contacts = intercom.contacts();
        contacts.attachTag(contactId, "83");                                // body {"id": "83"}
        contacts.detachTag(contactId, "81");
        contacts.attachSubscription(contactId, "106", ConsentType.OPT_IN);  // opts the contact in
        contacts.detachSubscription(contactId, "91");                       // no longer opted out
        for (Tag t : contacts.tags(contactId)) {
            out.add("tag " + t.name() + " applied " + t.appliedAt());
        }
        for (SubscriptionType s : contacts.subscriptions(contactId)) {
            out.add("subscription " + s.defaultTranslation().name() + " " + s.consentType());
        }
        for (Company c : contacts.companies(contactId)) {            // page after page (?page=n)
            out.add("company " + c.name());
        }
        return out;
    }

    /**
     * @param intercom the Intercom root
     * @param contactId a contact
     * @return the bodies of the contact's notes, newest first
     */
    static List<String> notes(Intercom intercom, String contactId) {
        // README: notes
        List<String> bodies = new ArrayList<>();
        Note n = intercom.notes().create(contactId, "Called about the invoice", "991267583");
        System.out.println(n.author().name() + ": " + intercom.notes().get(n.id()).body());
        for (Note each : intercom.notes().list(contactId)) {
            bodies.add(each.body());
        }
        return bodies;
    }

    /**
     * Runs the snippets against the sandbox.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (FakeIntercom fake = FakeIntercom.start();
                Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build()) {
            List<String> ids = fake.contacts().contactIds();
            System.out.println(contacts(intercom).id());
            System.out.println(search(intercom));
            System.out.println(merge(intercom, ids.get(20), ids.get(1)).id());
            attached(intercom, ids.get(0)).forEach(System.out::println);
            notes(intercom, ids.get(0)).forEach(System.out::println);
        }
    }
}
