package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.child.Collections;
import dev.switchboard.benchmarks.child.Drain;
import dev.switchboard.benchmarks.child.HandExporter;
import dev.switchboard.benchmarks.data.ApiRoutes;
import dev.switchboard.benchmarks.process.GcLog;
import dev.switchboard.benchmarks.process.Jvm;
import dev.switchboard.benchmarks.process.ProcessRun;
import dev.switchboard.benchmarks.server.LocalServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Flat memory: {@value #RECORDS} Moveworks conversations in a JVM limited to {@code -Xmx64m}, through the SDK's
 * paginator, the baseline loop, the CLI (its {@code JAVA_OPTS}) and the hand-written exporter. Each run reports
 * whether it completed, its time, the peak heap occupancy and the estimated allocation from its GC log, and its peak
 * RSS from {@code /proc}.
 */
public final class MemorySuite {
    /** Records per run. */
    public static final long RECORDS = 1_000_000;
    /** The heap limit. */
    public static final String HEAP = "-Xmx64m";

    /**
     * @param variant which run
     * @param completed whether it exited with 0
     * @param seconds its wall time
     * @param peakHeapMb the peak heap occupancy at a GC pause
     * @param allocatedBytesPerRecord the GC log's allocation estimate per record
     * @param peakRssMb the peak resident set size
     * @param gcPauses how many pauses
     * @param output the first line of standard output (the drains' own counters), or the line count of an export
     */
    public record Result(String variant, boolean completed, double seconds, long peakHeapMb, double allocatedBytesPerRecord,
            double peakRssMb, int gcPauses, String output) {
    }

    private final Path root;
    private final int repeats;

    /**
     * @param root the repository root
     * @param repeats runs per variant (the median time is kept)
     */
    public MemorySuite(Path root, int repeats) {
        this.root = root;
        this.repeats = repeats;
    }

    /**
     * @param progress one line per result
     * @return one result per variant
     * @throws Exception if a run cannot be started
     */
    public List<Result> run(Consumer<String> progress) throws Exception {
        ApiRoutes routes = new ApiRoutes(RECORDS, RECORDS, RECORDS);
        Path dir = Files.createTempDirectory("bench-memory");
        List<Result> results = new ArrayList<>();
        try (LocalServer server = LocalServer.start(routes)) {
            routes.at(server);
            String base = server.baseUrl();
            Collections c = Collections.MOVEWORKS_CONVERSATIONS;
            for (int r = 0; r < repeats; r++) {
                results.add(measure("paginator.sdk", dir, gc -> Jvm.command(List.of(HEAP, gc), Drain.class, "sdk", c.name(), base),
                        Map.of(), progress));
                results.add(measure("paginator.baseline", dir,
                        gc -> Jvm.command(List.of(HEAP, gc), Drain.class, "baseline", c.name(), base), Map.of(), progress));
                results.add(measureCli(dir, c, base, progress));
                results.add(measure("export.baseline", dir,
                        gc -> Jvm.command(List.of(HEAP, gc), HandExporter.class, c.name(), base), Map.of(), progress));
            }
        } finally {
            for (File f : dir.toFile().listFiles()) {
                Files.deleteIfExists(f.toPath());
            }
            Files.deleteIfExists(dir);
        }
        return results;
    }

    private Result measureCli(Path dir, Collections c, String base, Consumer<String> progress) throws Exception {
        Path gcLog = dir.resolve("gc-cli.log");
        Map<String, String> env = new HashMap<>(ExportSuite.ENV);
        env.put("JAVA_OPTS", HEAP + " -Xlog:gc:file=" + gcLog);
        List<String> cli = new ArrayList<>();
        cli.add(root.resolve("switchboard").toString());
        cli.addAll(c.cliArgs(base));
        return finish("export.cli", dir, gcLog, ProcessRun.run(cli, env, dir.resolve("out.jsonl").toFile(), root.toFile()),
                true, progress);
    }

    private Result measure(String variant, Path dir, java.util.function.Function<String, List<String>> command,
            Map<String, String> env, Consumer<String> progress) throws Exception {
        Path gcLog = dir.resolve("gc-" + variant + ".log");
        ProcessRun run = ProcessRun.run(command.apply("-Xlog:gc:file=" + gcLog), env, dir.resolve("out.jsonl").toFile(),
                root.toFile());
        return finish(variant, dir, gcLog, run, variant.startsWith("export"), progress);
    }

    private Result finish(String variant, Path dir, Path gcLog, ProcessRun run, boolean export, Consumer<String> progress)
            throws Exception {
        GcLog gc = Files.exists(gcLog) ? GcLog.read(gcLog) : new GcLog(0, 0, 0);
        File out = dir.resolve("out.jsonl").toFile();
        String output = export ? ExportSuite.lines(run, out) + " lines"
                : Files.readString(out.toPath(), StandardCharsets.UTF_8).strip();
        Result r = new Result(variant, run.exitCode() == 0, run.nanos() / 1e9, gc.peakHeapMb(),
                gc.allocatedMb() * 1024.0 * 1024.0 / RECORDS, run.peakRssKb() / 1024.0, gc.pauses(), output);
        progress.accept(String.format(java.util.Locale.ROOT,
                "memory %-20s %s  %.1f s  peak heap %d MB  peak RSS %.0f MB  ~%.0f B/record  %s", variant,
                r.completed() ? "ok    " : "FAILED", r.seconds(), r.peakHeapMb(), r.peakRssMb(), r.allocatedBytesPerRecord(),
                output));
        if (!r.completed()) {
            progress.accept(run.stderr().length() > 1500 ? run.stderr().substring(run.stderr().length() - 1500) : run.stderr());
        }
        Files.deleteIfExists(gcLog);
        return r;
    }
}
