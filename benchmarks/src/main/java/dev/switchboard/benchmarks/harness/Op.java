package dev.switchboard.benchmarks.harness;

/**
 * One operation of a benchmark: a webhook decoded, a listing drained, a call made, a process run. It returns a
 * value derived from what it read (a count, a hash of ids), which the harness folds into a checksum so the JIT
 * cannot drop the work and so the SDK and the baseline can be checked to have read the same data.
 */
@FunctionalInterface
public interface Op {
    /**
     * @return a value derived from the data the operation read
     * @throws Exception when the operation fails; the benchmark stops with it
     */
    long run() throws Exception;
}
