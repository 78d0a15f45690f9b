package dev.switchboard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@code ./switchboard --help}, only when the jar is already built and current, so the script never
 * starts a Maven build from inside the tests. {@code mvn verify} runs it after {@code package} (the examples module's
 * {@code script} execution, in {@code integration-test}), where the jar is always current, so CI runs it too.
 */
class ScriptTest {

    @Test
    void scriptPrintsTheUsage() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        Path script = root.resolve("switchboard");
        Path jar = root.resolve("examples/target/switchboard-cli.jar");
        assumeTrue(Files.isExecutable(script), "no executable ./switchboard");
        assumeTrue(Files.isRegularFile(jar) && Files.isDirectory(root.resolve("examples/target/lib")), "the jar is not built");
        assumeTrue(upToDate(root, Files.getLastModifiedTime(jar)), "the jar is older than the sources");

        Process p = new ProcessBuilder("./switchboard", "--help").directory(root.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the script did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.contains("Usage:") && out.contains("switchboard export <api> <collection>"), out);
        assertEquals("", err);
    }

    /** Mirrors the script: no pom.xml (depth 2) and no file under any module's src/main newer than the jar. */
    private static boolean upToDate(Path root, FileTime jarTime) throws IOException {
        try (Stream<Path> poms = Files.find(root, 2, (p, a) -> p.getFileName().toString().equals("pom.xml"));
                Stream<Path> modules = Files.list(root)) {
            if (poms.anyMatch(p -> newer(p, jarTime))) {
                return false;
            }
            for (Path module : (Iterable<Path>) modules::iterator) {
                Path main = module.resolve("src/main");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        if (files.filter(Files::isRegularFile).anyMatch(p -> newer(p, jarTime))) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static boolean newer(Path p, FileTime than) {
        try {
            return Files.getLastModifiedTime(p).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
