package dev.switchboard.benchmarks;

import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Units;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table: ratios first, then absolute figures. */
final class Report {
    private Report() {
    }

    static String markdown(List<Comparison> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| benchmark | SDK vs baseline | min-max | SDK per op | baseline per op | SDK alloc/item | baseline alloc/item | alloc ratio |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Comparison c : results) {
            boolean latency = c.latency();
            String ratio;
            String range;
            if (latency) {
                ratio = String.format(Locale.ROOT, "%.2f× the time", c.timeRatio().median());
                range = String.format(Locale.ROOT, "%.2f-%.2f", c.timeRatio().min(), c.timeRatio().max());
            } else {
                ratio = String.format(Locale.ROOT, "%.2f× throughput", c.throughput().median());
                range = String.format(Locale.ROOT, "%.2f-%.2f", c.throughput().min(), c.throughput().max());
            }
            double items = c.itemsPerOp();
            sb.append("| ").append(c.id()).append(" | ").append(ratio).append(" | ").append(range).append(" | ")
                    .append(Units.nanos(c.sdkNanosPerOp().median())).append(" | ")
                    .append(Units.nanos(c.baselineNanosPerOp().median())).append(" | ")
                    .append(Units.bytes(c.sdkBytesPerOp() < 0 ? -1 : c.sdkBytesPerOp() / items)).append(" | ")
                    .append(Units.bytes(c.baselineBytesPerOp() < 0 ? -1 : c.baselineBytesPerOp() / items)).append(" | ")
                    .append(Double.isNaN(c.allocationRatio()) ? "-" : String.format(Locale.ROOT, "%.2f×", c.allocationRatio()))
                    .append(c.checksumsAgree() ? "" : " (checksums differ)").append(" |\n");
        }
        return sb.toString();
    }
}
