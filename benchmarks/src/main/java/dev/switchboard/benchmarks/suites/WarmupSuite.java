package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.child.WarmupCurve;
import dev.switchboard.benchmarks.harness.Stats;
import dev.switchboard.benchmarks.process.Jvm;
import dev.switchboard.benchmarks.process.ProcessRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Warm-up: in fresh JVMs (SDK and baseline alternating), how long an operation takes to reach 90% of the speed it
 * has at the end of a {@value #SECONDS}-second run, and how fast its first second is relative to that.
 */
public final class WarmupSuite {
    static final int SECONDS = 8;

    /**
     * @param op the operation ({@code livechat}, {@code intercom} or {@code call})
     * @param variant {@code sdk} or {@code baseline}
     * @param secondsTo90 median time to the first 100 ms window at 90% of the final throughput
     * @param firstSecondShare median throughput of the first second as a share of the final throughput
     * @param finalOpsPerSecond median final throughput
     */
    public record Result(String op, String variant, double secondsTo90, double firstSecondShare, double finalOpsPerSecond) {
    }

    private final Path root;
    private final int runs;

    /**
     * @param root the working directory
     * @param runs runs per variant
     */
    public WarmupSuite(Path root, int runs) {
        this.root = root;
        this.runs = runs;
    }

    /**
     * @param progress one line per result
     * @return the results
     * @throws Exception if a run fails
     */
    public List<Result> run(Consumer<String> progress) throws Exception {
        List<Result> out = new ArrayList<>();
        File stdout = Files.createTempFile("bench-warmup", ".txt").toFile();
        try {
            for (String op : List.of("livechat", "intercom", "call")) {
                List<double[]> sdk = new ArrayList<>();
                List<double[]> base = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    for (String variant : i % 2 == 0 ? List.of("sdk", "baseline") : List.of("baseline", "sdk")) {
                        ProcessRun r = ProcessRun.run(Jvm.command(List.of("-Xmx512m"), WarmupCurve.class, op, variant,
                                String.valueOf(SECONDS)), Map.of(), stdout, root.toFile()).requireSuccess();
                        long[] windows = Files.readAllLines(stdout.toPath(), StandardCharsets.UTF_8).stream()
                                .filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
                        (variant.equals("sdk") ? sdk : base).add(curve(windows));
                    }
                }
                for (String variant : List.of("sdk", "baseline")) {
                    List<double[]> curves = variant.equals("sdk") ? sdk : base;
                    Result res = new Result(op, variant, Stats.of(curves.stream().map(c -> c[0]).toList()).median(),
                            Stats.of(curves.stream().map(c -> c[1]).toList()).median(),
                            Stats.of(curves.stream().map(c -> c[2]).toList()).median());
                    out.add(res);
                    progress.accept(String.format(java.util.Locale.ROOT,
                            "warmup %-9s %-8s 90%% of final speed after %.1f s; first second at %.0f%%; final %.0f ops/s",
                            op, variant, res.secondsTo90(), 100 * res.firstSecondShare(), res.finalOpsPerSecond()));
                }
            }
        } finally {
            Files.deleteIfExists(stdout.toPath());
        }
        return out;
    }

    /** @return {seconds to 90%, first-second share, final ops/s} of one run's 100 ms windows */
    static double[] curve(long[] windows) {
        int tail = Math.max(1, windows.length / 4);
        double last = Arrays.stream(windows, windows.length - tail, windows.length).average().orElse(1) * 10;
        double firstSecond = Arrays.stream(windows, 0, Math.min(10, windows.length)).sum();
        int at = windows.length;
        for (int i = 0; i < windows.length; i++) {
            if (windows[i] * 10 >= 0.9 * last) {
                at = i;
                break;
            }
        }
        return new double[] {(at + 1) / 10.0, firstSecond / last, last};
    }
}
