package dev.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.ApiException;
import dev.switchboard.intercom.Intercom;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The wall, checked on the module path where these tests run: each library module exports exactly its API
 * packages, sdk-core's SPI only to Switchboard's API modules (not the fakes), and {@code internal} packages to
 * nobody. (The testkit is a test dependency here, so it sits on the class path; its own tests check its module.)
 */
class ModuleWallTest {
    private static final Set<String> OURS = Set.of("dev.switchboard.conversations", "dev.switchboard.tickets",
            "dev.switchboard.notifications", "dev.switchboard.webhooks");

    private static Map<String, Set<String>> exports(Module module) {
        ModuleDescriptor d = module.getDescriptor();
        Map<String, Set<String>> out = new TreeMap<>();
        for (Exports e : d.exports()) {
            out.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()) : Set.of("*"));
        }
        return out;
    }

    @Test
    void theTestsRunOnTheModulePath() {
        assertEquals("dev.switchboard.webhooks", ModuleWallTest.class.getModule().getName());
        assertEquals("dev.switchboard.core", ApiException.class.getModule().getName());
        assertEquals("dev.switchboard.conversations", IntercomConnection.class.getModule().getName());
        assertEquals("dev.switchboard.tickets", Intercom.class.getModule().getName());
    }

    @Test
    void sdkCoreExportsItsApiEverywhereAndItsSpiOnlyToOurModules() {
        Module core = ApiException.class.getModule();
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String p : new String[] {"", ".auth", ".http", ".json", ".paging", ".ratelimit", ".retry"}) {
            expected.put("dev.switchboard.core" + p, Set.of("*"));
        }
        expected.put("dev.switchboard.core.spi", new TreeSet<>(OURS));
        assertEquals(expected, exports(core));
        assertTrue(core.getPackages().contains("dev.switchboard.core.internal"));
        assertFalse(core.isExported("dev.switchboard.core.internal"));
        assertFalse(core.isExported("dev.switchboard.core.spi"), "not to everyone");
        assertTrue(core.isExported("dev.switchboard.core.spi", ModuleWallTest.class.getModule()));
    }

    @Test
    void everyApiModuleExportsEveryPackageButItsInternalOnesToEveryone() {
        for (Class<?> anchor : new Class<?>[] {IntercomConnection.class, Intercom.class, ModuleWallTest.class}) {
            Module m = anchor.getModule();
            Set<String> expected = m.getPackages().stream()
                    .filter(p -> p.startsWith("dev.switchboard.") && !p.endsWith(".internal"))
                    .collect(Collectors.toCollection(TreeSet::new));
            Map<String, Set<String>> actual = exports(m);
            assertEquals(expected, actual.keySet(), m.getName());
            actual.forEach((p, to) -> assertEquals(Set.of("*"), to, m.getName() + " exports " + p + " qualified"));
        }
        assertFalse(ModuleWallTest.class.getModule().isExported("dev.switchboard.webhooks.internal"));
    }

    @Test
    void eachModuleReadsOnlyWhatItDeclares() {
        Set<String> core = ApiException.class.getModule().getDescriptor().requires().stream()
                .map(ModuleDescriptor.Requires::name).filter(n -> !n.startsWith("java.")).collect(Collectors.toSet());
        assertEquals(Set.of("com.fasterxml.jackson.databind", "com.fasterxml.jackson.datatype.jsr310", "okhttp3",
                "org.slf4j"), core);
    }
}
