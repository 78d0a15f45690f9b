package dev.switchboard.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.ApiException;
import dev.switchboard.notifications.suger.Suger;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** sdk-notifications on the module path: both APIs exported to everyone, and sdk-core's SPI readable here. */
class ModuleWallTest {
    @Test
    void exportsSugerAndAlooChatAndReadsTheSpi() {
        Module m = Suger.class.getModule();
        assertEquals("dev.switchboard.notifications", m.getName());
        assertEquals(Set.of("dev.switchboard.notifications.aloochat", "dev.switchboard.notifications.suger"),
                m.getDescriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                        .collect(Collectors.toSet()));
        assertTrue(ApiException.class.getModule().isExported("dev.switchboard.core.spi", m));
    }
}
