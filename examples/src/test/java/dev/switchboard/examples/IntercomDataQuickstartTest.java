package dev.switchboard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.ConvertedTicket;
import dev.switchboard.conversations.intercom.customobjects.CustomObjectInstance;
import dev.switchboard.conversations.intercom.data.DataEventSummary;
import dev.switchboard.conversations.intercom.data.DataEventSummaryItem;
import dev.switchboard.conversations.intercom.visitors.ConvertedContact;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of docs/intercom-data.md run against {@link FakeIntercom} and return what the page says. */
class IntercomDataQuickstartTest {
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final ManualClock clock = ManualClock.at(NOW);
    private final FakeIntercom fake = FakeIntercom.builder().clock(clock).calls(0).conversations(3).start();
    private final Intercom intercom = Intercom.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).clock(clock)
            .sleeper(new RecordingSleeper(clock)::sleep).build();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        intercom.close();
        fake.close();
    }

    @Test
    void theConversationIsAssignedSnoozedJoinedRedactedConvertedAndClosed() {
        String contact = fake.conversation("100001").orElseThrow().path("contacts").path("contacts").path(0).path("id").asText();
        ConvertedTicket ticket = IntercomDataQuickstart.conversations(intercom, contact);
        assertEquals("Lost parcel", ticket.ticketAttributes().get("_default_title_"));
        var c = fake.conversation("100004").orElseThrow();
        assertEquals("closed", c.path("state").asText());
        assertEquals(5017691, c.path("team_assignee_id").asLong());
        assertEquals(2, c.path("contacts").path("contacts").size());
        assertTrue(c.path("source").path("redacted").asBoolean());
        assertEquals(ticket.id(), c.path("ticket").path("id").asText());
    }

    @Test
    void theDataSnippetCreatesAnAttributeAndCountsTheSubmittedEvent() {
        DataEventSummary summary = IntercomDataQuickstart.data(intercom, NOW);
        DataEventSummaryItem orders = summary.events().stream().filter(i -> i.name().equals("placed-order")).findFirst()
                .orElseThrow();
        assertEquals(3L, orders.count(), "two seeded and the one submitted");
        assertEquals(NOW, orders.last());
        assertEquals(1, fake.dataModel().submittedEvents().size());
    }

    @Test
    void theExportIsDownloadedAsTheFakesGzippedCsv() throws IOException {
        Path file = dir.resolve("content.csv.gz");
        long bytes = IntercomDataQuickstart.export(intercom, file);
        assertEquals(Files.size(file), bytes);
        String csv = new String(new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file))).readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(fake.dataExport().csv("cdx0000000000001"), csv);
    }

    @Test
    void theOrderIsStoredWithANumberAndTheSeededOneDeleted() {
        CustomObjectInstance order = IntercomDataQuickstart.customObjects(intercom);
        assertEquals("ORD-3456", order.externalId());
        assertEquals(0, new BigDecimal("349.99").compareTo((BigDecimal) order.customAttributes().get("total_amount")));
        assertEquals(1, fake.customObjects().instanceCount("Order"));
    }

    @Test
    void theVisitorBecomesAUserAndTheSmsIsSent() {
        ConvertedContact user = IntercomDataQuickstart.workspace(intercom);
        assertEquals("gareth@example.com", user.email());
        assertEquals("Gareth Bale", user.name());
        assertEquals(1, fake.workspace().visitorCount());
        assertEquals("+353832345678", fake.workspace().phoneCallRedirects().get(0).path("phone").asText());
    }

    @Test
    void mainRunsEverySnippetWithoutShowingTheToken() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            IntercomDataQuickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {"participants: 2", "is now ticket 900001", "You already have 'Team size'",
            "placed-order", "export cdx0000000000001: ", "order ", "Newsletters: opt_out [email]", "allowlist [127.0.0.1"}) {
            assertTrue(printed.contains(expected), () -> "missing " + expected + "\n" + printed);
        }
        assertFalse(printed.contains("sandbox-intercom-token"), printed);
    }
}
