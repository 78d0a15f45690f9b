package dev.switchboard.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.benchmarks.child.Collections;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.benchmarks.suites.ColdStartSuite;
import dev.switchboard.benchmarks.suites.ExportSuite;
import dev.switchboard.benchmarks.suites.ListingSuite;
import dev.switchboard.benchmarks.suites.MemorySuite;
import dev.switchboard.benchmarks.suites.PerCallSuite;
import dev.switchboard.benchmarks.suites.Suite;
import dev.switchboard.benchmarks.suites.WarmupSuite;
import dev.switchboard.benchmarks.suites.WebhookSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks and writes their results: a table on standard output and the raw figures as JSON under
 * {@code benchmarks/results/}. Usage: {@code Main [--short] [--memory] [--only suite,...]}; the suites are
 * {@code webhooks}, {@code listing}, {@code per-call}, {@code export} and {@code cold-start}; {@code --memory} runs
 * the separate flat-memory run instead, and {@code --warmup} the warm-up curves.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args the options
     * @throws Exception if a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        boolean shortMode = a.contains("--short");
        boolean memory = a.contains("--memory");
        boolean warmup = a.contains("--warmup");
        Set<String> only = a.contains("--only") ? Set.of(a.get(a.indexOf("--only") + 1).split(",")) : Set.of();
        Path root = Path.of(System.getProperty("sb.root", ".")).toAbsolutePath().normalize();
        String mode = memory ? "memory" : warmup ? "warmup" : shortMode ? "short" : "full";

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", mode);
        report.put("started", Instant.now().toString());
        report.put("commit", System.getProperty("sb.commit", "unknown"));
        report.put("machine", Machine.describe());
        long t0 = System.nanoTime();
        if (memory) {
            report.put("memory", new MemorySuite(root, shortMode ? 1 : 2).run(System.out::println));
        } else if (warmup) {
            report.put("warmup", new WarmupSuite(root, shortMode ? 2 : 4).run(System.out::println));
        } else {
            Interleaved.Settings inProcess = shortMode
                    ? new Interleaved.Settings(Duration.ofSeconds(4), 6, Duration.ofMillis(400), true)
                    : new Interleaved.Settings(Duration.ofSeconds(10), 12, Duration.ofSeconds(1), true);
            Interleaved.Settings exports = Interleaved.Settings.processes(shortMode ? 3 : 6);
            Interleaved.Settings cold = Interleaved.Settings.processes(shortMode ? 10 : 16);
            List<Map.Entry<Suite, Interleaved.Settings>> suites = List.of(
                    Map.entry(new WebhookSuite(), inProcess),
                    Map.entry(new ListingSuite(200_000, 200_000, 30_000), inProcess),
                    Map.entry(new PerCallSuite(), inProcess),
                    Map.entry(new ExportSuite(root, 200_000, 200_000, 30_000, List.of(Collections.values())), exports),
                    Map.entry(new ColdStartSuite(root), cold));
            List<Comparison> results = new ArrayList<>();
            for (Map.Entry<Suite, Interleaved.Settings> s : suites) {
                if (only.isEmpty() || only.contains(s.getKey().name())) {
                    System.out.println("== " + s.getKey().name());
                    Interleaved h = new Interleaved(s.getValue(), System.out::println);
                    results.addAll(s.getKey().run(h));
                    report.put("sink", h.sink());
                }
            }
            report.put("comparisons", results);
            System.out.println();
            System.out.print(Report.markdown(results));
        }
        report.put("machineLoadAfter", Machine.loadAverage());
        report.put("seconds", (System.nanoTime() - t0) / 1e9);
        Path dir = root.resolve("benchmarks/results");
        Files.createDirectories(dir);
        String stamp = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path file = dir.resolve(mode + "-" + stamp + ".json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);
        System.out.println("results: " + root.relativize(file));
    }
}
