package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.testkit.aloochat.FakeAloochat;
import dev.switchboard.testkit.intercom.FakeFin;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.testkit.intercom.FakeIntercomAdmins;
import dev.switchboard.testkit.intercom.FakeIntercomKnowledge;
import dev.switchboard.testkit.intercom.FakeIntercomReporting;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import dev.switchboard.testkit.suger.FakeSuger;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The shape every fake shares: start on its own server or {@code on} a shared one, one base URL, faults, close. */
class FakeApiTest {
    /** A fake, how to add it to a server, and one request it answers 200 to with the right credential. */
    private record Kind(String name, Function<FakeServer, FakeApi<?>> on, String method, String path, String body,
            String header, String credential) {
        Request request(String baseUrl, String value) {
            Request.Builder b = new Request.Builder().url(baseUrl + path).method(method,
                    body == null ? null : okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json")));
            return value == null ? b.build() : b.header(header, value).build();
        }
    }

    private static final String KEY = "shared-fake-credential";

    private static final List<Kind> KINDS = List.of(
            new Kind("tickets", s -> FakeIntercomTickets.on(s, KEY), "GET", "/ticket_types", null,
                    "Authorization", "Bearer " + KEY),
            new Kind("knowledge", s -> FakeIntercomKnowledge.on(s, KEY, Clock.systemUTC()), "GET", "/internal_articles",
                    null, "Authorization", "Bearer " + KEY),
            new Kind("reporting", s -> FakeIntercomReporting.on(s, KEY), "GET", "/export/reporting_data/get_datasets",
                    null, "Authorization", "Bearer " + KEY),
            new Kind("admins", s -> FakeIntercomAdmins.on(s, KEY), "GET", "/away_status_reasons", null,
                    "Authorization", "Bearer " + KEY),
            new Kind("fin", s -> FakeFin.on(s, KEY), "POST", "/fin/start",
                    "{\"message\":{\"author\":\"user\",\"body\":\"hello\",\"timestamp\":\"2026-05-01T12:00:00Z\"},"
                    + "\"conversation_id\":\"c-1\",\"user\":{\"id\":\"u-1\"}}",
                    "Authorization", "Bearer " + KEY),
            new Kind("moveworks", s -> FakeMoveworksDataApi.on(s, KEY), "GET", "/export/v1/records/conversations", null,
                    "Authorization", "Bearer " + KEY),
            new Kind("suger", s -> FakeSuger.on(s, KEY), "GET", "/org/" + FakeSuger.ORGANIZATION_ID + "/notificationMessage",
                    null, "Authorization", "Key " + KEY),
            new Kind("aloochat", s -> FakeAloochat.on(s, KEY), "GET", FakeAloochat.BASE_PATH, null,
                    FakeAloochat.API_KEY_HEADER, KEY));

    @Test
    void everyFakeAddedToOneServerAnswersThereWithItsOwnCredentialCheck() throws IOException {
        try (FakeServer server = FakeServer.start()) {
            for (Kind k : KINDS) {
                FakeApi<?> fake = k.on().apply(server);
                assertSame(server, fake.server(), k.name());
                assertEquals(server.baseUrl(), fake.baseUrl(), k.name());
                assertEquals(server.url("/x"), fake.url("/x"), k.name());
            }
            for (Kind k : KINDS) {
                assertEquals(200, Http.execute(k.request(server.baseUrl(), k.credential())).code(), k.name());
                Http.Result refused = Http.execute(k.request(server.baseUrl(), null));
                assertEquals(401, refused.code(), k.name() + ": " + refused.body());
                assertFalse(refused.body().contains(KEY), k.name());
                assertEquals(401, Http.execute(k.request(server.baseUrl(), k.credential() + "x")).code(), k.name());
            }
            assertEquals(3 * KINDS.size(), server.requestCount());
        }
    }

    @Test
    void aFakeOnASharedServerLeavesItRunningWhenClosedAndSharesItsRequestsAndFaults() throws IOException {
        try (FakeServer server = FakeServer.start()) {
            for (Kind k : KINDS) {
                server.clearRequests();
                FakeApi<?> fake = k.on().apply(server);
                fake.close();
                Http.Result answered = Http.execute(k.request(server.baseUrl(), k.credential()));
                assertEquals(200, answered.code(), k.name() + ": closing a fake on a shared server must not stop it");
                assertEquals(1, fake.requestCount(), k.name());
                assertEquals(k.path(), fake.takeRequest().path(), k.name());
                fake.clearRequests();
                assertTrue(fake.requests().isEmpty(), k.name());
            }
            FakeApi<?> suger = KINDS.get(6).on().apply(server);
            assertSame(server.faults(), suger.faults());
            assertSame(suger.faults(), suger.faults(), "built once");
        }
    }

    @Test
    void aFakeStartedOnItsOwnServerStopsItWhenClosed() {
        List<FakeApi<?>> started = List.of(FakeIntercomTickets.start(), FakeIntercomKnowledge.start(),
                FakeIntercomReporting.start(), FakeIntercomAdmins.start(), FakeFin.start(), FakeMoveworksDataApi.start(),
                FakeSuger.start(), FakeAloochat.start(), FakeIntercom.start());
        for (FakeApi<?> fake : started) {
            String url = fake.baseUrl();
            assertTrue(fake.toString().contains(url), fake.toString());
            fake.close();
            assertThrows(IOException.class, () -> Http.get(url + "/"), fake + " still answers after close");
        }
    }

    @Test
    void theIntercomFakeServesEveryPartOnItsServerAndTokenByDefault() throws IOException {
        try (FakeIntercom intercom = FakeIntercom.start()) {
            List<FakeApi<?>> parts = List.of(intercom.tickets(), intercom.knowledge(), intercom.reporting(),
                    intercom.admins(), intercom.fin());
            for (FakeApi<?> part : parts) {
                assertSame(intercom.server(), part.server(), part.toString());
            }
            String bearer = "Bearer " + intercom.token();
            List<Kind> intercomKinds = KINDS.subList(0, 5);
            for (Kind k : intercomKinds) {
                Kind mine = new Kind(k.name(), k.on(), k.method(), k.path(), k.body(), k.header(), bearer);
                assertEquals(200, Http.execute(mine.request(intercom.baseUrl(), bearer)).code(), k.name());
                assertEquals(401, Http.execute(mine.request(intercom.baseUrl(), "Bearer wrong")).code(), k.name());
            }
            Request search = new Request.Builder().url(intercom.url("/tickets/search")).header("Authorization", bearer)
                    .post(okhttp3.RequestBody.create("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true}}",
                            okhttp3.MediaType.get("application/json"))).build();
            assertEquals(200, Http.execute(search).code(), "no tickets() call needed first");
            assertEquals(200, Http.execute(new Request.Builder().url(intercom.url("/calls")).header("Authorization", bearer)
                    .build()).code());
            intercom.close();
            for (FakeApi<?> part : parts) {
                assertThrows(IOException.class, () -> Http.get(part.url("/calls")), "the parts stop with the fake");
            }
        }
    }
}
