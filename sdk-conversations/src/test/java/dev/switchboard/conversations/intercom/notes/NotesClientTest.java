package dev.switchboard.conversations.intercom.notes;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.FakeResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Exact requests of {@link NotesClient} and what it makes of Intercom's answers. */
class NotesClientTest {
    private static final String CONTACT = "6762f0ab1bb69f9f2193bb60";
    private static final String NOTE = "{\"type\":\"note\",\"id\":\"%s\",\"created_at\":1733932587,\"contact\":{\"type\":"
            + "\"contact\",\"id\":\"" + CONTACT + "\"},\"author\":{\"type\":\"admin\",\"id\":\"991267581\",\"name\":\"Ciaran\","
            + "\"email\":\"admin@example.com\",\"away_mode_enabled\":false,\"away_mode_reassign\":false},\"body\":\"<p>%s</p>\"}";

    private final MoreTestSupport t = new MoreTestSupport();
    private final NotesClient notes = new NotesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsAContactsNotesAcrossPageNumberPages() {
        t.server.route("GET", "/contacts/{id}/notes", r -> FakeResponse.json("2".equals(r.query("page"))
                ? "{\"type\":\"list\",\"data\":[" + String.format(NOTE, "24", "c") + "],\"total_count\":3,\"pages\":{\"type\":"
                        + "\"pages\",\"next\":null,\"page\":2,\"per_page\":2,\"total_pages\":2}}"
                : "{\"type\":\"list\",\"data\":[" + String.format(NOTE, "26", "a") + "," + String.format(NOTE, "25", "b")
                        + "],\"total_count\":3,\"pages\":{\"type\":\"pages\",\"next\":null,\"page\":1,\"per_page\":2,"
                        + "\"total_pages\":2}}"));
        List<Note> all = notes.list(CONTACT).stream().toList();
        assertEquals(List.of("26", "25", "24"), all.stream().map(Note::id).toList());
        assertEquals(List.of("<p>a</p>", CONTACT, "Ciaran", Instant.ofEpochSecond(1_733_932_587L)),
                List.of(all.get(0).body(), all.get(0).contact().id(), all.get(0).author().name(), all.get(0).createdAt()));
        assertRequest(t.server.takeRequest(), "GET", "/contacts/" + CONTACT + "/notes", null);
        assertRequest(t.server.takeRequest(), "GET", "/contacts/" + CONTACT + "/notes?page=2", null);
    }

    @Test
    void createSendsTheBodyTheContactAndTheAdminAsTheSpecsExamplesDo() throws Exception {
        t.server.route("POST", "/contacts/{id}/notes", r -> FakeResponse.json(String.format(NOTE, "31", "Hello")));
        assertEquals("31", notes.create(CONTACT, "Hello", "991267583").id());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + CONTACT + "/notes",
                "{\"body\":\"Hello\",\"admin_id\":\"991267583\"}");
        assertEquals("<p>Hello</p>", notes.createAsync(CONTACT, "Hello").get().body());
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + CONTACT + "/notes",
                "{\"body\":\"Hello\"}");
        notes.createAsync(CONTACT, "Hi", "1").get();
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + CONTACT + "/notes",
                "{\"body\":\"Hi\",\"admin_id\":\"1\"}");
    }

    @Test
    void getReadsANoteByItsIntegerIdAndAnUnknownOneIsNotFound() throws Exception {
        t.server.route("GET", "/notes/{id}", r -> r.pathParam("id").equals("34")
                ? FakeResponse.json(String.format(NOTE, "34", "x"))
                : FakeResponse.json(404, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"not_found\","
                        + "\"message\":\"Resource Not Found\"}]}"));
        assertEquals("34", notes.get("34").id());
        assertRequest(t.server.takeRequest(), "GET", "/notes/34", null);
        assertEquals("34", notes.getAsync("34").get().id());
        assertThrows(NotFoundException.class, () -> notes.get("35"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> notes.getAsync("35").get());
        assertTrue(e.getCause() instanceof NotFoundException, e::toString);
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> notes.get("abc")).getMessage().startsWith("noteId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> notes.list(" ")).getMessage().startsWith("contactId"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> notes.create(CONTACT, " ")).getMessage()
                .startsWith("body"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> notes.create(CONTACT, "x", "")).getMessage()
                .startsWith("adminId"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> notes.createAsync(null, "x").get());
        assertTrue(e.getCause() instanceof IllegalArgumentException, e::toString);
        assertThrows(ExecutionException.class, () -> notes.getAsync("1.5").get());
        assertEquals(0, t.server.requestCount());
    }
}
