package dev.switchboard.conversations.intercom.reporting;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.SwitchboardException;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.Checks;
import dev.switchboard.core.spi.Futures;
import dev.switchboard.core.spi.GzipDownload;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Poller;
import dev.switchboard.core.spi.Transport;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's reporting data export (new in 2.14): list datasets, enqueue an export, poll it, and stream the finished
 * {@code .tgz}. Immutable and thread-safe; it shares the {@link IntercomConnection} it was made from.
 *
 * <pre>{@code
 * ReportingDataExportClient export = new ReportingDataExportClient(connection);
 * ExportResult done = export.export(ExportRequest.of("conversation", List.of("conversation_id"), from, to),
 *         Path.of("conversations.tgz"), PollWait.withDeadline(Duration.ofMinutes(15)));
 * }</pre>
 *
 * <p><b>Job identifier and {@code app_id} / {@code client_id}.</b> The spec puts {@code {job_identifier}} in the status
 * and download paths but declares it only as a query parameter, and also marks {@code app_id} and {@code client_id}
 * as required query parameters. This client sends the identifier in the path <em>and</em> as
 * {@code ?job_identifier=}, and sends {@code app_id} (status and download) and {@code client_id} (status) when they
 * were given with {@link #forApp(String, String)}; without them the workspace is the token's.
 *
 * <p><b>Limits and retries.</b> Intercom keeps at most 5 export jobs pending per workspace; a sixth enqueue answers
 * {@code 429} {@code rate_limit_exceeded} "Exceeded rate limit of 5 pending reporting dataset export jobs", without
 * {@code Retry-After}. Pending jobs take minutes, so a retry seconds later cannot succeed: the enqueue is sent exactly
 * once (it runs with {@code maxRetries(0)}, which a caller's own {@link RequestOptions} {@code maxRetries} overrides),
 * and the 429 surfaces at once as a {@link dev.switchboard.core.RateLimitException} whose message contains the
 * server's message. Only the status polls and the download (GETs) are retried, by the connection's retry policy.
 *
 * <p>Every method throws the SDK's unchecked exceptions: {@link dev.switchboard.core.NotFoundException} for an unknown
 * job, {@link dev.switchboard.core.ValidationException} for a dataset or attribute Intercom rejects,
 * {@link dev.switchboard.core.AuthenticationException} for a bad token, {@link TransportException} when no answer
 * came, and {@link IllegalArgumentException} for arguments rejected before anything is sent.
 *
 * <p><b>Asynchronous twins.</b> Every request method has an {@code …Async} twin returning a
 * {@link CompletableFuture}, on the transport's non-blocking path: the pauses of a wait are scheduled on the
 * connection's scheduler, never slept, and a download is read on the HTTP client's thread. Such a future fails with
 * what the blocking method throws (arguments included: they are never thrown by the call), and cancelling it cancels
 * the call in flight and stops a wait.
 */
public final class ReportingDataExportClient implements ResourceClient<ReportingDataExportClient> {
    private static final String OCTET_STREAM = "application/octet-stream";
    private static final GzipDownload ARCHIVE =
            new GzipDownload("the reporting data download", "the export archive", ".tgz");

    private static final ApiRequest DATASETS = ApiRequest.builder(HttpMethod.GET, "/export/reporting_data/get_datasets").build();

    private final Transport transport;
    private final String appId;
    private final String clientId;

    /** @param connection the connection to send through */
    public ReportingDataExportClient(IntercomConnection connection) {
        this(Objects.requireNonNull(connection, "connection").transport(), null, null);
    }

    private ReportingDataExportClient(Transport transport, String appId, String clientId) {
        this.transport = transport;
        this.appId = appId;
        this.clientId = clientId;
    }

    @Override
    public ReportingDataExportClient withOptions(RequestOptions options) {
        return new ReportingDataExportClient(transport.withOptions(options), appId, clientId);
    }

    /**
     * A client that also sends the workspace's {@code app_id} and the app's {@code client_id}, which the spec marks
     * as required on status and download.
     *
     * @param appId the workspace's app id
     * @param clientId the OAuth app's client id
     * @return the client
     * @throws IllegalArgumentException if either is blank
     */
    public ReportingDataExportClient forApp(String appId, String clientId) {
        return new ReportingDataExportClient(transport, Checks.notBlank(appId, "appId"), Checks.notBlank(clientId, "clientId"));
    }

    /** @return the datasets and their attributes */
    public List<Dataset> datasets() {
        return datasets(transport.execute(DATASETS, DatasetList.class));
    }

    /**
     * As {@link #datasets()}, without blocking a thread.
     *
     * @return completes with what {@link #datasets()} returns, or exceptionally with what it throws
     */
    public CompletableFuture<List<Dataset>> datasetsAsync() {
        return Futures.map(transport.executeAsync(DATASETS, DatasetList.class), ReportingDataExportClient::datasets);
    }

    private static List<Dataset> datasets(DatasetList list) {
        return list == null ? List.of() : list.datasets();
    }

    /**
     * Enqueues an export ({@code POST /export/reporting_data/enqueue}).
     *
     * @param request what to export
     * @return the pending job
     * @throws dev.switchboard.core.RateLimitException at once, without a retry, when 5 jobs are already pending
     * @throws dev.switchboard.core.ValidationException when Intercom rejects the dataset or an attribute
     */
    public ExportJob enqueue(ExportRequest request) {
        return transport.execute(enqueueRequest(request), ExportJob.class);
    }

    /**
     * As {@link #enqueue(ExportRequest)}, without blocking a thread.
     *
     * @param request what to export
     * @return completes with what {@link #enqueue(ExportRequest)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ExportJob> enqueueAsync(ExportRequest request) {
        return Futures.start(() -> transport.executeAsync(enqueueRequest(request), ExportJob.class));
    }

    private static ApiRequest enqueueRequest(ExportRequest request) {
        Objects.requireNonNull(request, "request");
        // A 429 here means five jobs are already pending; they take minutes, so retrying within seconds cannot help
        // (the Intercom connection retries a POST's 429 otherwise): send once, unless a view's maxRetries says so
        // (options given with withOptions win over these).
        RequestOptions once = RequestOptions.builder().maxRetries(0).build();
        return ApiRequest.builder(HttpMethod.POST, "/export/reporting_data/enqueue").jsonBody(request).options(once).build();
    }

    /**
     * @param jobIdentifier the job's identifier
     * @return the job's current state
     * @throws dev.switchboard.core.NotFoundException if there is no such job
     * @throws IllegalArgumentException if the identifier is blank
     */
    public ExportJob status(String jobIdentifier) {
        return transport.execute(statusRequest(jobIdentifier), ExportJob.class);
    }

    /**
     * As {@link #status(String)}, without blocking a thread.
     *
     * @param jobIdentifier the job's identifier
     * @return completes with what {@link #status(String)} returns, or exceptionally with what it throws
     */
    public CompletableFuture<ExportJob> statusAsync(String jobIdentifier) {
        return Futures.start(() -> transport.executeAsync(statusRequest(jobIdentifier), ExportJob.class));
    }

    private ApiRequest statusRequest(String jobIdentifier) {
        String id = Checks.notBlank(jobIdentifier, "jobIdentifier");
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/export/reporting_data/{job_identifier}", id);
        if (appId != null) {
            b.query("app_id", appId).query("client_id", clientId);
        }
        return b.query("job_identifier", id).build();
    }

    /**
     * Streams a completed job's {@code .tgz} into {@code out} as it arrives; nothing is buffered in memory. The
     * request sends exactly one {@code Accept: application/octet-stream} (as the endpoint requires) and
     * {@code Accept-Encoding: gzip}, so the gzip bytes Intercom sends are written as they are, never unpacked on the
     * way. {@code out} is not closed.
     *
     * <p>Only the archive is written: a {@code 200} whose body starts like gzip. A redirect (not followed), another
     * 2xx, a JSON, text or HTML body, or a body that is empty or not gzip is refused before a byte is written.
     *
     * @param jobIdentifier the job's identifier
     * @param out where the bytes go
     * @return how many bytes were written
     * @throws dev.switchboard.core.NotFoundException if there is no such job or no file yet
     * @throws DecodeException if the answer is not the archive (its status and content type are named)
     * @throws TransportException if the body breaks off or {@code out} fails
     * @throws IllegalArgumentException if the identifier is blank
     * @see #download(String, Path)
     */
    public long download(String jobIdentifier, OutputStream out) {
        Objects.requireNonNull(out, "out");
        ApiRequest r = downloadRequest(jobIdentifier);
        return ARCHIVE.toStream(transport, r, out);
    }

    /**
     * Streams a completed job's {@code .tgz} to a file. The bytes go to a temporary file beside {@code file}, which
     * replaces {@code file} only when the download is complete; a failed download leaves no partial file.
     *
     * @param jobIdentifier the job's identifier
     * @param file where to write the file (replaced if it exists)
     * @return how many bytes were written
     * @throws UncheckedIOException if the file cannot be written
     * @see #download(String, OutputStream)
     */
    public long download(String jobIdentifier, Path file) {
        Objects.requireNonNull(file, "file");
        ApiRequest r = downloadRequest(jobIdentifier);
        return ARCHIVE.toFile(transport, r, file);
    }

    /**
     * As {@link #download(String, OutputStream)}, without blocking a thread: the bytes are copied into {@code out}
     * on the HTTP client's thread as they arrive, with the same checks (a redirect, another status, a JSON, text, HTML
     * or XML body, an empty or non-gzip body is refused before a byte is written). Cancelling the future cancels the
     * call, or stops the copy at the next chunk. {@code out} is not closed.
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
            ApiRequest r = downloadRequest(jobIdentifier);
            return ARCHIVE.toStreamAsync(transport, r, out);
        });
    }

    /**
     * As {@link #download(String, Path)}, without blocking a thread: the bytes go to a temporary file beside
     * {@code file}, which replaces {@code file} only when the download is complete. A refused answer, a failed or a
     * cancelled download leaves no partial file and {@code file} as it was.
     *
     * @param jobIdentifier the job's identifier
     * @param file where to write the file (replaced if it exists)
     * @return completes with how many bytes were written, or exceptionally with what
     *     {@link #download(String, Path)} throws (an invalid argument included)
     * @see #downloadAsync(String, OutputStream)
     */
    public CompletableFuture<Long> downloadAsync(String jobIdentifier, Path file) {
        return Futures.start(() -> {
            Objects.requireNonNull(file, "file");
            ApiRequest r = downloadRequest(jobIdentifier);
            return ARCHIVE.toFileAsync(transport, r, file);
        });
    }

    private ApiRequest downloadRequest(String jobIdentifier) {
        String id = Checks.notBlank(jobIdentifier, "jobIdentifier");
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, "/download/reporting_data/{job_identifier}", id)
                .header("Accept", OCTET_STREAM)
                .header("Accept-Encoding", "gzip");
        if (appId != null) {
            b.query("app_id", appId);
        }
        return b.query("job_identifier", id).build();
    }

    /**
     * Enqueues an export, polls its status until it is complete (first after {@link PollWait#firstDelay()}, then
     * with doubling delays up to {@link PollWait#maxDelay()}, never past {@link PollWait#deadline()}, which counts
     * from just before the enqueue), and downloads the file. Waits use the connection's clock and sleeper.
     *
     * @param request what to export
     * @param file where to write the {@code .tgz}
     * @param wait how to wait
     * @return the completed job and the file's size
     * @throws ExportFailedException if the job failed ({@link ExportFailedException.Reason#FAILED}) or was still
     *     pending at the deadline ({@link ExportFailedException.Reason#DEADLINE})
     * @throws dev.switchboard.core.RateLimitException when 5 jobs are already pending
     * @throws TransportException if the thread is interrupted while waiting
     * @see #export(ExportRequest, OutputStream, PollWait)
     */
    public ExportResult export(ExportRequest request, Path file, PollWait wait) {
        Objects.requireNonNull(file, "file");
        ExportJob done = enqueueAndWait(request, wait);
        return new ExportResult(done, download(done.jobIdentifier(), file));
    }

    /**
     * As {@link #export(ExportRequest, Path, PollWait)}, streaming into {@code out} (not closed).
     *
     * @param request what to export
     * @param out where the bytes go
     * @param wait how to wait
     * @return the completed job and the number of bytes written
     * @throws ExportFailedException if the job failed or was still pending at the deadline
     * @see #export(ExportRequest, Path, PollWait)
     */
    public ExportResult export(ExportRequest request, OutputStream out, PollWait wait) {
        Objects.requireNonNull(out, "out");
        ExportJob done = enqueueAndWait(request, wait);
        return new ExportResult(done, download(done.jobIdentifier(), out));
    }

    /**
     * Enqueues an export and waits until it is complete, without downloading it: the enqueue's answer is the first
     * state, then the status is polled after {@link PollWait#firstDelay()} and so on (see
     * {@link #export(ExportRequest, Path, PollWait)}).
     *
     * @param request what to export
     * @param wait how to wait
     * @return the completed job
     * @throws ExportFailedException if the job failed or was still pending at the deadline
     * @throws TransportException if the thread is interrupted while waiting
     */
    public ExportJob enqueueAndWait(ExportRequest request, PollWait wait) {
        Objects.requireNonNull(request, "request");
        return poller(wait).await(() -> identified(enqueue(request)), last -> status(last.jobIdentifier()));
    }

    /**
     * As {@link #export(ExportRequest, Path, PollWait)}, without blocking a thread: the enqueue, the polls and the
     * download are asynchronous calls and the pauses are scheduled on the connection's scheduler. Cancelling the
     * future cancels the call in flight, stops the polling and leaves no partial file.
     *
     * @param request what to export
     * @param file where to write the {@code .tgz}
     * @param wait how to wait
     * @return completes with the completed job and the file's size, or exceptionally with what
     *     {@link #export(ExportRequest, Path, PollWait)} throws (an invalid argument included)
     * @see #exportAsync(ExportRequest, OutputStream, PollWait)
     */
    public CompletableFuture<ExportResult> exportAsync(ExportRequest request, Path file, PollWait wait) {
        return Futures.start(() -> {
            Objects.requireNonNull(file, "file");
            return Futures.compose(enqueueAndWaitAsync(request, wait),
                    done -> Futures.map(downloadAsync(done.jobIdentifier(), file), n -> new ExportResult(done, n)));
        });
    }

    /**
     * As {@link #export(ExportRequest, OutputStream, PollWait)}, without blocking a thread (see
     * {@link #exportAsync(ExportRequest, Path, PollWait)}); the bytes are written into {@code out} (not closed) from
     * the HTTP client's thread.
     *
     * @param request what to export
     * @param out where the bytes go
     * @param wait how to wait
     * @return completes with the completed job and the number of bytes written, or exceptionally with what
     *     {@link #export(ExportRequest, OutputStream, PollWait)} throws
     * @see #exportAsync(ExportRequest, Path, PollWait)
     */
    public CompletableFuture<ExportResult> exportAsync(ExportRequest request, OutputStream out, PollWait wait) {
        return Futures.start(() -> {
            Objects.requireNonNull(out, "out");
            return Futures.compose(enqueueAndWaitAsync(request, wait),
                    done -> Futures.map(downloadAsync(done.jobIdentifier(), out), n -> new ExportResult(done, n)));
        });
    }

    /**
     * As {@link #enqueueAndWait(ExportRequest, PollWait)}, without blocking a thread: the pauses between polls are
     * scheduled on the connection's scheduler. Cancelling the future cancels the call in flight and stops the polling
     * (a job already enqueued stays pending on Intercom's side).
     *
     * @param request what to export
     * @param wait how to wait
     * @return completes with the completed job, or exceptionally with {@link ExportFailedException}, the transport's
     *     exceptions, or a {@link NullPointerException} for a missing argument
     */
    public CompletableFuture<ExportJob> enqueueAndWaitAsync(ExportRequest request, PollWait wait) {
        return Futures.start(() -> {
            Objects.requireNonNull(request, "request");
            return poller(wait).awaitAsync(() -> Futures.map(enqueueAsync(request), ReportingDataExportClient::identified),
                    last -> statusAsync(last.jobIdentifier()));
        });
    }

    private Poller<ExportJob> poller(PollWait wait) {
        Objects.requireNonNull(wait, "wait");
        return Poller.of(transport.config(), wait, "a reporting export job", ReportingDataExportClient::verdict,
                ExportFailedException::new);
    }

    private static Poller.Verdict verdict(ExportJob job) {
        if (job.isComplete()) {
            return Poller.Verdict.DONE;
        }
        return job.isFailed() ? Poller.Verdict.FAILED : Poller.Verdict.PENDING;
    }

    private static ExportJob identified(ExportJob job) {
        String id = job.jobIdentifier();
        if (id == null || id.isBlank()) {
            throw new SwitchboardException("the enqueue answer has no job_identifier: " + job);
        }
        return job;
    }

    @Override
    public String toString() {
        return "ReportingDataExportClient{" + transport.config().baseUrl() + "}";
    }
}
