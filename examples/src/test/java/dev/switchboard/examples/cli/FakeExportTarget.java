package dev.switchboard.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** An export target that writes fixed records, or throws, and remembers what it was given. */
final class FakeExportTarget implements ExportTarget {
    private final String api;
    private final String collection;
    private final List<Object> records;
    private final Supplier<RuntimeException> failure;
    private final boolean ignoreFull;
    final List<ExportRequest> requests = new ArrayList<>();
    int accepted;

    FakeExportTarget(String api, String collection, List<Object> records) {
        this(api, collection, records, null, false);
    }

    private FakeExportTarget(String api, String collection, List<Object> records, Supplier<RuntimeException> failure,
            boolean ignoreFull) {
        this.api = api;
        this.collection = collection;
        this.records = records;
        this.failure = failure;
        this.ignoreFull = ignoreFull;
    }

    /** @return a target that writes its records, then throws */
    static FakeExportTarget failing(String api, String collection, List<Object> records, Supplier<RuntimeException> failure) {
        return new FakeExportTarget(api, collection, records, failure, false);
    }

    /** @return a target that keeps writing after the sink is full */
    static FakeExportTarget ignoringFull(String api, String collection, List<Object> records) {
        return new FakeExportTarget(api, collection, records, null, true);
    }

    @Override
    public String api() {
        return api;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        requests.add(request);
        progress.println("exporting " + collection + " from the fake " + api);
        for (Object r : records) {
            if (!ignoreFull && sink.full()) {
                break;
            }
            sink.accept(r);
            accepted++;
        }
        if (failure != null) {
            throw failure.get();
        }
        return accepted;
    }
}
