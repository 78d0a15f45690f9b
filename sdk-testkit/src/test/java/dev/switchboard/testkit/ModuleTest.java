package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The testkit on the module path: a named module that exports every fake to everyone and reads none of
 * Switchboard's modules, so a fake can never lean on the SDK it stands in for.
 */
class ModuleTest {
    @Test
    void isANamedModuleExportingEveryPackage() {
        Module m = FakeServer.class.getModule();
        assertEquals("dev.switchboard.testkit", m.getName());
        Set<String> ours = m.getPackages().stream().filter(p -> p.startsWith("dev.switchboard."))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = m.getDescriptor().exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(ours, exported);
    }

    @Test
    void readsNoSwitchboardModule() {
        ModuleDescriptor d = FakeServer.class.getModule().getDescriptor();
        assertFalse(d.requires().stream().anyMatch(r -> r.name().startsWith("dev.switchboard.")), d.toString());
    }
}
