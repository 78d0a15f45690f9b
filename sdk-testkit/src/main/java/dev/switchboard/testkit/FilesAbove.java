package dev.switchboard.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a file or directory by looking in the working directory and then in each of its parents, so a test finds
 * fixtures kept beside (or above) a multi-module project whether Maven runs it from the module or from the reactor
 * root. Tests that need such files skip themselves when they are absent.
 *
 * <pre>{@code
 * Path spec = FilesAbove.find("shared/specs/intercom/api-2.14.yaml").orElse(null);
 * Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
 * }</pre>
 */
public final class FilesAbove {
    private FilesAbove() {
    }

    /**
     * @param relativePath a path relative to the directory searched, for example {@code shared/specs}
     * @return the first existing match, nearest first
     */
    public static Optional<Path> find(String relativePath) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relativePath);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
