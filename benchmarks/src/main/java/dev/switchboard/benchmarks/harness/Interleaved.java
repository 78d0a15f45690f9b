package dev.switchboard.benchmarks.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs an SDK operation and its baseline in the same JVM, interleaved: run each once (their checksums must agree),
 * warm both up in alternation, size a run so it lasts about {@link Settings#runTarget()}, then time {@link Settings#rounds()} rounds of one SDK run and one
 * baseline run each, the order rotating every round (SDK first, then baseline first, ...). A neighbour's load on a
 * shared machine slows both runs of a round alike, so the ratio within a round stays meaningful where two separate
 * sequential measurements would drift apart; the verdict is the median of those per-round ratios with its min-max.
 */
public final class Interleaved {

    /**
     * @param warmup how long both variants run in alternation before timing
     * @param rounds timed rounds
     * @param runTarget how long one timed run should take
     * @param measureAllocation whether to count the bytes each run allocates on this thread
     */
    public record Settings(Duration warmup, int rounds, Duration runTarget, boolean measureAllocation) {
        /**
         * @param rounds timed rounds
         * @return settings for operations that each run a whole process: no warm-up in this JVM (each process is
         *     cold anyway), one operation per run, no allocation counting
         */
        public static Settings processes(int rounds) {
            return new Settings(Duration.ZERO, rounds, Duration.ZERO, false);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private long sink;

    /**
     * @param settings how long and how often
     * @param progress where one line per finished benchmark goes
     */
    public Interleaved(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param id the benchmark's name
     * @param what what one operation does
     * @param itemsPerOp items per operation
     * @param itemName what an item is
     * @param sdk the SDK variant
     * @param baseline the hand-written variant
     * @return the verdict
     * @throws Exception if an operation fails
     */
    public Comparison compare(String id, String what, long itemsPerOp, String itemName, Op sdk, Op baseline)
            throws Exception {
        long sdkCheck = sdk.run();
        long baseCheck = baseline.run();
        long ops = 1;
        if (!settings.warmup().isZero()) {
            long warmupEnd = System.nanoTime() + settings.warmup().toNanos();
            long batch = 1;
            double sdkOne;
            double baseOne;
            do {
                sdkOne = timed(sdk, batch, false)[0] / batch;
                baseOne = timed(baseline, batch, false)[0] / batch;
                batch = opsFor(Math.max(sdkOne, baseOne) * 2);
            } while (System.nanoTime() < warmupEnd);
            ops = opsFor(Math.max(sdkOne, baseOne));
        }

        List<Double> ratios = new ArrayList<>();
        List<Double> sdkTimes = new ArrayList<>();
        List<Double> baseTimes = new ArrayList<>();
        List<Double> sdkBytes = new ArrayList<>();
        List<Double> baseBytes = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            double[] s;
            double[] b;
            if (round % 2 == 0) {
                s = timed(sdk, ops, settings.measureAllocation());
                b = timed(baseline, ops, settings.measureAllocation());
            } else {
                b = timed(baseline, ops, settings.measureAllocation());
                s = timed(sdk, ops, settings.measureAllocation());
            }
            sdkTimes.add(s[0] / ops);
            baseTimes.add(b[0] / ops);
            ratios.add(b[0] / s[0]);
            sdkBytes.add(s[1] / ops);
            baseBytes.add(b[1] / ops);
        }
        Comparison c = new Comparison(id, what, itemsPerOp, itemName, Stats.of(ratios), Stats.of(sdkTimes),
                Stats.of(baseTimes), settings.measureAllocation() ? Stats.of(sdkBytes).median() : -1,
                settings.measureAllocation() ? Stats.of(baseBytes).median() : -1, ops, sdkCheck == baseCheck);
        progress.accept(String.format("%-48s %6.2fx (%.2f-%.2f)  sdk %s  baseline %s%s", id, c.throughput().median(),
                c.throughput().min(), c.throughput().max(), Units.nanos(c.sdkNanosPerOp().median()),
                Units.nanos(c.baselineNanosPerOp().median()), c.checksumsAgree() ? "" : "  [checksums differ]"));
        return c;
    }

    private long opsFor(double nanosPerOp) {
        if (!(nanosPerOp > 0)) {
            return 1;
        }
        return Math.max(1, Math.round(settings.runTarget().toNanos() / nanosPerOp));
    }

    /** @return {nanoseconds, bytes allocated} of {@code ops} operations */
    private double[] timed(Op op, long ops, boolean allocation) throws Exception {
        long bytes0 = allocation ? Allocation.current() : 0;
        long t0 = System.nanoTime();
        long acc = 0;
        for (long i = 0; i < ops; i++) {
            acc += op.run();
        }
        long t1 = System.nanoTime();
        long bytes1 = allocation ? Allocation.current() : 0;
        sink += acc;
        return new double[] {t1 - t0, bytes1 - bytes0};
    }

    /** @return the folded results of every operation, so none can be optimised away */
    public long sink() {
        return sink;
    }
}
