package dev.switchboard.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeoutsTest {
    private static final Duration S1 = Duration.ofSeconds(1);
    private static final Duration S2 = Duration.ofSeconds(2);

    @Test
    void setValuesWinAndUnsetOnesFallBack() {
        Timeouts mine = Timeouts.builder().read(S1).deadline(S2).build();
        Timeouts merged = mine.over(Timeouts.defaults());
        assertEquals(Optional.of(Duration.ofSeconds(10)), merged.connect());
        assertEquals(Optional.of(S1), merged.read());
        assertEquals(Optional.of(Duration.ofSeconds(30)), merged.write());
        assertEquals(Optional.of(Duration.ofSeconds(60)), merged.attempt());
        assertEquals(Optional.of(S2), merged.deadline());
        assertSame(Timeouts.defaults(), Timeouts.none().over(Timeouts.defaults()));
        assertEquals(mine, mine.over(Timeouts.none()));
    }

    @Test
    void buildersOfOptionsAndConfigurationsAddToWhatWasSet() {
        RequestOptions o = RequestOptions.builder().timeouts(Timeouts.builder().read(S1).build())
                .timeouts(Timeouts.builder().write(S2).build()).build();
        assertEquals(Timeouts.builder().read(S1).write(S2).build(), o.timeouts());
        RequestOptions layered = o.overriddenBy(RequestOptions.builder().timeouts(Timeouts.builder().read(S2).build()).build());
        assertEquals(Timeouts.builder().read(S2).write(S2).build(), layered.timeouts());
        ClientConfig c = ClientConfig.builder("https://x.test").timeouts(Timeouts.ofDeadline(S2)).build();
        assertEquals(Timeouts.defaults().toBuilder().deadline(S2).build(), c.timeouts());
    }

    @Test
    void valueSemanticsAndAReadableToString() {
        assertEquals(Timeouts.builder().read(S1).build(), Timeouts.builder().read(S1).build());
        assertEquals(Timeouts.builder().read(S1).build().hashCode(), Timeouts.builder().read(S1).build().hashCode());
        assertNotEquals(Timeouts.builder().read(S1).build(), Timeouts.builder().write(S1).build());
        assertEquals("Timeouts{read=PT1S, deadline=PT2S}", Timeouts.builder().read(S1).deadline(S2).build().toString());
        assertEquals("Timeouts{}", Timeouts.none().toString());
        assertTrue(Timeouts.none().isEmpty());
        assertFalse(Timeouts.ofDeadline(S1).isEmpty());
    }

    @Test
    void everySettingMustBePositiveAndIsNamed() {
        assertEquals("connect timeout must be positive, was PT0S",
                assertThrows(IllegalArgumentException.class, () -> Timeouts.builder().connect(Duration.ZERO)).getMessage());
        assertEquals("write timeout must be positive, was PT-1S",
                assertThrows(IllegalArgumentException.class, () -> Timeouts.builder().write(Duration.ofSeconds(-1))).getMessage());
        assertEquals("attempt timeout must not be null",
                assertThrows(IllegalArgumentException.class, () -> Timeouts.builder().attempt(null)).getMessage());
        assertThrows(NullPointerException.class, () -> Timeouts.none().over(null));
    }
}
