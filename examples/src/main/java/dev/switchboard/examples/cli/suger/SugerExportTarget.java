package dev.switchboard.examples.cli.suger;

import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import dev.switchboard.notifications.suger.AuditingEventPriority;
import dev.switchboard.notifications.suger.EventFilter;
import dev.switchboard.notifications.suger.NotificationMessage;
import dev.switchboard.notifications.suger.Suger;
import dev.switchboard.testkit.suger.FakeSuger;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * {@code switchboard export suger events|messages}: the key from {@code SUGER_API_KEY}, the organization from
 * {@code --org} or {@code SUGER_ORG_ID}, the root from {@code --base-url} (else {@code https://api.suger.cloud}), or
 * the embedded {@link FakeSuger} when neither a base URL nor a key is given.
 *
 * <ul>
 *   <li>events: {@code priorities} always sent ({@code --priorities}, by default all four), {@code --since} as
 *       {@code startDate} (its UTC day), pages of 1000.</li>
 *   <li>messages: the API has no date filter, so {@code --since} keeps the messages created at or after it, filtered
 *       here.</li>
 * </ul>
 */
final class SugerExportTarget implements ExportTarget {
    /** The two collections. */
    enum Collection {
        EVENTS("events"),
        MESSAGES("messages");

        final String name;

        Collection(String name) {
            this.name = name;
        }
    }

    static final String API_KEY = "SUGER_API_KEY";

    private final Collection collection;
    private final UnaryOperator<Suger.Builder> customizer;

    SugerExportTarget(Collection collection, UnaryOperator<Suger.Builder> customizer) {
        this.collection = collection;
        this.customizer = customizer;
    }

    @Override
    public String api() {
        return "suger";
    }

    @Override
    public String collection() {
        return collection.name;
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        FakeSuger sandbox = request.sandbox() ? FakeSuger.start() : null;
        try {
            Suger.Builder b = Suger.builder();
            String organization;
            if (sandbox != null) {
                b.apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl());
                organization = sandbox.organizationId();
                progress.println("no --base-url and no " + API_KEY + ": exporting from the embedded Suger sandbox"
                        + " (organization " + organization + ")");
            } else {
                String root = request.baseUrl().orElse(Suger.DEFAULT_BASE_URL);
                String key = request.env(API_KEY).orElseThrow(() -> new IllegalArgumentException(
                        API_KEY + " is not set; it is needed to call " + root));
                organization = request.org().orElseThrow(() -> new IllegalArgumentException(
                        "suger needs an organization: pass --org ID or set SUGER_ORG_ID"));
                b.apiKey(key).baseUrl(root);
            }
            try (Suger suger = customizer.apply(b.organizationId(organization)).build()) {
                return collection == Collection.EVENTS ? events(suger, request, sink, progress)
                        : messages(suger, request, sink, progress);
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private static long events(Suger suger, ExportRequest request, RecordSink sink, PrintStream progress) {
        EventFilter.Builder filter = EventFilter.builder()
                .priorities(request.priorities().isEmpty() ? EventFilter.ALL_PRIORITIES
                        : request.priorities().stream().map(AuditingEventPriority::of).toList());
        Optional<LocalDate> startDate = request.since().map(s -> LocalDate.ofInstant(s, ZoneOffset.UTC));
        startDate.ifPresent(filter::startDate);
        EventFilter f = filter.build();
        progress.println("exporting suger events of organization " + suger.events().organizationId() + " from "
                + suger.baseUrl() + " (priorities " + f.prioritiesParameter()
                + startDate.map(d -> ", startDate " + d).orElse(", the last 30 days") + ")");
        return write(suger.events().list(f), sink, progress, "events", e -> true);
    }

    private static long messages(Suger suger, ExportRequest request, RecordSink sink, PrintStream progress) {
        Optional<Instant> since = request.since();
        progress.println("exporting suger messages of organization " + suger.messages().organizationId() + " from "
                + suger.baseUrl() + since.map(s -> " (created at or after " + s + ", filtered client-side: the API has"
                        + " no date filter)").orElse(""));
        Predicate<NotificationMessage> keep = m -> since.isEmpty()
                || (m.creationTime() != null && !m.creationTime().isBefore(since.get()));
        return write(suger.messages().list(), sink, progress, "messages", keep);
    }

    /** Writes page after page, and asks for the next page only while the sink wants more. */
    private static <T> long write(Paginator<T> paginator, RecordSink sink, PrintStream progress, String what,
            Predicate<? super T> keep) {
        long written = 0;
        Iterator<Page<T>> pages = paginator.pages().iterator();
        while (!sink.full() && pages.hasNext()) {
            Page<T> page = pages.next();
            page.metaLong("totalCount").ifPresent(total -> progress.println("the server counts " + total + " " + what));
            List<T> items = page.items();
            for (T item : items) {
                if (sink.full()) {
                    break;
                }
                if (keep.test(item)) {
                    sink.accept(item);
                    written++;
                }
            }
        }
        return written;
    }

    @Override
    public String toString() {
        return "suger " + collection.name;
    }
}
