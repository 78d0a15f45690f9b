package dev.switchboard.examples.cli.tickets;

import dev.switchboard.conversations.intercom.IntercomRegion;
import dev.switchboard.conversations.intercom.SearchQuery;
import dev.switchboard.conversations.intercom.SearchRequest;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.testkit.intercom.FakeIntercomTickets;
import dev.switchboard.tickets.Ticket;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Iterator;

/**
 * {@code switchboard export intercom tickets}: every ticket updated after {@code --since} (default: all), through
 * the search endpoint with body cursors, 150 per page. Uses {@code INTERCOM_TOKEN} against the real API or
 * {@code --base-url}; without either, an embedded fake with 45 tickets answers.
 */
public final class TicketsExportTarget implements ExportTarget {
    static final int SANDBOX_TICKETS = 45;

    @Override
    public String api() {
        return "intercom";
    }

    @Override
    public String collection() {
        return "tickets";
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        FakeIntercomTickets sandbox = request.sandbox() ? FakeIntercomTickets.start().seedTickets(SANDBOX_TICKETS, true) : null;
        try {
            String token = sandbox != null ? FakeIntercomTickets.TOKEN : request.env("INTERCOM_TOKEN")
                    .orElseThrow(() -> new IllegalArgumentException("INTERCOM_TOKEN is not set"));
            String base = sandbox != null ? sandbox.baseUrl() : request.baseUrl().orElse(IntercomRegion.US.baseUrl());
            if (sandbox != null) {
                progress.println("no INTERCOM_TOKEN or --base-url: exporting from the embedded sandbox");
            }
            try (Intercom intercom = Intercom.builder().accessToken(token).baseUrl(base).build()) {
                Instant since = request.since().orElse(Instant.EPOCH);
                SearchRequest search = SearchRequest.of(SearchQuery.field("updated_at").gt(since), SearchRequest.MAX_PER_PAGE);
                long written = 0;
                Iterator<Ticket> tickets = intercom.tickets().search(search).iterator();
                while (!sink.full() && tickets.hasNext()) {
                    sink.accept(tickets.next());
                    written++;
                }
                return written;
            }
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
