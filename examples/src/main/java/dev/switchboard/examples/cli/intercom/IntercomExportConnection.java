package dev.switchboard.examples.cli.intercom;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.IntercomRegion;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.testkit.intercom.FakeIntercom;
import java.io.PrintStream;

/**
 * Where an Intercom export reads from: {@code --base-url} with {@code INTERCOM_TOKEN}; the real API with
 * {@code INTERCOM_TOKEN}; or, with neither, an embedded {@link FakeIntercom} that lives as long as the export.
 */
final class IntercomExportConnection implements AutoCloseable {
    static final String TOKEN_VARIABLE = "INTERCOM_TOKEN";

    private final FakeIntercom sandbox;
    private final IntercomConnection connection;

    private IntercomExportConnection(FakeIntercom sandbox, IntercomConnection connection) {
        this.sandbox = sandbox;
        this.connection = connection;
    }

    /**
     * @param request the export command line
     * @param progress stderr
     * @return the connection; close it
     * @throws IllegalArgumentException if {@code --base-url} is given without {@code INTERCOM_TOKEN}
     */
    static IntercomExportConnection open(ExportRequest request, PrintStream progress) {
        if (request.sandbox()) {
            FakeIntercom fake = FakeIntercom.start();
            try {
                progress.println("no " + TOKEN_VARIABLE + " or --base-url: exporting from the embedded sandbox");
                return new IntercomExportConnection(fake,
                        IntercomConnection.builder().accessToken(fake.token()).baseUrl(fake.baseUrl()).build());
            } catch (RuntimeException e) {
                fake.close();
                throw e;
            }
        }
        String token = request.env(TOKEN_VARIABLE).orElseThrow(() -> new IllegalArgumentException(TOKEN_VARIABLE
                + " is not set; it is needed with --base-url"));
        String base = request.baseUrl().orElse(IntercomRegion.US.baseUrl());
        return new IntercomExportConnection(null, IntercomConnection.builder().accessToken(token).baseUrl(base).build());
    }

    IntercomConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }
}
