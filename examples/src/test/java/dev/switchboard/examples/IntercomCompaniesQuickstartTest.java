package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The snippets of {@code docs/intercom-companies.md} against the sandbox: what each returns, and what it changed. */
class IntercomCompaniesQuickstartTest {
    private final FakeIntercom fake = FakeIntercom.start();
    private final Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build();

    @AfterEach
    void close() {
        intercom.close();
        fake.close();
    }

    @Test
    void companiesCreatesAttachesUpdatesFindsAndScrollsEveryCompany() {
        String contact = fake.companies().contactIds().get(0);
        List<String> all = IntercomCompaniesQuickstart.companies(intercom, contact);
        assertEquals(List.of("acme-1", "globex-2", "initech-3", "umbrella-4", "hooli-5", "wayne-6"), all);
        String wayne = fake.companies().idOf("wayne-6").orElseThrow();
        JsonNode stored = fake.companies().company(wayne).orElseThrow();
        assertEquals("https://wayne.example", stored.path("website").asText());
        assertTrue(stored.path("custom_attributes").path("paid_subscriber").isBoolean());
        assertEquals(List.of(contact), fake.companies().contactsOf(wayne));
        assertTrue(fake.companies().openScroll().isEmpty(), "the scroll ran to its end");
    }

    @Test
    void tagsTagsCompaniesAndAConversationAndReportsTheDependentTag() {
        String conversation = fake.conversationIds().get(0);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<String> names;
        try {
            names = IntercomCompaniesQuickstart.tags(intercom, conversation);
        } finally {
            System.setOut(original);
        }
        assertEquals(List.of("Urgent", "Billing", "VIP", "Key account"), names, "VIP could not be deleted");
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("Unable to delete Tag with dependent objects. Segments:"
                + " VIP customers."));
        String key = fake.tags().tags().entrySet().stream().filter(e -> e.getValue().equals("Key account")).findFirst()
                .orElseThrow().getKey();
        assertTrue(fake.conversation(conversation).orElseThrow().path("tags").toString().contains(key));
        assertTrue(fake.companies().company(fake.companies().idOf("acme-1").orElseThrow()).orElseThrow().path("tags")
                .toString().contains("Key account"));
        assertFalse(fake.companies().company(fake.companies().idOf("hooli-5").orElseThrow()).orElseThrow().path("tags")
                .toString().contains("Key account"), "untagged again");
    }

    @Test
    void directoryReadsMeSegmentsTeamsAndAdmins() {
        List<String> lines = IntercomCompaniesQuickstart.directory(intercom);
        assertEquals(List.of("Ciaran Lee @ Switchboard sandbox (EU)", "Active users: 5", "Leads this week: 2", "VIP customers: 1",
                "Support [991267460, 991267461] round_robin", "Billing [991267461] balanced",
                "Ciaran Lee https://static.intercomassets.com/assets/default-avatars/admins/128.png",
                "Dana Roe https://static.intercomassets.com/assets/default-avatars/admins/128.png"), lines);
    }

    @Test
    void mainRunsEverySnippetAgainstTheSandbox() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IntercomCompaniesQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Wayne Enterprises: 1 user(s), plan Enterprise"), printed);
        assertTrue(printed.contains("Support [991267460, 991267461] round_robin"), printed);
        assertFalse(printed.contains(fake.token()), printed);
    }
}
