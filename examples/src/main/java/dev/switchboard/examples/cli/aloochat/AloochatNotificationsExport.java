package dev.switchboard.examples.cli.aloochat;

import dev.switchboard.core.paging.Page;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import dev.switchboard.notifications.aloochat.AlooChat;
import dev.switchboard.notifications.aloochat.NotificationFilter;
import dev.switchboard.notifications.aloochat.TeamNotification;
import dev.switchboard.testkit.aloochat.FakeAloochat;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * {@code switchboard export aloochat notifications}: the key from {@code ALOOCHAT_API_KEY}, the root from
 * {@code --base-url} (else {@code https://api.aloochat.ai}), or the embedded {@link FakeAloochat} when neither a base
 * URL nor a key is given. {@code --since} is sent as {@code start_date}; pages of 100, within the client's limit of
 * 100 requests a minute and 1000 an hour.
 */
final class AloochatNotificationsExport implements ExportTarget {
    static final String API_KEY = "ALOOCHAT_API_KEY";

    private final UnaryOperator<AlooChat.Builder> customizer;

    AloochatNotificationsExport(UnaryOperator<AlooChat.Builder> customizer) {
        this.customizer = customizer;
    }

    @Override
    public String api() {
        return "aloochat";
    }

    @Override
    public String collection() {
        return "notifications";
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        FakeAloochat sandbox = request.sandbox() ? FakeAloochat.start() : null;
        try {
            AlooChat.Builder b = AlooChat.builder();
            if (sandbox != null) {
                b.apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl());
                progress.println("no --base-url and no " + API_KEY + ": exporting from the embedded AlooChat sandbox");
            } else {
                String root = request.baseUrl().orElse(AlooChat.DEFAULT_BASE_URL);
                b.apiKey(request.env(API_KEY).orElseThrow(() -> new IllegalArgumentException(
                        API_KEY + " is not set; it is needed to call " + root))).baseUrl(root);
            }
            NotificationFilter.Builder filter = NotificationFilter.builder();
            request.since().ifPresent(filter::startDate);
            try (AlooChat aloochat = customizer.apply(b).build()) {
                progress.println("exporting aloochat notifications from " + aloochat.baseUrl() + aloochat.basePath()
                        + request.since().map(s -> " (start_date " + s + ")").orElse(""));
                long written = 0;
                Iterator<Page<TeamNotification>> pages =
                        aloochat.notifications().list(filter.build()).pages().iterator();
                while (!sink.full() && pages.hasNext()) {
                    Page<TeamNotification> page = pages.next();
                    if (page.number() == 1) {
                        page.metaLong("total").ifPresent(t -> progress.println("the server counts " + t
                                + " notifications"));
                    }
                    for (TeamNotification n : page.items()) {
                        if (sink.full()) {
                            break;
                        }
                        sink.accept(n);
                        written++;
                    }
                }
                return written;
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    @Override
    public String toString() {
        return "aloochat notifications";
    }
}
