package dev.switchboard.benchmarks.child;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.suites.Sdk;
import java.io.IOException;
import java.util.List;

/** The collections the process benchmarks export and drain, with the CLI's names for them. */
public enum Collections {
    /** Moveworks conversations. */
    MOVEWORKS_CONVERSATIONS("moveworks", "conversations"),
    /** Moveworks interactions. */
    MOVEWORKS_INTERACTIONS("moveworks", "interactions"),
    /** Suger notification events. */
    SUGER_EVENTS("suger", "events"),
    /** Intercom conversations. */
    INTERCOM_CONVERSATIONS("intercom", "conversations");

    private final String api;
    private final String collection;

    Collections(String api, String collection) {
        this.api = api;
        this.collection = collection;
    }

    /** @return the CLI's API name */
    public String api() {
        return api;
    }

    /** @return the CLI's collection name */
    public String collection() {
        return collection;
    }

    /**
     * @param baseUrl the local server
     * @return the arguments of {@code switchboard export} for this collection
     */
    public List<String> cliArgs(String baseUrl) {
        return this == SUGER_EVENTS ? List.of("export", api, collection, "--base-url", baseUrl, "--org", "org-1")
                : List.of("export", api, collection, "--base-url", baseUrl);
    }

    /**
     * @param hand the baseline, with this collection's credentials
     * @param baseUrl the local server
     * @param sink what to do with each record
     * @return the sink's total
     * @throws IOException on failure
     */
    public long drain(HandWritten hand, String baseUrl, HandWritten.RecordSink sink) throws IOException {
        return switch (this) {
            case MOVEWORKS_CONVERSATIONS -> hand.odata(baseUrl + "/export/v1/records/conversations", sink);
            case MOVEWORKS_INTERACTIONS -> hand.odata(baseUrl + "/export/v1/records/interactions", sink);
            case SUGER_EVENTS -> hand.suger(baseUrl, sink);
            case INTERCOM_CONVERSATIONS -> hand.intercomConversations(baseUrl, sink);
        };
    }

    /** @return the field holding a record's id */
    public String idField() {
        return this == SUGER_EVENTS ? "eventID" : "id";
    }

    /** @return the {@code Authorization} header the baseline sends */
    public String authorization() {
        return (this == SUGER_EVENTS ? "Key " : "Bearer ") + Sdk.TOKEN;
    }

    /**
     * @param sdk the SDK clients
     * @return the checksum of draining this collection through the SDK's paginator
     */
    public long drain(Sdk sdk) {
        return switch (this) {
            case MOVEWORKS_CONVERSATIONS -> sdk.moveworksConversations();
            case MOVEWORKS_INTERACTIONS -> sdk.moveworksInteractions();
            case SUGER_EVENTS -> sdk.sugerEvents();
            case INTERCOM_CONVERSATIONS -> sdk.intercomConversations();
        };
    }
}
