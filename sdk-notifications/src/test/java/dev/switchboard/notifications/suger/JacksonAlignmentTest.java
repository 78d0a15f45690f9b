package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * SG-9: the official Suger SDK mixes jackson-databind 2.13 with jackson-datatype-jdk8 2.12. Every Jackson module on
 * this module's class path comes from one BOM, so they are one version.
 */
class JacksonAlignmentTest {

    @Test
    void everyJacksonModuleHasTheSameVersion() {
        String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertEquals(databind, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(), "jackson-core");
        assertEquals(databind, com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString(),
                "jackson-datatype-jsr310");
        assertEquals(databind, com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString(),
                "jackson-dataformat-yaml");
    }
}
