package dev.switchboard.conversations.intercom.notes;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's notes on contacts: list a contact's notes, add one, read one. Immutable and thread-safe; it shares the
 * {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * NotesClient notes = new NotesClient(connection);
 * Note n = notes.create("6762f0ad1bb69f9f2193bb62", "<p>Called about the invoice</p>", "991267583");
 * for (Note each : notes.list("6762f0ad1bb69f9f2193bb62")) { ... }
 * }</pre>
 *
 * <p><b>Paging.</b> The spec declares no request parameters for the list, but its answer carries {@code pages}
 * ({@code page}, {@code per_page}, {@code total_pages}); the list follows them with {@code ?page=n} while
 * {@code page < total_pages}, and an answer without {@code pages} is the only page.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * contact ("User Not Found"), admin or note ("Resource Not Found"), {@link dev.switchboard.core.AuthenticationException}
 * for a bad token, {@link dev.switchboard.core.TransportException} when no answer came, and
 * {@link IllegalArgumentException} for arguments rejected before anything is sent.
 */
public final class NotesClient implements ResourceClient<NotesClient> {
    private static final PageStyle PAGES = PageStyle.pageNumber().itemsAt("/data").pageParam("page")
            .currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();

    private final Transport transport;

    /** @param connection the connection to send through */
    public NotesClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private NotesClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public NotesClient withOptions(RequestOptions options) {
        return new NotesClient(transport.withOptions(options));
    }

    /**
     * The notes of a contact, newest first as Intercom lists them ({@code GET /contacts/{contact_id}/notes}).
     *
     * @param contactId Intercom's id of the contact
     * @return the notes, lazily ({@link dev.switchboard.core.NotFoundException} comes when the first page is read, for
     *     an unknown contact)
     * @throws IllegalArgumentException if the id is blank
     */
    public Paginator<Note> list(String contactId) {
        ApiRequest r = ApiRequest.builder(HttpMethod.GET, "/contacts/{contact_id}/notes",
                Checks.id(contactId, "contactId")).build();
        return Paginator.of(transport, r, PAGES, Note.class);
    }

    /**
     * Adds a note to a contact as the token's admin ({@code POST /contacts/{contact_id}/notes}).
     *
     * @param contactId Intercom's id of the contact
     * @param body the note's text; some HTML is kept
     * @return the new note
     * @throws dev.switchboard.core.NotFoundException if there is no such contact
     * @throws IllegalArgumentException if an argument is blank
     * @see #create(String, String, String)
     */
    public Note create(String contactId, String body) {
        return transport.execute(createRequest(contactId, body, null), Note.class);
    }

    /**
     * Adds a note to a contact written by an admin ({@code POST /contacts/{contact_id}/notes}, body
     * {@code {"body", "admin_id"}}, as the schema has it: the contact's id goes in the path only, though the spec's
     * examples repeat it in the body; the admin's id is a string, as the schema types it).
     *
     * @param contactId Intercom's id of the contact
     * @param body the note's text; some HTML is kept
     * @param adminId the id of the admin writing it
     * @return the new note
     * @throws dev.switchboard.core.NotFoundException if there is no such contact or admin
     * @throws IllegalArgumentException if an argument is blank
     * @see #create(String, String)
     */
    public Note create(String contactId, String body, String adminId) {
        return transport.execute(createRequest(contactId, body, Checks.notBlank(adminId, "adminId")), Note.class);
    }

    /** As {@link #create(String, String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<Note> createAsync(String contactId, String body) {
        return Futures.start(() -> transport.executeAsync(createRequest(contactId, body, null), Note.class));
    }

    /**
     * As {@link #create(String, String, String)}, without blocking a thread; a failure completes the future
     * exceptionally.
     */
    public CompletableFuture<Note> createAsync(String contactId, String body, String adminId) {
        return Futures.start(() -> transport.executeAsync(
                createRequest(contactId, body, Checks.notBlank(adminId, "adminId")), Note.class));
    }

    private static ApiRequest createRequest(String contactId, String body, String adminId) {
        String id = Checks.id(contactId, "contactId");
        Map<String, String> json = new LinkedHashMap<>();
        json.put("body", Checks.notBlank(body, "body"));
        if (adminId != null) {
            json.put("admin_id", adminId);
        }
        return ApiRequest.builder(HttpMethod.POST, "/contacts/{contact_id}/notes", id).jsonBody(json).build();
    }

    /**
     * Reads a note ({@code GET /notes/{note_id}}).
     *
     * @param noteId the note's id (an integer id)
     * @return the note
     * @throws dev.switchboard.core.NotFoundException if there is no such note
     * @throws IllegalArgumentException if the id is blank or not an integer id
     */
    public Note get(String noteId) {
        return transport.execute(getRequest(noteId), Note.class);
    }

    /** As {@link #get(String)}, without blocking a thread; a failure completes the future exceptionally. */
    public CompletableFuture<Note> getAsync(String noteId) {
        return Futures.start(() -> transport.executeAsync(getRequest(noteId), Note.class));
    }

    private static ApiRequest getRequest(String noteId) {
        return ApiRequest.builder(HttpMethod.GET, "/notes/{note_id}", Checks.integerId(noteId, "noteId")).build();
    }

    @Override
    public String toString() {
        return "NotesClient{" + transport.config().baseUrl() + "}";
    }
}
