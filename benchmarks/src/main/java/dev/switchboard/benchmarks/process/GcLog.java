package dev.switchboard.benchmarks.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child JVM's {@code -Xlog:gc:file=...} log says about its heap: the peak occupancy (the largest heap size
 * seen when a pause began) and an estimate of the bytes allocated (the growth between consecutive pauses, summed).
 *
 * @param pauses how many pauses were logged
 * @param peakHeapMb the largest heap occupancy at the start of a pause, in MB
 * @param allocatedMb the estimated allocation, in MB
 */
public record GcLog(int pauses, long peakHeapMb, long allocatedMb) {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * @param log the log file
     * @return what it says
     * @throws IOException if it cannot be read
     */
    public static GcLog read(Path log) throws IOException {
        int pauses = 0;
        long peak = 0;
        long allocated = 0;
        long lastAfter = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                long before = Long.parseLong(m.group(1));
                long after = Long.parseLong(m.group(2));
                pauses++;
                peak = Math.max(peak, before);
                allocated += Math.max(0, before - lastAfter);
                lastAfter = after;
            }
        }
        return new GcLog(pauses, peak, allocated);
    }
}
