package dev.switchboard.benchmarks.harness;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated by the current thread, from the JVM's per-thread allocation counter (exact, and not disturbed by
 * other load on the machine). A synchronous OkHttp call does all its client-side work on the calling thread, so
 * this covers the SDK and the baseline alike; the local server's threads are not counted.
 */
public final class Allocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static {
        THREADS.setThreadAllocatedMemoryEnabled(true);
    }

    private Allocation() {
    }

    /** @return bytes allocated by this thread so far */
    public static long current() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
