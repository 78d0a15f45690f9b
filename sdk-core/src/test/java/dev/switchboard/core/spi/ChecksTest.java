package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {
    @Test
    void notBlankNamesTheArgument() {
        assertEquals("x", Checks.notBlank("x", "title"));
        assertEquals("title must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank(null, "title")).getMessage());
        assertEquals("title must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Checks.notBlank(" \t\n", "title")).getMessage());
    }

    @Test
    void anIdMayNotWalkThePath() {
        assertEquals("a.b", Checks.id("a.b", "ticketId"));
        assertEquals("...", Checks.id("...", "ticketId"));
        assertEquals("ticketId must not be '..'",
                assertThrows(IllegalArgumentException.class, () -> Checks.id("..", "ticketId")).getMessage());
        assertEquals("ticketId must not be '.'",
                assertThrows(IllegalArgumentException.class, () -> Checks.id(".", "ticketId")).getMessage());
        assertEquals("ticketId must not be blank",
                assertThrows(IllegalArgumentException.class, () -> Checks.id("", "ticketId")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "-1", "+1", "1.0", " 1", "١٢", "1e3", "0x1"})
    void anIntegerIdIsAsciiDigitsOnly(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.integerId(bad, "newsItemId"));
        assertEquals("newsItemId must be an integer id, was '" + bad + "'", e.getMessage());
    }

    @Test
    void anIntegerIdOfAnyLengthPasses() {
        assertEquals("0", Checks.integerId("0", "id"));
        assertEquals("123456789012345678901234567890", Checks.integerId("123456789012345678901234567890", "id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tok\r\nX-Evil: 1", "tok\n", "\ttok", "tok\u0000", "tok\u007f"})
    void aSecretWithAControlCharacterIsRefusedWithoutShowingIt(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checks.secret(bad, "apiKey"));
        assertFalse(e.getMessage().contains("tok"), e.getMessage());
        assertEquals(true, e.getMessage().startsWith("apiKey contains a line break or control character at index "));
    }

    @Test
    void aSecretIsReturnedAsGiven() {
        assertEquals("s3cr3t-ü", Checks.secret("s3cr3t-ü", "apiKey"));
        assertThrows(IllegalArgumentException.class, () -> Checks.secret(null, "apiKey"));
    }
}
