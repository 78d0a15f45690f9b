package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.ConversationListItem;
import dev.switchboard.conversations.intercom.ConversationsClient;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import java.io.PrintStream;
import java.util.Iterator;

/**
 * {@code switchboard export intercom conversations}: every conversation ({@code GET /conversations}, 150 per page,
 * cursor in the query), one {@link ConversationListItem} per line with every field Intercom sent. Uses
 * {@code INTERCOM_TOKEN} against the real API or {@code --base-url}; without either, the embedded sandbox answers.
 */
public final class IntercomConversationsExport implements ExportTarget {

    /** Creates the target. */
    public IntercomConversationsExport() {
    }

    @Override
    public String api() {
        return "intercom";
    }

    @Override
    public String collection() {
        return "conversations";
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        try (IntercomExportConnection source = IntercomExportConnection.open(request, progress)) {
            Iterator<ConversationListItem> conversations = new ConversationsClient(source.connection())
                    .list(ConversationsClient.MAX_PER_PAGE).iterator();
            long written = 0;
            // full() is checked before hasNext(), so no page is fetched once --max is reached.
            while (!sink.full() && conversations.hasNext()) {
                sink.accept(conversations.next());
                written++;
            }
            return written;
        }
    }
}
