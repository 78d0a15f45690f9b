package dev.switchboard.benchmarks.harness;

import java.util.Locale;

/** Human-readable times and sizes for the report. */
public final class Units {
    private Units() {
    }

    /**
     * @param nanos a duration in nanoseconds
     * @return it with a unit, three significant digits
     */
    public static String nanos(double nanos) {
        if (nanos >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
        if (nanos >= 1e6) {
            return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
        }
        if (nanos >= 1e3) {
            return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f ns", nanos);
    }

    /**
     * @param bytes a size in bytes
     * @return it with a unit
     */
    public static String bytes(double bytes) {
        if (bytes < 0 || Double.isNaN(bytes)) {
            return "-";
        }
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1 << 20));
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (1 << 10));
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }
}
