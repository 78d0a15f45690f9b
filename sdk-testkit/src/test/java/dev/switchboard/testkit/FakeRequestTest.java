package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FakeRequestTest {

    private FakeServer server;

    @BeforeEach
    void start() {
        server = FakeServer.start();
        server.route("*", "/p/{id}", req -> FakeResponse.status(200));
        server.route("*", "/plain", req -> FakeResponse.status(200));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FakeRequest roundTrip(String method, String path, String body) throws IOException {
        Http.send(method, server.url(path), body);
        return server.takeRequest();
    }

    @Test
    void queryParsingKeepsOrderDuplicatesAndValuelessFlags() throws IOException {
        FakeRequest request = roundTrip("GET", "/plain?b=2&a=1&b=3&flag&sp=x%20y&e=", null);

        assertEquals(List.of("b", "a", "flag", "sp", "e"),
                List.copyOf(request.queryParams().keySet()));
        assertEquals("2", request.query("b"));
        assertEquals(List.of("2", "3"), request.queryAll("b"));
        assertEquals("", request.query("flag"));
        assertEquals("x y", request.query("sp"));
        assertEquals("", request.query("e"));
        assertNull(request.query("missing"));
        assertEquals(List.of(), request.queryAll("missing"));
        assertEquals("/plain", request.path());
    }

    @Test
    void pathParamOfUnknownNameThrows() throws IOException {
        FakeRequest request = roundTrip("GET", "/p/7", null);
        assertEquals("7", request.pathParam("id"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> request.pathParam("other"));
        assertTrue(e.getMessage().contains("{other}"), e.getMessage());

        FakeRequest unrouted = roundTrip("GET", "/nowhere", null);
        assertEquals(Map.of(), unrouted.pathParams());
        assertThrows(IllegalArgumentException.class, () -> unrouted.pathParam("id"));
    }

    @Test
    void jsonOfNonJsonBodyIsAnAssertionErrorNamingTheRequest() throws IOException {
        FakeRequest request = roundTrip("POST", "/plain", "{\"a\":");
        AssertionError e = assertThrows(AssertionError.class, request::json);
        assertTrue(e.getMessage().startsWith("expected a JSON body on POST /plain but it is not JSON"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("body: {\"a\":"), e.getMessage());

        FakeRequest trailing = roundTrip("POST", "/plain", "{} {}");
        assertThrows(AssertionError.class, trailing::json);

        FakeRequest empty = roundTrip("GET", "/plain", null);
        assertEquals(0, empty.body().length);
        AssertionError emptyError = assertThrows(AssertionError.class, empty::json);
        assertTrue(emptyError.getMessage().contains("body is empty"), emptyError.getMessage());
    }

    @Test
    void collectionsAreUnmodifiable() throws IOException {
        FakeRequest request = roundTrip("GET", "/p/1?a=1", null);
        assertThrows(UnsupportedOperationException.class, () -> request.pathParams().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> request.queryAll("a").add("2"));
        assertThrows(UnsupportedOperationException.class, () -> request.queryParams().clear());
        assertThrows(UnsupportedOperationException.class, () -> request.headers().clear());
    }
}
