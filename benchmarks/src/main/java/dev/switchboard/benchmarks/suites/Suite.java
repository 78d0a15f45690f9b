package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import java.util.List;

/** A group of benchmarks that share their setup. */
public interface Suite {
    /** @return the suite's name, for {@code --only} */
    String name();

    /**
     * @param harness runs each comparison
     * @return the verdicts
     * @throws Exception if a benchmark fails
     */
    List<Comparison> run(Interleaved harness) throws Exception;
}
