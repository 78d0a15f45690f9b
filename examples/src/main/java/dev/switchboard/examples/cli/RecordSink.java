package dev.switchboard.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.switchboard.core.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where an {@link ExportTarget} puts records: each one is re-encoded from the SDK's typed model (every field the
 * server sent, exactly as sent, in UTF-8) and written as one line, through one JSON generator for the whole export.
 * {@link #close()} flushes what is buffered; the command calls it when the export ends, failure included.
 *
 * <p>The sink enforces {@code --max}: once {@link #full()} it ignores further records, and a target should stop
 * paging as soon as it sees {@code full()}. It also reports {@code full()} when the output can no longer be
 * written (a closed pipe), so the export stops early instead of fetching pages nobody reads. The output is checked
 * after the first record and then every {@value #CHECK_EVERY} records, not after each: {@link PrintStream#checkError()}
 * flushes, and a flush per record would undo the output buffer.
 *
 * <p>Not thread-safe: a target writes from one thread.
 */
public final class RecordSink implements AutoCloseable {
    static final int CHECK_EVERY = 1024;

    private final PrintStream out;
    private final JsonGenerator json;
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
        try {
            this.json = Json.generator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        try {
            Json.write(json, typedModel);
            json.writeRaw('\n');
            if (count == 0 || (count + 1) % CHECK_EVERY == 0) {
                json.flush();
                if (out.checkError()) {
                    broken = true;
                    return;
                }
            }
        } catch (IOException e) {
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

    /** Writes out what is buffered (the output stream itself is left open). */
    @Override
    public void close() {
        try {
            json.flush();
        } catch (IOException e) {
            broken = true;
        }
        if (out.checkError()) {
            broken = true;
        }
    }

    /** @return whether writing to the output failed (for example, the reading end of a pipe was closed) */
    public boolean broken() {
        return broken;
    }
}
