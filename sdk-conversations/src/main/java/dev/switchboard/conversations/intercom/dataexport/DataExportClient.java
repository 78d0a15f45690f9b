package dev.switchboard.conversations.intercom.dataexport;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.GzipDownload;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's content data export: create a job for a time window, read its status, cancel it, and stream the finished
 * gzipped CSV. The export holds message delivery and engagement data of outbound content (who received what, when,
 * and opens, clicks, replies, completions, dismissals, unsubscribes, bounces), not message or conversation content.
 * Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * DataExportClient export = new DataExportClient(connection);
 * DataExport job = export.create(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-30T23:59:59Z"));
 * // ... later, when export.get(job.jobIdentifier()).isCompleted():
 * export.download(job.jobIdentifier(), Path.of("content-data.csv.gz"));
 * }</pre>
 *
 * <p><b>One job at a time.</b> A workspace has at most one active job: a second create answers {@code 429}
 * "Exceeded rate limit of 1 pending message data export jobs". The job takes minutes, so a retry seconds later cannot
 * succeed: the create is sent exactly once ({@code maxRetries(0)}, which a caller's own {@link RequestOptions}
 * {@code maxRetries} overrides) and the 429 surfaces at once as a {@link dev.switchboard.core.RateLimitException}.
 * The window counts messages <em>sent</em> in it (updates do not count) and is inclusive at both ends. Finished files
 * can be downloaded for two days.
 *
 * <p><b>No asynchronous download yet.</b> The transport opens streamed bodies synchronously only, so
 * {@link #download(String, OutputStream)} has no {@code …Async} twin; run it on a thread of your own. Every other
 * method has one.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * job, {@link dev.switchboard.core.AuthenticationException} for a bad token,
 * {@link dev.switchboard.core.TransportException} when no answer came, and {@link IllegalArgumentException} for
 * arguments rejected before anything is sent.
 */
public final class DataExportClient implements ResourceClient<DataExportClient> {
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final GzipDownload FILE =
            new GzipDownload("the content data download", "the export file", "gzipped CSV");

    private final Transport transport;

    /** @param connection the connection to send through */
    public DataExportClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport());
    }

    private DataExportClient(Transport transport) {
        this.transport = transport;
    }

    @Override
    public DataExportClient withOptions(RequestOptions options) {
        return new DataExportClient(transport.withOptions(options));
    }

    /**
     * Creates an export job ({@code POST /export/content/data}) for the content sent in a window, both ends included.
     *
     * @param createdAtAfter the window's start, sent as {@code created_at_after} in epoch seconds
     * @param createdAtBefore the window's end, sent as {@code created_at_before}
     * @return the pending job
     * @throws dev.switchboard.core.RateLimitException at once, without a retry, when a job is already active
     * @throws IllegalArgumentException if the end is before the start (in whole seconds)
     */
    public DataExport create(Instant createdAtAfter, Instant createdAtBefore) {
        return transport.execute(createRequest(createdAtAfter, createdAtBefore), DataExport.class);
    }

    /**
     * @param createdAtAfter the window's start
     * @param createdAtBefore the window's end
     * @return completes with what {@link #create} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataExport> createAsync(Instant createdAtAfter, Instant createdAtBefore) {
        return Futures.start(() -> transport.executeAsync(createRequest(createdAtAfter, createdAtBefore), DataExport.class));
    }

    private static ApiRequest createRequest(Instant after, Instant before) {
        Objects.requireNonNull(after, "createdAtAfter");
        Objects.requireNonNull(before, "createdAtBefore");
        if (before.getEpochSecond() < after.getEpochSecond()) {
            throw new IllegalArgumentException("createdAtBefore must not be before createdAtAfter, was " + after
                    + " and " + before);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("created_at_after", after.getEpochSecond());
        body.put("created_at_before", before.getEpochSecond());
        // A 429 here means a job is already active; it takes minutes, so retrying within seconds cannot help. Options
        // given with withOptions win over this.
        return ApiRequest.builder(HttpMethod.POST, "/export/content/data").jsonBody(body)
                .options(RequestOptions.builder().maxRetries(0).build()).build();
    }

    /**
     * @param jobIdentifier the job's identifier
     * @return the job's current state ({@code GET /export/content/data/{job_identifier}})
     * @throws dev.switchboard.core.NotFoundException if there is no such job
     * @throws IllegalArgumentException if the identifier is blank
     */
    public DataExport get(String jobIdentifier) {
        return transport.execute(getRequest(jobIdentifier), DataExport.class);
    }

    /**
     * @param jobIdentifier the job's identifier
     * @return completes with what {@link #get} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataExport> getAsync(String jobIdentifier) {
        return Futures.start(() -> transport.executeAsync(getRequest(jobIdentifier), DataExport.class));
    }

    private static ApiRequest getRequest(String jobIdentifier) {
        return ApiRequest.builder(HttpMethod.GET, "/export/content/data/{job_identifier}",
                Checks.id(jobIdentifier, "jobIdentifier")).build();
    }

    /**
     * Cancels a job ({@code POST /export/cancel/{job_identifier}}). Cancelling twice leaves it cancelled, so this is
     * retried like a GET.
     *
     * @param jobIdentifier the job's identifier
     * @return the job, {@code canceled}
     * @throws dev.switchboard.core.NotFoundException if there is no such job
     * @throws IllegalArgumentException if the identifier is blank
     */
    public DataExport cancel(String jobIdentifier) {
        return transport.execute(cancelRequest(jobIdentifier), DataExport.class);
    }

    /**
     * @param jobIdentifier the job's identifier
     * @return completes with what {@link #cancel} returns, or exceptionally with what it throws
     */
    public CompletableFuture<DataExport> cancelAsync(String jobIdentifier) {
        return Futures.start(() -> transport.executeAsync(cancelRequest(jobIdentifier), DataExport.class));
    }

    private static ApiRequest cancelRequest(String jobIdentifier) {
        return ApiRequest.builder(HttpMethod.POST, "/export/cancel/{job_identifier}",
                Checks.id(jobIdentifier, "jobIdentifier")).retrySafe().build();
    }

    /**
     * Streams a completed job's gzipped CSV ({@code GET /download/content/data/{job_identifier}}) into {@code out} as
     * it arrives; nothing is buffered in memory. The request sends exactly one {@code Accept: application/octet-stream}
     * (the endpoint requires it) and {@code Accept-Encoding: gzip}, so the gzip bytes are written as Intercom sends them,
     * never unpacked on the way. {@code out} is not closed.
     *
     * <p>Only the file is written: a {@code 200} whose body starts like gzip. A redirect (not followed), another 2xx, a
     * JSON, text or HTML body, or a body that is empty or not gzip is refused before a byte is written.
     *
     * @param jobIdentifier the job's identifier
     * @param out where the bytes go
     * @return how many bytes were written
     * @throws dev.switchboard.core.NotFoundException if there is no such job or no file yet
     * @throws dev.switchboard.core.DecodeException if the answer is not the file (its status and content type named)
     * @throws dev.switchboard.core.TransportException if the body breaks off or {@code out} fails
     * @throws IllegalArgumentException if the identifier is blank
     */
    public long download(String jobIdentifier, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return FILE.toStream(transport, downloadRequest(jobIdentifier), out);
    }

    /**
     * Streams a completed job's gzipped CSV to a file: the bytes go to a temporary file beside {@code file}, which
     * replaces {@code file} only when the download is complete, so a failed download leaves no partial file.
     *
     * @param jobIdentifier the job's identifier
     * @param file where to write it (replaced if it exists)
     * @return how many bytes were written
     * @throws UncheckedIOException if the file cannot be written
     * @see #download(String, OutputStream)
     */
    public long download(String jobIdentifier, Path file) {
        Objects.requireNonNull(file, "file");
        return FILE.toFile(transport, downloadRequest(jobIdentifier), file);
    }

    /**
     * As {@link #download(String, OutputStream)}, without blocking a thread: the bytes are copied into {@code out} on
     * the HTTP client's thread as they arrive, after the same checks. Cancelling the future cancels the call, or
     * stops the copy at the next chunk. {@code out} is not closed.
     *
     * @param jobIdentifier the job's identifier
     * @param out where the bytes go; written from another thread
     * @return completes with how many bytes were written, or exceptionally with what
     *     {@link #download(String, OutputStream)} throws (an invalid argument included)
     * @see #downloadAsync(String, Path)
     */
    public CompletableFuture<Long> downloadAsync(String jobIdentifier, OutputStream out) {
        return Futures.start(() -> {
            Objects.requireNonNull(out, "out");
            return FILE.toStreamAsync(transport, downloadRequest(jobIdentifier), out);
        });
    }

    /**
     * As {@link #download(String, Path)}, without blocking a thread; a refused answer, a failed or a cancelled
     * download leaves no partial file and {@code file} as it was.
     *
     * @param jobIdentifier the job's identifier
     * @param file where to write it (replaced if it exists)
     * @return completes with how many bytes were written, or exceptionally with what
     *     {@link #download(String, Path)} throws (an invalid argument included)
     * @see #downloadAsync(String, OutputStream)
     */
    public CompletableFuture<Long> downloadAsync(String jobIdentifier, Path file) {
        return Futures.start(() -> {
            Objects.requireNonNull(file, "file");
            return FILE.toFileAsync(transport, downloadRequest(jobIdentifier), file);
        });
    }

    private static ApiRequest downloadRequest(String jobIdentifier) {
        return ApiRequest.builder(HttpMethod.GET, "/download/content/data/{job_identifier}",
                        Checks.id(jobIdentifier, "jobIdentifier"))
                .header("Accept", OCTET_STREAM)
                .header("Accept-Encoding", "gzip")
                .build();
    }

    @Override
    public String toString() {
        return "DataExportClient{" + transport.config().baseUrl() + "}";
    }
}
