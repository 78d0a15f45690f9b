package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding errors say where and why, and never quote the payload. */
class DecodeFailuresTest {

    record Item(String id, int n) {
    }

    record Wrapper(List<Item> data) {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertNoPayload(DecodeException e, String... secrets) {
        for (String s : secrets) {
            assertFalse(e.getMessage().contains(s), "message quotes '" + s + "': " + e.getMessage());
            assertFalse(e.location().contains(s), "location quotes '" + s + "': " + e.location());
            assertFalse(e.toString().contains(s), "toString quotes '" + s + "': " + e);
        }
    }

    @Test
    void wrongTypeMessageOmitsPayload() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.decode(bytes("{\"id\": \"secret-value-123\", \"n\": \"notanumber\"}"), Item.class, "response of GET /items"));
        assertNoPayload(e, "secret-value-123", "notanumber");
        assertTrue(e.location().contains("n"), e.location());
        assertTrue(e.location().endsWith("path $.n"), e.location());
        assertTrue(e.getMessage().startsWith(
                "could not decode response of GET /items as Item: it does not have the expected shape at line 1, column "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" at " + e.location()), e.getMessage());
    }

    @Test
    void locationIncludesListIndex() {
        String doc = "{\"data\":[{\"id\":\"a\",\"n\":1},{\"id\":\"secret-value-123\",\"n\":\"notanumber\"}]}";
        DecodeException e = assertThrows(DecodeException.class, () -> Json.decode(bytes(doc), Wrapper.class, "page"));
        assertTrue(e.location().endsWith("path $.data[1].n"), e.location());
        assertNoPayload(e, "secret-value-123", "notanumber");
    }

    @Test
    void locationIncludesLineAndColumn() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.decode(bytes("{\n  \"id\": \"x\",\n  \"n\": \"notanumber\"\n}"), Item.class, "test"));
        assertTrue(e.location().startsWith("line 3, column "), e.location());
        assertTrue(e.location().endsWith(", path $.n"), e.location());
    }

    @Test
    void syntaxErrorMessageOmitsUnrecognisedToken() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.decode(bytes("{\"id\": secretvalue123}"), Item.class, "test"));
        assertNoPayload(e, "secretvalue123");
        assertTrue(e.getMessage().contains("is not valid JSON"), e.getMessage());
        DecodeFailures.Withheld cause = assertInstanceOf(DecodeFailures.Withheld.class, e.getCause());
        assertEquals(JsonParseException.class.getName(), cause.type());
        assertFalse(cause.getMessage().contains("secretvalue123"), cause.getMessage());
    }

    @Test
    void wrongShapeAtRootOmitsPayload() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.decode(bytes("\"secret-value-123\""), Item.class, "test"));
        assertNoPayload(e, "secret-value-123");
    }

    @Test
    void convertFailureOmitsPayload() {
        DecodeException e = assertThrows(DecodeException.class,
                () -> Json.convert(Map.of("id", "secret-value-123", "n", "notanumber"), Item.class));
        assertNoPayload(e, "secret-value-123", "notanumber");
        assertTrue(e.location().contains("n"), e.location());
    }

    @Test
    void messageClassifiesCause() {
        IOException other = new IOException("secret-value-123");
        DecodeException e = DecodeFailures.of("body", "Thing", other);
        assertEquals("could not decode body as Thing: it could not be read", e.getMessage());
        assertEquals("", e.location());
        assertEquals(IOException.class.getName(), ((DecodeFailures.Withheld) e.getCause()).type());
        assertFalse(String.valueOf(e.getCause()).contains("secret-value-123"), "the cause does not quote the payload");
        assertArrayEquals(other.getStackTrace(), e.getCause().getStackTrace());
    }

    @Test
    void convertsSuccessfully() {
        assertEquals(new Item("a", 3), Json.convert(Map.of("id", "a", "n", 3), Item.class));
    }
}
