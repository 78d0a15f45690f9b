package dev.switchboard.conversations.intercom.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.subscriptions.ConsentType;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The async twins send what their blocking forms send; argument errors are failed futures; views keep their options. */
class ContactsAsyncTest {
    private static final String ID = ContactsClientTest.ID;

    private final MoreTestSupport t = new MoreTestSupport();
    private final ContactsClient contacts = new ContactsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void everyTwinSendsTheRequestOfItsBlockingForm() throws Exception {
        t.server.route("*", "/contacts/{a}", r -> FakeResponse.json("{\"type\":\"contact\",\"id\":\"" + ID + "\"}"));
        t.server.route("*", "/contacts/{a}/{b}", r -> FakeResponse.json("{\"type\":\"contact\",\"id\":\"" + ID + "\"}"));
        t.server.route("*", "/contacts/{a}/{b}/{c}", r -> FakeResponse.json("{\"type\":\"tag\",\"id\":\"81\"}"));
        t.server.route("POST", "/contacts", r -> FakeResponse.json("{\"type\":\"contact\",\"id\":\"" + ID + "\"}"));
        ContactRequest req = ContactRequest.builder().email("ada@x.example").build();
        List<Supplier<CompletableFuture<?>>> twins = List.of(() -> contacts.createAsync(req), () -> contacts.getAsync(ID),
                () -> contacts.updateAsync(ID, req), () -> contacts.deleteAsync(ID), () -> contacts.mergeAsync("l", ID),
                () -> contacts.findByExternalIdAsync("70"), () -> contacts.archiveAsync(ID),
                () -> contacts.unarchiveAsync(ID), () -> contacts.blockAsync(ID), () -> contacts.attachTagAsync(ID, "81"),
                () -> contacts.detachTagAsync(ID, "81"), () -> contacts.attachSubscriptionAsync(ID, "93", ConsentType.OPT_OUT),
                () -> contacts.detachSubscriptionAsync(ID, "93"));
        List<String> sent = new ArrayList<>();
        for (Supplier<CompletableFuture<?>> twin : twins) {
            twin.get().get();
            var r = t.server.takeRequest();
            sent.add(r.method() + " " + r.target() + " " + r.bodyUtf8());
        }
        assertEquals(List.of("POST /contacts {\"email\":\"ada@x.example\"}", "GET /contacts/" + ID + " ",
                "PUT /contacts/" + ID + " {\"email\":\"ada@x.example\"}", "DELETE /contacts/" + ID + " ",
                "POST /contacts/merge {\"from\":\"l\",\"into\":\"" + ID + "\"}", "GET /contacts/find_by_external_id/70 ",
                "POST /contacts/" + ID + "/archive ", "POST /contacts/" + ID + "/unarchive ", "POST /contacts/" + ID + "/block ",
                "POST /contacts/" + ID + "/tags {\"id\":\"81\"}", "DELETE /contacts/" + ID + "/tags/81 ",
                "POST /contacts/" + ID + "/subscriptions {\"id\":\"93\",\"consent_type\":\"opt_out\"}",
                "DELETE /contacts/" + ID + "/subscriptions/93 "), sent);
    }

    @Test
    void anArgumentErrorIsAFailedFutureAndNothingIsSent() {
        ExecutionException e = assertThrows(ExecutionException.class, () -> contacts.createAsync(
                ContactRequest.builder().name("no identity").build()).get());
        assertTrue(e.getCause() instanceof IllegalArgumentException, e::toString);
        assertTrue(assertThrows(ExecutionException.class, () -> contacts.getAsync(" ").get()).getCause()
                instanceof IllegalArgumentException);
        assertTrue(assertThrows(ExecutionException.class, () -> contacts.createAsync(null).get()).getCause()
                instanceof NullPointerException);
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void anApiErrorCompletesTheFutureWithTheTypedExceptionAndPagesLoadWithoutBlocking() throws Exception {
        t.server.route("GET", "/contacts/{id}/tags", r -> FakeResponse.json(404, "{\"type\":\"error.list\",\"errors\":"
                + "[{\"code\":\"not_found\",\"message\":\"User Not Found\"}]}"));
        t.server.route("GET", "/contacts", r -> FakeResponse.json(r.query("starting_after") == null
                ? "{\"type\":\"list\",\"data\":[{\"id\":\"a\"}],\"pages\":{\"type\":\"pages\",\"page\":1,\"total_pages\":2,"
                        + "\"next\":{\"starting_after\":\"n\"}}}"
                : "{\"type\":\"list\",\"data\":[{\"id\":\"b\"}],\"pages\":{\"type\":\"pages\",\"page\":2,\"total_pages\":2}}"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> contacts.tags("gone").firstPageAsync().get());
        assertTrue(e.getCause() instanceof NotFoundException, e::toString);
        List<String> ids = new ArrayList<>();
        assertEquals(2L, contacts.list().forEachAsync(c -> ids.add(c.id())).get());
        assertEquals(List.of("a", "b"), ids);
    }

    @Test
    void aViewSendsItsOwnVersionAndTheClientItCameFromIsUnchanged() {
        t.server.route("GET", "/contacts/{id}", r -> FakeResponse.json("{\"id\":\"" + ID + "\"}"));
        contacts.withOptions(IntercomConnection.version("2.13")).get(ID);
        assertEquals(List.of("2.13"), t.server.takeRequest().headers("Intercom-Version"));
        contacts.get(ID);
        assertEquals(List.of("2.14"), t.server.takeRequest().headers("Intercom-Version"));
        assertTrue(contacts.toString().startsWith("ContactsClient{"));
    }
}
