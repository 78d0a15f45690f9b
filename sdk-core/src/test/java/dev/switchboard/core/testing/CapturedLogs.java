package dev.switchboard.core.testing;

import java.util.ArrayList;
import java.util.List;

/** Every log line written through SLF4J during the tests, at every level, formatted. */
public final class CapturedLogs {
    private static final List<String> LINES = new ArrayList<>();

    private CapturedLogs() {
    }

    static synchronized void add(String line) {
        LINES.add(line);
    }

    /** Forgets what was captured so far. */
    public static synchronized void clear() {
        LINES.clear();
    }

    /** @return a snapshot of the captured lines */
    public static synchronized List<String> lines() {
        return new ArrayList<>(LINES);
    }

    /** @return every captured line joined with newlines */
    public static String all() {
        return String.join("\n", lines());
    }
}
