package dev.switchboard.benchmarks.harness;

import java.util.Arrays;
import java.util.List;

/** Median, minimum and maximum of a sample. */
public record Stats(double median, double min, double max, int n) {

    /**
     * @param values the sample, not empty
     * @return its statistics
     */
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Stats(median, v[0], v[n - 1], n);
    }

    /**
     * @param values the sample
     * @return its statistics
     */
    public static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }
}
