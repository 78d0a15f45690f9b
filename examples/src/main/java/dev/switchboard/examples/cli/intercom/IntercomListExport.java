package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code switchboard export intercom <collection>}: every record of one Intercom list or search, one typed model per
 * line with every field Intercom sent, paged as the endpoint pages. Uses {@code INTERCOM_TOKEN} against the real API
 * or {@code --base-url}; without either, the embedded sandbox ({@code FakeIntercom}) answers. Paging stops as soon as
 * {@code --max} records are written.
 */
final class IntercomListExport implements ExportTarget {
    private final String collection;
    private final Optional<String> parentOption;
    private final boolean filtersSince;
    private final BiFunction<IntercomConnection, ExportRequest, Iterable<?>> records;

    /**
     * @param collection the name, after the endpoint's path with {@code -} for {@code /} and {@code _}
     * @param records the records of the request's listing, over a connection (lazy: pages are fetched as iterated)
     */
    IntercomListExport(String collection, BiFunction<IntercomConnection, ExportRequest, Iterable<?>> records) {
        this(collection, Optional.empty(), false, records);
    }

    /**
     * A collection that {@code --since} filters: {@code records} reads {@link ExportRequest#since()}.
     *
     * @param collection the name
     * @param records the records of the request's listing or search, over a connection
     * @return the target
     */
    static IntercomListExport filteredBySince(String collection,
            BiFunction<IntercomConnection, ExportRequest, Iterable<?>> records) {
        return new IntercomListExport(collection, Optional.empty(), true, records);
    }

    /**
     * A collection of one record, whose id {@link ExportRequest#parent()} holds.
     *
     * @param collection the name
     * @param parentOption the option that names the record, for example {@code --contact}
     * @param records the records of the listing of {@code parent()}, over a connection
     */
    IntercomListExport(String collection, String parentOption,
            BiFunction<IntercomConnection, String, Iterable<?>> records) {
        this(collection, Optional.of(parentOption), false, (c, r) -> records.apply(c, r.parent().orElseThrow(
                () -> new IllegalStateException("intercom " + collection + " needs " + parentOption))));
    }

    private IntercomListExport(String collection, Optional<String> parentOption, boolean filtersSince,
            BiFunction<IntercomConnection, ExportRequest, Iterable<?>> records) {
        this.collection = Objects.requireNonNull(collection, "collection");
        this.parentOption = parentOption;
        this.filtersSince = filtersSince;
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public String api() {
        return "intercom";
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Optional<String> parentOption() {
        return parentOption;
    }

    @Override
    public boolean filtersSince() {
        return filtersSince;
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        try (IntercomExportConnection source = IntercomExportConnection.open(request, progress)) {
            Iterator<?> it = records.apply(source.connection(), request).iterator();
            long written = 0;
            // full() is checked before hasNext(), so no page is fetched once --max is reached.
            while (!sink.full() && it.hasNext()) {
                sink.accept(it.next());
                written++;
            }
            return written;
        }
    }
}
