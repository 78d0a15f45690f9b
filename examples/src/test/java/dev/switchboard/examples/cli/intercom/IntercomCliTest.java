package dev.switchboard.examples.cli.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.examples.cli.Cli;
import dev.switchboard.examples.cli.ExportCollections;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code switchboard export intercom conversations|calls|contacts|notes} and the Intercom tour leg, through the whole CLI. */
class IntercomCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        Cli cli = new Cli(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env, IntercomTargets.all(), List.of(),
                List.of(new IntercomTourLeg()));
        return cli.run(args);
    }

    private List<String> lines() {
        String s = out.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void registersEveryCollection() {
        assertEquals(ExportCollections.INTERCOM.stream().filter(c -> !c.equals("tickets")).toList(),
                IntercomTargets.all().stream().map(t -> t.collection()).toList());
        assertTrue(IntercomTargets.all().stream().allMatch(t -> t.api().equals("intercom")));
    }

    @Test
    void exportsEveryConversationFromTheSandbox() {
        assertEquals(0, run(Map.of(), "export", "intercom", "conversations"), this::err);
        List<String> lines = lines();
        assertEquals(45, lines.size());
        JsonNode first = Json.tree(lines.get(0).getBytes(StandardCharsets.UTF_8), "line");
        assertEquals("conversation", first.path("type").asText());
        assertFalse(first.has("conversation_parts"), "list items");
        assertTrue(first.path("custom_attributes").path("vip").isBoolean());
        assertTrue(first.has("admin_assignee_id"));
        assertEquals(List.of("no INTERCOM_TOKEN or --base-url: exporting from the embedded sandbox",
                "exported 45 conversations from intercom"), List.of(err().split("\n")));
    }

    @Test
    void exportsEveryCallFromTheSandbox() {
        assertEquals(0, run(Map.of(), "export", "intercom", "calls"), this::err);
        assertEquals(60, lines().size());
        assertEquals("call", Json.tree(lines().get(59).getBytes(StandardCharsets.UTF_8), "line").path("type").asText());
        assertTrue(err().endsWith("exported 60 calls from intercom\n"), err());
    }

    @Test
    void exportsEveryCompanyFromTheSandboxThroughTheScroll() {
        assertEquals(0, run(Map.of(), "export", "intercom", "companies"), this::err);
        assertEquals(List.of("acme-1", "globex-2", "initech-3", "umbrella-4", "hooli-5"), lines().stream()
                .map(l -> Json.tree(l.getBytes(StandardCharsets.UTF_8), "line").path("company_id").asText()).toList(),
                "companies without users too, which the list would leave out");
        assertTrue(err().endsWith("exported 5 companies from intercom\n"), err());
    }

    @Test
    void exportsEveryContactAndOneContactsNotesFromTheSandbox() {
        assertEquals(0, run(Map.of(), "export", "intercom", "contacts"), this::err);
        assertEquals(30, lines().size());
        assertEquals("contact", Json.tree(lines().get(29).getBytes(StandardCharsets.UTF_8), "line").path("type").asText());
        assertTrue(err().endsWith("exported 30 contacts from intercom\n"), err());
        out.reset();
        err.reset();
        try (FakeIntercom fake = FakeIntercom.start()) {
            String contact = fake.contacts().contactIds().get(0);
            assertEquals(0, run(Map.of("INTERCOM_TOKEN", fake.token()), "export", "intercom", "notes", "--contact", contact,
                    "--base-url", fake.baseUrl()), this::err);
            List<String> lines = lines();
            assertEquals(3, lines.size());
            for (int i = 0; i < 3; i++) {
                assertEquals(Json.tree(Json.writeBytes(fake.contacts().notesOf(contact).get(i)), "served"),
                        Json.tree(lines.get(i).getBytes(StandardCharsets.UTF_8), "line"));
            }
            assertEquals(List.of("/contacts/" + contact + "/notes", "/contacts/" + contact + "/notes?page=2"),
                    fake.requests().stream().map(r -> r.target()).toList());
        }
        err.reset();
        assertEquals(1, run(Map.of(), "export", "intercom", "notes", "--contact", "nobody"));
        assertTrue(err().contains("error: HTTP 404 Not Found on GET /contacts/nobody/notes: User Not Found"), err());
    }

    @Test
    void linesAreTheServedRecordsLosslesslyFromABaseUrl() {
        try (FakeIntercom fake = FakeIntercom.start()) {
            assertEquals(0, run(Map.of("INTERCOM_TOKEN", fake.token()), "export", "intercom", "conversations",
                    "--base-url", fake.baseUrl()), this::err);
            List<String> lines = lines();
            assertEquals(fake.conversationIds().size(), lines.size());
            for (int i = 0; i < 5; i++) {
                ObjectNode served = (ObjectNode) fake.conversation(fake.conversationIds().get(i)).orElseThrow();
                served.remove("conversation_parts");
                assertEquals(Json.tree(Json.writeBytes(served), "served"),
                        Json.tree(lines.get(i).getBytes(StandardCharsets.UTF_8), "line"));
            }
            assertEquals("/conversations?per_page=150", fake.takeRequest().target());
            assertFalse(err().contains("sandbox"), err());
        }
    }

    @Test
    void maxStopsPagingEarly() {
        try (FakeIntercom fake = FakeIntercom.start()) {
            assertEquals(0, run(Map.of("INTERCOM_TOKEN", fake.token()), "export", "intercom", "calls",
                    "--base-url", fake.baseUrl(), "--max", "30"), this::err);
            assertEquals(30, lines().size());
            assertEquals(2, fake.requests().size(), "page 3 was never fetched");
            assertEquals(List.of("/calls?per_page=25", "/calls?per_page=25&page=2"),
                    fake.requests().stream().map(r -> r.target()).toList());
        }
    }

    @Test
    void baseUrlWithoutTokenIsAUsageError() {
        assertEquals(2, run(Map.of(), "export", "intercom", "calls", "--base-url", "http://127.0.0.1:9"));
        assertEquals("error: INTERCOM_TOKEN is not set; it is needed with --base-url\n", err());
    }

    @Test
    void aRejectedTokenIsOneErrorLineWithoutTheToken() {
        try (FakeIntercom fake = FakeIntercom.start()) {
            assertEquals(1, run(Map.of("INTERCOM_TOKEN", "very-wrong-token"), "export", "intercom", "conversations",
                    "--base-url", fake.baseUrl()));
            assertTrue(err().startsWith("error: HTTP 401 Unauthorized on GET /conversations: Access Token Invalid"), err());
            assertFalse(err().contains("very-wrong-token"));
            assertEquals(1, err().split("\n").length);
        }
    }

    @Test
    void sinceIsRejectedForCalls() {
        assertEquals(2, run(Map.of(), "export", "intercom", "calls", "--since", "2026-01-01T00:00:00Z"));
        assertTrue(err().contains("--since does not apply to intercom calls"), err());
    }

    @Test
    void sinceExportsContactsAndConversationsThroughTheirSearches() {
        String query = "{\"query\":{\"field\":\"updated_at\",\"operator\":\">\",\"value\":1767225600},"
                + "\"pagination\":{\"per_page\":150}}";
        for (String collection : List.of("contacts", "conversations")) {
            out.reset();
            err.reset();
            try (FakeIntercom fake = FakeIntercom.start()) {
                assertEquals(0, run(Map.of("INTERCOM_TOKEN", fake.token()), "export", "intercom", collection,
                        "--since", "2026-01-01", "--base-url", fake.baseUrl()), this::err);
                var first = fake.requests().get(0);
                assertEquals("POST /" + collection + "/search", first.method() + " " + first.target());
                assertEquals(Json.tree(query.getBytes(StandardCharsets.UTF_8), "expected"),
                        Json.tree(first.bodyUtf8().getBytes(StandardCharsets.UTF_8), "sent"));
                assertFalse(lines().isEmpty(), collection);
                for (String line : lines()) {
                    long updated = Json.tree(line.getBytes(StandardCharsets.UTF_8), "line").path("updated_at").asLong();
                    assertTrue(updated > 1_767_225_600L, line);
                }
            }
            assertTrue(err().endsWith(" " + collection + " from intercom\n"), err());
        }
        out.reset();
        err.reset();
        assertEquals(0, run(Map.of(), "export", "intercom", "contacts", "--max", "1"), this::err);
        assertEquals(1, lines().size(), "without --since, the list");
    }

    @Test
    void theTourLegPassesAndNeverPrintsTheToken() {
        assertEquals(0, run(Map.of(), "tour"), () -> out + err());
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals("", err());
        for (String expected : List.of(
                "== intercom calls, conversations, messages",
                "GET /calls: 60 calls in 3 pages (page numbers, 25 per page); the first answer was 429, waited 6 s until"
                        + " X-RateLimit-Reset",
                "not followed, requests to the recording host: 0",
                "transcript of call 7001: 3 lines of text/plain",
                "transcript of call 7003: [{}] -> no transcript",
                ": 10 conversations over 3 pages (the cursor travels in the body's pagination.starting_after)",
                "cleared with PUT {\"custom_attributes\":{\"vip\":true},\"company_id\":null}; company now none",
                "offering [Yes, close it, Not yet]",
                "(email): to 1, cc 2, bcc 1 recipients",
                "tour complete: 1 leg passed")) {
            assertTrue(o.contains(expected), () -> "missing: " + expected + "\n" + o);
        }
        assertFalse(o.contains(FakeIntercom.DEFAULT_TOKEN));
    }
}
