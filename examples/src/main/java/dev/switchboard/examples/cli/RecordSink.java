package dev.switchboard.examples.cli;

import dev.switchboard.core.json.Json;
import java.io.PrintStream;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where an {@link ExportTarget} puts records: each one is re-encoded from the SDK's typed model with
 * {@link Json#writeBytes(Object)} (every field the server sent, in UTF-8) and written as one line.
 *
 * <p>The sink enforces {@code --max}: once {@link #full()} it ignores further records, and a target should stop
 * paging as soon as it sees {@code full()}. It also reports {@code full()} when the output can no longer be
 * written (a closed pipe), so the export stops early instead of fetching pages nobody reads. The output is checked
 * after the first record and then every {@value #CHECK_EVERY} records, not after each: {@link PrintStream#checkError()}
 * flushes, and a flush per record would undo the output buffer.
 *
 * <p>Not thread-safe: a target writes from one thread.
 */
public final class RecordSink {
    static final int CHECK_EVERY = 1024;

    private final PrintStream out;
    private final OptionalLong max;
    private long count;
    private boolean broken;

    /**
     * @param out where the JSON lines go (stdout)
     * @param max the most records to write; empty for no limit
     */
    public RecordSink(PrintStream out, OptionalLong max) {
        this.out = Objects.requireNonNull(out, "out");
        this.max = Objects.requireNonNull(max, "max");
        if (max.isPresent() && max.getAsLong() <= 0) {
            throw new IllegalArgumentException("max must be positive, was " + max.getAsLong());
        }
    }

    /**
     * Writes one record as one line of JSON, unless the sink is already {@link #full()}.
     *
     * @param typedModel the SDK's model of the record, for example an Intercom ticket
     * @throws NullPointerException if {@code typedModel} is null
     */
    public void accept(Object typedModel) {
        Objects.requireNonNull(typedModel, "typedModel");
        if (full()) {
            return;
        }
        byte[] line = Json.writeBytes(typedModel);
        out.write(line, 0, line.length);
        out.write('\n');
        if ((count == 0 || (count + 1) % CHECK_EVERY == 0) && out.checkError()) {
            broken = true;
            return;
        }
        count++;
    }

    /** @return whether the target should stop: {@code --max} records are written, or the output is closed */
    public boolean full() {
        return broken || (max.isPresent() && count >= max.getAsLong());
    }

    /**
     * @return how many records were written; when the output broke, the records since the last check are counted
     *     although the output may have lost them
     */
    public long count() {
        return count;
    }

    /** @return whether writing to the output failed (for example, the reading end of a pipe was closed) */
    public boolean broken() {
        return broken;
    }
}
