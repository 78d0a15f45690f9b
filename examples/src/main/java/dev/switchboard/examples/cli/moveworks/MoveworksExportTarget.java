package dev.switchboard.examples.cli.moveworks;

import dev.switchboard.conversations.moveworks.EntityClient;
import dev.switchboard.conversations.moveworks.Filter;
import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.conversations.moveworks.ODataQuery;
import dev.switchboard.conversations.moveworks.Region;
import dev.switchboard.examples.cli.ExportRequest;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.examples.cli.RecordSink;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code switchboard export moveworks <entity>}: pages through one Data API entity and writes every record, re-encoded
 * from its typed model with every field the server sent.
 *
 * <ul>
 *   <li>{@code --since T}: {@code $filter=last_updated_time ge 'T'}; {@code --dm-only} (conversations only):
 *       {@code route eq 'DM'}; both together are joined with {@code and}.</li>
 *   <li>Credentials: {@code MOVEWORKS_API_KEY} (Bearer), else {@code MOVEWORKS_CLIENT_ID} and
 *       {@code MOVEWORKS_CLIENT_SECRET} (OAuth at {@code {base}/oauth/v1/token}).</li>
 *   <li>{@code --base-url} replaces the API root; without it the real API (US) is called when credentials are set,
 *       else an embedded {@link FakeMoveworksDataApi} answers for the duration of the export.</li>
 * </ul>
 */
final class MoveworksExportTarget implements ExportTarget {
    static final String API = "moveworks";
    static final String API_KEY = "MOVEWORKS_API_KEY";
    static final String CLIENT_ID = "MOVEWORKS_CLIENT_ID";
    static final String CLIENT_SECRET = "MOVEWORKS_CLIENT_SECRET";

    private final String collection;
    private final Function<MoveworksDataApi, EntityClient<?>> entity;
    private final UnaryOperator<MoveworksDataApi.Builder> customizer;

    /**
     * @param collection the entity's name, for example {@code plugin-calls}
     * @param entity picks the entity from a client
     * @param customizer applied to every client's builder last (tests inject a clock and a sleeper)
     */
    MoveworksExportTarget(String collection, Function<MoveworksDataApi, EntityClient<?>> entity,
            UnaryOperator<MoveworksDataApi.Builder> customizer) {
        this.collection = Objects.requireNonNull(collection, "collection");
        this.entity = Objects.requireNonNull(entity, "entity");
        this.customizer = Objects.requireNonNull(customizer, "customizer");
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public long export(ExportRequest request, RecordSink sink, PrintStream progress) {
        if (request.dmOnly() && !collection.equals("conversations")) {
            throw new IllegalArgumentException("--dm-only applies to moveworks conversations only, not to " + collection);
        }
        ODataQuery query = query(request);
        try (FakeMoveworksDataApi sandbox = request.sandbox() ? FakeMoveworksDataApi.start() : null;
                MoveworksDataApi api = client(request, sandbox)) {
            progress.println("exporting moveworks " + collection + " from "
                    + (sandbox != null ? "the embedded sandbox (no credentials set)" : api.baseUrl())
                    + query.filter().map(f -> " with $filter=" + f.toOData()).orElse(""));
            long written = 0;
            if (sink.full()) {
                return 0;
            }
            for (Object record : entity.apply(api).list(query)) {
                sink.accept(record);
                written++;
                if (sink.full()) {
                    break;
                }
            }
            return written;
        }
    }

    static ODataQuery query(ExportRequest request) {
        ODataQuery.Builder q = ODataQuery.builder();
        if (request.dmOnly()) {
            q.and(Filter.dmOnly());
        }
        request.since().ifPresent(since -> q.and(Filter.lastUpdatedTime().ge(since)));
        return q.build();
    }

    private MoveworksDataApi client(ExportRequest request, FakeMoveworksDataApi sandbox) {
        MoveworksDataApi.Builder b = MoveworksDataApi.builder();
        if (sandbox != null) {
            b.baseUrl(sandbox.baseUrl()).apiKey(FakeMoveworksDataApi.DEFAULT_API_KEY);
        } else {
            b.baseUrl(request.baseUrl().orElse(Region.US.baseUrl()));
            Optional<String> key = request.env(API_KEY);
            Optional<String> id = request.env(CLIENT_ID);
            Optional<String> secret = request.env(CLIENT_SECRET);
            if (key.isPresent()) {
                b.apiKey(key.get().strip());
            } else if (id.isPresent() && secret.isPresent()) {
                b.clientCredentials(id.get().strip(), secret.get().strip());
            } else {
                throw new IllegalArgumentException("moveworks needs credentials with --base-url: set " + API_KEY + ", or "
                        + CLIENT_ID + " and " + CLIENT_SECRET);
            }
        }
        return customizer.apply(b).build();
    }

    @Override
    public String toString() {
        return "MoveworksExportTarget[" + collection + "]";
    }
}
