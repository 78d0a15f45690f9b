package dev.switchboard.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeaderChecksTest {
    @Test
    void aTabIsLegalInAHeaderValueButNotInASecret() {
        assertDoesNotThrow(() -> HeaderChecks.check("X-Note", "a\tb"));
        assertEquals(-1, HeaderChecks.controlCharacterAt("a\tb", true));
        assertEquals(1, HeaderChecks.controlCharacterAt("a\tb", false));
    }

    @Test
    void aLineBreakIsRefusedAtItsIndexWithoutShowingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeaderChecks.check("Authorization", "Bearer tok\r\nX-Evil: 1"));
        assertEquals("value of header 'Authorization' has a control character at index 10 (value not shown)",
                e.getMessage());
        assertEquals(3, HeaderChecks.controlCharacterAt("abc\u007f", true));
        assertEquals(-1, HeaderChecks.controlCharacterAt("", false));
    }

    @Test
    void aBadNameIsShownWithItsControlCharactersMasked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeaderChecks.check("X-A\nB", "v"));
        assertEquals("header name 'X-A?B' has an illegal character at index 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeaderChecks.check("X-A", null));
        assertThrows(IllegalArgumentException.class, () -> HeaderChecks.check("", "v"));
    }
}
