package dev.switchboard.benchmarks.harness;

/**
 * The verdict of one SDK-versus-baseline benchmark: per round, both ran the same number of operations back to back
 * (alternating which went first), and the round's ratio is the baseline's time per operation divided by the SDK's.
 *
 * @param id a short stable name, for example {@code listing.moveworks.conversations}
 * @param what what one operation does
 * @param itemsPerOp records, calls or deliveries per operation (1 for a single call)
 * @param itemName what an item is, for example {@code record}
 * @param throughput baseline time / SDK time per round: 1.0 is as fast, above 1.0 faster than the baseline
 * @param sdkNanosPerOp the SDK's time per operation, per round
 * @param baselineNanosPerOp the baseline's time per operation, per round
 * @param sdkBytesPerOp bytes the SDK allocated per operation (median of rounds), or -1 when not measured
 * @param baselineBytesPerOp bytes the baseline allocated per operation, or -1
 * @param opsPerRun operations per timed run
 * @param checksumsAgree whether the SDK and the baseline read the same data
 */
public record Comparison(String id, String what, long itemsPerOp, String itemName, Stats throughput,
        Stats sdkNanosPerOp, Stats baselineNanosPerOp, double sdkBytesPerOp, double baselineBytesPerOp, long opsPerRun,
        boolean checksumsAgree) {

    /**
     * @return whether this benchmark is judged by time per call ({@code call}, {@code process} items: lower is
     *     better) rather than by throughput
     */
    public boolean latency() {
        return itemName.equals("call") || itemName.equals("process");
    }

    /** @return SDK time / baseline time (median of the per-round ratios inverted): 1.0 is as fast, lower is better */
    public Stats timeRatio() {
        return new Stats(1 / throughput.median(), 1 / throughput.max(), 1 / throughput.min(), throughput.n());
    }

    /** @return SDK bytes / baseline bytes per operation, or NaN when not measured */
    public double allocationRatio() {
        return sdkBytesPerOp < 0 || baselineBytesPerOp <= 0 ? Double.NaN : sdkBytesPerOp / baselineBytesPerOp;
    }
}
