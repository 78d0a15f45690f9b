package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.conversations.intercom.contacts.Contact;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/intercom-contacts.md} against the sandbox: what each returns, and what it changed. */
class IntercomContactsQuickstartTest {
    private final FakeIntercom fake = FakeIntercom.start();
    private final Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build();
    private final List<String> ids = fake.contacts().contactIds();

    @AfterEach
    void close() {
        intercom.close();
        fake.close();
    }

    private static <T> List<Object> printing(Supplier<T> run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            T result = run.get();
            return List.of(result, captured.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void contactsCreatesUpdatesClearsAndIsRefusedADuplicate() {
        List<Object> r = printing(() -> IntercomContactsQuickstart.contacts(intercom));
        Contact ada = (Contact) r.get(0);
        assertNull(ada.name());
        assertEquals("+353871234567", ada.phone());
        JsonNode stored = fake.contacts().contact(ada.id()).orElseThrow();
        assertTrue(stored.path("name").isNull());
        assertTrue(stored.path("custom_attributes").path("paid_subscriber").isBoolean());
        assertTrue(fake.requests().get(0).bodyUtf8().contains("\"monthly_spend\":155.50"), "the scale is sent as given");
        @SuppressWarnings("unchecked")
        List<String> printed = (List<String>) r.get(1);
        assertEquals(List.of("A contact matching those details already exists with id=" + ada.id(), "+353871234567"),
                printed);
        assertEquals(31, fake.contacts().contactIds().size());
    }

    @Test
    void searchFindsThePayingUsersInTheUsAndTheListCountsEveryContact() {
        assertEquals(List.of("user-1", "user-3", "user-5", "user-7", "user-9", "user-11", "user-13", "user-15", "user-17",
                "user-19", "30"), IntercomContactsQuickstart.search(intercom));
    }

    @Test
    void mergeMovesTheLeadOntoTheUserAndTheLeadIsGone() {
        List<Object> r = printing(() -> IntercomContactsQuickstart.merge(intercom, ids.get(20), ids.get(1)));
        assertEquals(ids.get(1), ((Contact) r.get(0)).id());
        assertEquals(List.of("2 tags, 0 notes"), r.get(1));
        assertFalse(fake.contacts().contactIds().contains(ids.get(20)));
        assertFalse(fake.contacts().isArchived(ids.get(1)));
    }

    @Test
    void attachedTagsSubscriptionsAndCompanies() {
        List<String> lines = IntercomContactsQuickstart.attached(intercom, ids.get(0));
        assertEquals(7, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("tag VIP applied "), lines::toString);
        assertTrue(lines.get(1).startsWith("tag Churn risk applied "), lines::toString);
        assertEquals(List.of("subscription SMS updates opt_in", "subscription Product announcements opt_in",
                "company Analytical Engines", "company Harvard Mark I", "company Bletchley Park"), lines.subList(2, 7));
        assertEquals(List.of("82", "83"), fake.contacts().tagsOf(ids.get(0)));
        assertEquals(List.of("93", "106"), fake.contacts().subscriptionsOf(ids.get(0)));
    }

    @Test
    void notesAddsOneAndListsThemNewestFirst() {
        List<Object> r = printing(() -> IntercomContactsQuickstart.notes(intercom, ids.get(0)));
        @SuppressWarnings("unchecked")
        List<String> bodies = (List<String>) r.get(0);
        assertEquals(4, bodies.size());
        assertEquals("<p>Called about the invoice</p>", bodies.get(0));
        assertEquals(List.of("Eve Oduya: <p>Called about the invoice</p>"), r.get(1));
    }

    @Test
    void mainRunsEverySnippet() {
        List<Object> r = printing(() -> {
            IntercomContactsQuickstart.main(new String[0]);
            return "done";
        });
        @SuppressWarnings("unchecked")
        List<String> printed = (List<String>) r.get(1);
        assertTrue(printed.size() > 10, printed::toString);
        assertFalse(String.join("\n", printed).contains(fake.token()));
    }
}
