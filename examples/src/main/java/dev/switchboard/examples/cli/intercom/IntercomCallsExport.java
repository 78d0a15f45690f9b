package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.Call;
import dev.switchboard.conversations.intercom.CallsClient;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import java.io.PrintStream;
import java.util.Iterator;

/**
 * {@code switchboard export intercom calls}: every call ({@code GET /calls}, 25 per page by page number), one
 * {@link Call} per line with every field Intercom sent. Uses {@code INTERCOM_TOKEN} against the real API or
 * {@code --base-url}; without either, the embedded sandbox answers.
 */
public final class IntercomCallsExport implements ExportTarget {

    /** Creates the target. */
    public IntercomCallsExport() {
    }

    @Override
    public String api() {
        return "intercom";
    }

    @Override
    public String collection() {
        return "calls";
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        try (IntercomExportConnection source = IntercomExportConnection.open(request, progress)) {
            Iterator<Call> calls = new CallsClient(source.connection()).list(CallsClient.MAX_PER_PAGE).iterator();
            long written = 0;
            while (!sink.full() && calls.hasNext()) {
                sink.accept(calls.next());
                written++;
            }
            return written;
        }
    }
}
