package dev.switchboard.conversations.intercom.contacts;

import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.segments.Segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.notes.Note;
import dev.switchboard.conversations.intercom.notes.NotesClient;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.conversations.intercom.subscriptions.SubscriptionType;
import dev.switchboard.core.ConflictException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Patch;
import dev.switchboard.testkit.intercom.FakeIntercomContacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contacts and notes clients against the stateful fake: paging across pages, state changes and Intercom's errors. */
class ContactsFakeFlowTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomContacts fake = FakeIntercomContacts.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final ContactsClient contacts = new ContactsClient(t.connection);
    private final NotesClient notes = new NotesClient(t.connection);
    private final String first = fake.contactIds().get(0);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsEveryContactAcrossCursorPagesAndSearchesAcrossBodyCursorPages() {
        assertEquals(fake.contactIds(), contacts.list(7).stream().map(Contact::id).toList());
        assertEquals(5, t.server.requestCount());
        t.server.clearRequests();
        List<Contact> leads = contacts.search(SearchQuery.field("role").eq("lead"), 3).stream().toList();
        assertEquals(fake.contactIds().subList(20, 30), leads.stream().map(Contact::id).toList());
        assertTrue(leads.stream().allMatch(c -> c.role() == ContactRole.LEAD));
        assertEquals(4, t.server.requestCount());
        List<String> paid = contacts.search(SearchQuery.and(SearchQuery.field("custom_attributes.paid_subscriber").eq(true),
                SearchQuery.field("location.country").eq("United States"))).stream().map(Contact::externalId).toList();
        assertEquals(List.of("user-1", "user-3", "user-5", "user-7", "user-9", "user-11", "user-13", "user-15", "user-17",
                "user-19"), paid);
    }

    @Test
    void createsUpdatesClearsAndDeletesAContact() {
        Instant signedUp = Instant.parse("2026-04-01T09:30:00Z");
        Contact ada = contacts.create(ContactRequest.builder().role(ContactRole.USER).externalId("ada-1")
                .email("ada@analytical.example").name("Ada").signedUpAt(signedUp).ownerId("991267460")
                .customAttribute("paid_subscriber", true).customAttribute("monthly_spend", new BigDecimal("155.50")).build());
        assertEquals(List.of("ada-1", "Ada", signedUp, "991267460", MoreTestSupport.NOW),
                List.of(ada.externalId(), ada.name(), ada.signedUpAt(), ada.ownerId(), ada.createdAt()));
        assertEquals(Boolean.TRUE, ada.customAttributes().get("paid_subscriber"));
        t.clock.advance(Duration.ofMinutes(1));
        Contact cleared = contacts.update(ada.id(), ContactRequest.builder().name(Patch.ofNull()).ownerId(Patch.ofNull())
                .phone("+353871234567").build());
        assertNull(cleared.name());
        assertTrue(cleared.json().containsKey("name"), "cleared to null, not dropped");
        assertNull(cleared.ownerId());
        assertEquals("+353871234567", cleared.phone());
        assertEquals(MoreTestSupport.NOW.plusSeconds(60), cleared.updatedAt());
        assertEquals(ada.id(), contacts.findByExternalId("ada-1").id());
        ConflictException dup = assertThrows(ConflictException.class,
                () -> contacts.create(ContactRequest.builder().email("ada@analytical.example").build()));
        assertEquals("conflict", dup.details().get(0).code());
        assertThrows(ValidationException.class,
                () -> contacts.update(ada.id(), ContactRequest.builder().role(ContactRole.LEAD).build()));
        assertEquals(Boolean.TRUE, contacts.delete(ada.id()).deleted());
        NotFoundException gone = assertThrows(NotFoundException.class, () -> contacts.get(ada.id()));
        assertEquals("User Not Found", gone.details().get(0).message());
    }

    @Test
    void mergesALeadIntoAUserAndArchivesUnarchivesAndBlocks() {
        String lead = fake.contactIds().get(20);
        String user = fake.contactIds().get(1);
        assertThrows(ValidationException.class, () -> contacts.merge(user, first));
        Contact merged = contacts.merge(lead, user);
        assertEquals(user, merged.id());
        assertEquals(List.of("82", "84"), merged.tags().data().stream().map(Addressable::id).toList());
        assertThrows(NotFoundException.class, () -> contacts.get(lead));
        assertFalse(contacts.list().stream().anyMatch(c -> c.id().equals(lead)));
        assertEquals(Boolean.TRUE, contacts.archive(first).archived());
        assertEquals(Boolean.FALSE, contacts.unarchive(first).archived());
        assertEquals(Boolean.TRUE, contacts.block(first).blocked());
        assertTrue(fake.isBlocked(first));
    }

    @Test
    void attachedListsPageAndTagsAndSubscriptionTypesAttachAndDetach() {
        List<Company> companies = contacts.companies(first).stream().toList();
        assertEquals(List.of("1", "2", "3"), companies.stream().map(Company::companyId).toList());
        assertEquals(List.of("Active users"), contacts.segments(first).stream().map(Segment::name).toList());
        assertEquals(List.of("81", "82"), contacts.tags(first).stream().map(Tag::id).toList());
        Tag churn = contacts.attachTag(first, "83");
        assertEquals(List.of("Churn risk", MoreTestSupport.NOW), List.of(churn.name(), churn.appliedAt()));
        assertEquals("81", contacts.detachTag(first, "81").id());
        assertEquals(List.of("82", "83"), fake.tagsOf(first));
        assertThrows(NotFoundException.class, () -> contacts.attachTag(first, "404"));
        SubscriptionType product = contacts.attachSubscription(first, "106", ConsentType.OPT_IN);
        assertEquals("Product announcements", product.defaultTranslation().name());
        contacts.detachSubscription(first, "91");
        assertEquals(List.of("93", "106"), contacts.subscriptions(first).stream().map(SubscriptionType::id).toList());
        Contact c = contacts.get(first);
        assertEquals(List.of("93", "106"), c.optedInSubscriptionTypes().data().stream().map(Addressable::id).toList());
        assertEquals(0, c.optedOutSubscriptionTypes().totalCount());
        assertThrows(NotFoundException.class, () -> contacts.tags("nobody").stream().toList());
    }

    @Test
    void notesAreListedAcrossPagesAddedAndReadBack() {
        assertEquals(3, notes.list(first).stream().count());
        Note added = notes.create(first, "Called about the invoice", "991267583");
        assertEquals(List.of("<p>Called about the invoice</p>", "991267583", first),
                List.of(added.body(), added.author().id(), added.contact().id()));
        List<String> ids = notes.list(first).stream().map(Note::id).toList();
        assertEquals(4, ids.size());
        assertEquals(added.id(), ids.get(0));
        assertEquals(added, notes.get(added.id()));
        assertEquals("991267460", notes.create(first, "By the token's admin").author().id());
        assertThrows(NotFoundException.class, () -> notes.create(first, "x", "1"));
        assertThrows(NotFoundException.class, () -> notes.get("99999"));
        JsonNode stored = fake.notesOf(first).get(1);
        assertEquals(added.id(), stored.path("id").asText());
        assertEquals(5, contacts.get(first).notes().totalCount());
    }
}
