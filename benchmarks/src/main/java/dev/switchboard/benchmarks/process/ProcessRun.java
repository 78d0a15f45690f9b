package dev.switchboard.benchmarks.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs one child process to completion and measures it from outside: wall time from start to exit, and the peak
 * resident set size, read from {@code /proc/<pid>/status} ({@code VmHWM}, a high-water mark) while it runs.
 *
 * @param nanos wall time
 * @param peakRssKb the largest {@code VmHWM} seen, in KiB; 0 where {@code /proc} is not available
 * @param exitCode the exit status
 * @param stderr what the process wrote to standard error
 */
public record ProcessRun(long nanos, long peakRssKb, int exitCode, String stderr) {

    /**
     * @param command the command line
     * @param env variables added to this process's environment
     * @param stdout where standard output goes
     * @param workDir the working directory
     * @return the measured run
     * @throws IOException if the process cannot be started
     * @throws InterruptedException if interrupted while waiting
     */
    public static ProcessRun run(List<String> command, Map<String, String> env, File stdout, File workDir)
            throws IOException, InterruptedException {
        File err = File.createTempFile("bench-stderr", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir).redirectOutput(stdout).redirectError(err);
            pb.environment().putAll(env);
            long t0 = System.nanoTime();
            Process p = pb.start();
            Path status = Path.of("/proc/" + p.pid() + "/status");
            long peak = 0;
            while (!p.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, hwm(status));
            }
            long t1 = System.nanoTime();
            return new ProcessRun(t1 - t0, peak, p.exitValue(), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err.toPath());
        }
    }

    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited
        }
        return 0;
    }

    /**
     * @return this run's status, with the end of standard error when it failed
     * @throws IllegalStateException if the process did not exit with 0
     */
    public ProcessRun requireSuccess() {
        if (exitCode != 0) {
            String tail = stderr.length() > 2000 ? stderr.substring(stderr.length() - 2000) : stderr;
            throw new IllegalStateException("child process exited with " + exitCode + ":\n" + tail);
        }
        return this;
    }
}
