package dev.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FilesAboveTest {

    @Test
    void findsTheNearestMatchInTheWorkingDirectoryOrAbove() {
        // Maven runs this from the module directory, whose pom is nearest; the reactor's pom is one level up.
        Path pom = FilesAbove.find("pom.xml").orElseThrow();
        assertEquals(Path.of("").toAbsolutePath().resolve("pom.xml"), pom);
        Path module = FilesAbove.find("sdk-testkit/pom.xml").orElseThrow();
        assertTrue(Files.isRegularFile(module));
        assertEquals(Path.of("").toAbsolutePath().getParent(), module.getParent().getParent());
    }

    @Test
    void isEmptyWhenNothingMatches() {
        assertTrue(FilesAbove.find("no/such/file-" + System.nanoTime()).isEmpty());
    }
}
