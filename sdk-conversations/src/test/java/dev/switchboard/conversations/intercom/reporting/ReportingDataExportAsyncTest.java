package dev.switchboard.conversations.intercom.reporting;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.WaitFailedException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.intercom.FakeIntercomReporting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reporting export's asynchronous twins: the wait on the connection's scheduler (simulated time, never a sleep),
 * the non-blocking download with the blocking one's checks, and no partial file whatever happens.
 */
class ReportingDataExportAsyncTest {
    private static final String DOWNLOAD = "/download/reporting_data/{job_identifier}";
    private static final ExportRequest REQUEST = ExportRequest.of("conversation",
            List.of("conversation_id", "conversation_started_at"), Instant.ofEpochSecond(1717490000),
            Instant.ofEpochSecond(1717510000));

    private final FakeServer server = FakeServer.start();
    private final ManualClock clock = ManualClock.at(MoreTestSupport.NOW);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    private final List<IntercomConnection> connections = new CopyOnWriteArrayList<>();
    private final FakeIntercomReporting fake = FakeIntercomReporting.on(server, MoreTestSupport.TOKEN);
    private final ReportingDataExportClient export = new ReportingDataExportClient(connection(null));

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        connections.forEach(IntercomConnection::close);
        server.close();
        executor.shutdownNow();
    }

    /** A connection whose scheduler records each pause, moves the clock by it and runs the task on another thread. */
    private IntercomConnection connection(OkHttpClient client) {
        var b = IntercomConnection.builder().accessToken(MoreTestSupport.TOKEN).baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(d -> {
                    throw new AssertionError("an asynchronous method never sleeps");
                })
                .scheduler((delay, task) -> {
                    scheduled.add(delay);
                    clock.advance(delay);
                    executor.execute(task);
                })
                .retryPolicy(RetryPolicy.builder().random(() -> 0.5).build());
        if (client != null) {
            b.okHttpClient(client);
        }
        IntercomConnection c = b.build();
        connections.add(c);
        return c;
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(10, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletableFuture<?> f) {
        return assertThrows(ExecutionException.class, () -> await(f)).getCause();
    }

    private List<Path> files() throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** A gzip-looking body of the given size. */
    private static byte[] archive(int size) {
        byte[] body = new byte[size];
        new Random(7).nextBytes(body);
        body[0] = 0x1f;
        body[1] = (byte) 0x8b;
        return body;
    }

    @Test
    void exportAsyncEnqueuesWaitsOnTheSchedulerAndDownloadsARealTgz() throws Exception {
        fake.jobsFinishAfter(3);
        Path file = dir.resolve("conversations.tgz");
        ExportResult result = await(export.exportAsync(REQUEST, file, PollWait.DEFAULT));
        assertTrue(result.job().isComplete());
        assertEquals("job1", result.job().jobIdentifier());
        assertEquals(Files.size(file), result.bytes());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16)),
                scheduled);
        String tar = new String(new GZIPInputStream(Files.newInputStream(file)).readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(tar.startsWith("conversation.csv"), tar.substring(0, 40));
        assertTrue(tar.contains(fake.csvOf("job1")));
        List<FakeRequest> requests = server.requests();
        assertEquals(6, requests.size(), "enqueue, four polls, download");
        assertRequest(requests.get(0), "POST", "/export/reporting_data/enqueue",
                "{\"dataset_id\":\"conversation\",\"attribute_ids\":[\"conversation_id\",\"conversation_started_at\"],"
                        + "\"start_time\":1717490000,\"end_time\":1717510000}");
        for (int i = 1; i <= 4; i++) {
            assertRequest(requests.get(i), "GET", "/export/reporting_data/job1?job_identifier=job1", null);
        }
        assertRequest(requests.get(5), "GET", "/download/reporting_data/job1?job_identifier=job1", null);
        assertEquals(List.of("application/octet-stream"), requests.get(5).headers("Accept"));
        assertEquals(List.of(file), files(), "no temporary file is left behind");
    }

    @Test
    void exportAsyncIntoAStreamForAnAppSendsAppIdOnTheDownload() throws Exception {
        fake.jobsFinishAfter(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = await(export.forApp("app-7", "client-9").exportAsync(REQUEST, out, PollWait.DEFAULT));
        assertEquals(out.size(), result.bytes());
        assertEquals(0x1f, out.toByteArray()[0] & 0xff);
        assertEquals(0x8b, out.toByteArray()[1] & 0xff);
        assertEquals(List.of(Duration.ofSeconds(2)), scheduled);
        assertEquals("/export/reporting_data/job1?app_id=app-7&client_id=client-9&job_identifier=job1",
                server.requests().get(1).target());
        assertEquals("/download/reporting_data/job1?app_id=app-7&job_identifier=job1", server.requests().get(2).target());
    }

    @Test
    void enqueueAndWaitAsyncEndsAtTheDeadlineWithoutSchedulingPastIt() {
        fake.jobsFinishAfter(1000);
        PollWait wait = new PollWait(Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofSeconds(8));
        ExportFailedException e = assertInstanceOf(ExportFailedException.class,
                failure(export.enqueueAndWaitAsync(REQUEST, wait)));
        assertEquals(WaitFailedException.Reason.DEADLINE, e.reason());
        assertEquals("reporting export job job1 was still pending when the deadline of 20s passed; it may still finish",
                e.getMessage());
        assertTrue(e.job().isPending());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(6)),
                scheduled);
        assertEquals(MoreTestSupport.NOW.plusSeconds(20), clock.instant());
        assertEquals(5, server.requestCount(), "the enqueue and a poll after each pause, the last at the deadline");
    }

    @Test
    void aFailedJobEndsExportAsyncWithItsStateAndNoDownload() throws IOException {
        fake.failNextJob().jobsFinishAfter(1);
        Path file = dir.resolve("x.tgz");
        ExportFailedException e = assertInstanceOf(ExportFailedException.class,
                failure(export.exportAsync(REQUEST, file, PollWait.DEFAULT)));
        assertEquals(WaitFailedException.Reason.FAILED, e.reason());
        assertEquals("reporting export job job1 failed", e.getMessage());
        assertEquals(ExportStatus.FAILED, e.job().status());
        assertEquals(3, server.requestCount(), "enqueue and two polls, no download");
        assertEquals(List.of(), files());
    }

    @Test
    void aSixthPendingJobFailsEnqueueAndWaitAsyncAtOnce() {
        for (int i = 0; i < FakeIntercomReporting.MAX_PENDING; i++) {
            export.enqueue(REQUEST);
        }
        assertInstanceOf(dev.switchboard.core.RateLimitException.class,
                failure(export.enqueueAndWaitAsync(REQUEST, PollWait.DEFAULT)));
        assertEquals(List.of(), scheduled, "no wait, no retry");
    }

    @Test
    void invalidArgumentsFailTheFutureBeforeAnythingIsSent() {
        Path file = dir.resolve("x.tgz");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CompletableFuture<?>> futures = List.of(
                export.exportAsync(null, file, PollWait.DEFAULT),
                export.exportAsync(REQUEST, (Path) null, PollWait.DEFAULT),
                export.exportAsync(REQUEST, file, null),
                export.exportAsync(REQUEST, (OutputStream) null, PollWait.DEFAULT),
                export.enqueueAndWaitAsync(REQUEST, null),
                export.enqueueAndWaitAsync(null, PollWait.DEFAULT),
                export.downloadAsync(" ", out),
                export.downloadAsync("job1", (OutputStream) null),
                export.downloadAsync("", file),
                export.downloadAsync("job1", (Path) null));
        List<String> messages = List.of("request", "file", "wait", "out", "wait", "request",
                "jobIdentifier must not be blank", "out", "jobIdentifier must not be blank", "file");
        for (int i = 0; i < futures.size(); i++) {
            assertTrue(futures.get(i).isCompletedExceptionally(), i + ": failed at once, not thrown");
            Throwable e = failure(futures.get(i));
            assertEquals(messages.get(i), e.getMessage(), i + ": " + e);
            assertTrue(e instanceof NullPointerException || e instanceof IllegalArgumentException, i + ": " + e);
        }
        assertEquals(0, server.requestCount());
        assertFalse(Files.exists(file));
    }

    @Test
    void anAsyncDownloadThatIsNotTheArchiveIsRefusedAndWritesNothing() throws IOException {
        List<FakeResponse> answers = List.of(
                FakeResponse.redirect(302, "https://files.example.com/x.tgz?signature=s3cr3t"),
                FakeResponse.json("{\"job_identifier\":\"job9\",\"status\":\"pending\"}"),
                FakeResponse.html(200, "<html>login</html>"),
                FakeResponse.text(200, "text/csv", "conversation_id\n"),
                FakeResponse.text(200, "application/xml", "<Error><Code>AccessDenied</Code></Error>"),
                FakeResponse.bytes(200, "application/octet-stream", "conversation_id,channel\n".getBytes(StandardCharsets.UTF_8)),
                FakeResponse.bytes(200, "application/octet-stream", new byte[0]),
                FakeResponse.status(204));
        List<String> expected = List.of(
                "the reporting data download answered 302, a redirect, not the export archive; it is not followed",
                "the reporting data download answered 200 with application/json, not the export archive"
                        + " (application/octet-stream)",
                "the reporting data download answered 200 with text/html; charset=utf-8, not the export archive"
                        + " (application/octet-stream)",
                "the reporting data download answered 200 with text/csv, not the export archive (application/octet-stream)",
                "the reporting data download answered 200 with application/xml, not the export archive"
                        + " (application/octet-stream)",
                "the reporting data download answered 200 with application/octet-stream and a body that is not gzip,"
                        + " not the export archive (.tgz)",
                "the reporting data download answered 200 with application/octet-stream and an empty body, not the"
                        + " export archive",
                "the reporting data download answered 204, not the export archive (200 application/octet-stream)");
        Path file = dir.resolve("refused.tgz");
        for (int i = 0; i < answers.size(); i++) {
            server.faults().next("GET", DOWNLOAD, answers.get(i), answers.get(i));
            DecodeException toFile = assertInstanceOf(DecodeException.class, failure(export.downloadAsync("job9", file)), "" + i);
            assertTrue(toFile.getMessage().startsWith(expected.get(i)), i + ": " + toFile.getMessage());
            assertFalse(toFile.getMessage().contains("s3cr3t"));
            assertEquals(List.of(), files(), "no file, not even a temporary one, for answer " + i);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DecodeException toStream = assertInstanceOf(DecodeException.class, failure(export.downloadAsync("job9", out)));
            assertEquals(toFile.getMessage(), toStream.getMessage(), "the same check for both forms");
            assertEquals(0, out.size(), "nothing written for answer " + i);
        }
        assertEquals(2 * answers.size(), server.requestCount(), "a refused answer is not retried");
    }

    @Test
    void aMultiMegabyteAsyncDownloadReplacesTheFileOnlyWhenComplete() throws Exception {
        byte[] body = archive(6 * 1024 * 1024 + 123);
        FakeResponse big = FakeResponse.bytes(200, "application/octet-stream", body);
        server.faults().next("GET", DOWNLOAD, big, big);
        Path file = dir.resolve("big.tgz");
        Files.writeString(file, "old content");
        assertEquals(body.length, await(export.downloadAsync("job9", file)));
        assertArrayEquals(body, Files.readAllBytes(file));
        assertEquals(List.of(file), files());
        FakeRequest r = server.takeRequest();
        assertRequest(r, "GET", "/download/reporting_data/job9?job_identifier=job9", null);
        assertEquals(List.of("application/octet-stream"), r.headers("Accept"));
        assertEquals(List.of("gzip"), r.headers("Accept-Encoding"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(body.length, await(export.downloadAsync("job9", out)));
        assertArrayEquals(body, out.toByteArray());
    }

    @Test
    void anUnknownJobIsNotFoundAndLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("keep.tgz");
        Files.writeString(file, "old content");
        NotFoundException e = assertInstanceOf(NotFoundException.class, failure(export.downloadAsync("nope", file)));
        assertTrue(e.getMessage().contains("Export job not found for identifier: nope"), e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aCompleteDownloadThatCannotBeMovedIntoPlaceLeavesNoTemporaryFile() throws IOException {
        server.faults().next("GET", DOWNLOAD, FakeResponse.bytes(200, "application/octet-stream", archive(1000)));
        Path occupied = Files.createDirectory(dir.resolve("occupied.tgz"));
        Files.writeString(occupied.resolve("inside"), "x");
        UncheckedIOException e = assertInstanceOf(UncheckedIOException.class, failure(export.downloadAsync("job9", occupied)));
        assertEquals("cannot write the export to " + occupied.toAbsolutePath(), e.getMessage());
        assertEquals(List.of(occupied), files(), "the temporary file is gone");
    }

    @Test
    void aDirectoryThatDoesNotExistFailsTheFutureBeforeAnythingIsSent() {
        Path file = dir.resolve("missing").resolve("x.tgz");
        CompletableFuture<Long> f = export.downloadAsync("job9", file);
        assertTrue(f.isCompletedExceptionally());
        assertEquals("cannot write the export to " + file.toAbsolutePath(),
                assertInstanceOf(UncheckedIOException.class, failure(f)).getMessage());
        assertEquals(0, server.requestCount());
    }

    /** An OkHttp client that counts down when a call is cancelled and when a response body is closed. */
    private static OkHttpClient watched(CountDownLatch canceled, CountDownLatch bodyClosed) {
        return new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                canceled.countDown();
            }

            @Override
            public void responseBodyEnd(Call call, long byteCount) {
                bodyClosed.countDown();
            }

            @Override
            public void responseFailed(Call call, IOException ioe) {
                bodyClosed.countDown();
            }
        }).build();
    }

    /** Starts a call whose download answers only after 20 s, cancels it once the download was sent, and checks. */
    private void cancelBeforeTheDownloadAnswers(Function<ReportingDataExportClient, CompletableFuture<?>> start,
            int requestsBeforeTheDownload) throws Exception {
        server.faults().next("GET", DOWNLOAD, FakeResponse.bytes(200, "application/octet-stream", archive(100))
                .withHeadersDelay(Duration.ofSeconds(20)));
        CountDownLatch canceled = new CountDownLatch(1);
        OkHttpClient client = watched(canceled, new CountDownLatch(1));
        try {
            CompletableFuture<?> f = start.apply(new ReportingDataExportClient(connection(client)));
            FakeRequest last = null;
            for (int i = 0; i <= requestsBeforeTheDownload; i++) {
                last = server.takeRequest(Duration.ofSeconds(5));
            }
            assertTrue(last.path().startsWith("/download/reporting_data/"), last.toString());
            assertTrue(f.cancel(true));
            assertTrue(canceled.await(5, TimeUnit.SECONDS), "the HTTP call was not cancelled");
            assertThrows(CancellationException.class, f::join);
            assertEquals(List.of(), files(), "the temporary file is deleted at once");
        } finally {
            client.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void cancellingAnAsyncDownloadBeforeTheAnswerCancelsTheCallAndLeavesNoFile() throws Exception {
        cancelBeforeTheDownloadAnswers(client -> client.downloadAsync("job9", dir.resolve("x.tgz")), 0);
    }

    @Test
    void cancellingExportAsyncDuringItsDownloadCancelsTheDownloadAndLeavesNoFile() throws Exception {
        fake.jobsFinishAfter(0);
        cancelBeforeTheDownloadAnswers(client -> client.exportAsync(REQUEST, dir.resolve("x.tgz"), PollWait.DEFAULT), 2);
        assertEquals(3, server.requestCount(), "enqueue, one poll, the download");
    }

    @Test
    void cancellingAnAsyncDownloadMidwayStopsTheCopyAtTheNextChunk() throws Exception {
        byte[] body = archive(8 * 1024 * 1024);
        server.faults().next("GET", DOWNLOAD, FakeResponse.bytes(200, "application/octet-stream", body));
        CountDownLatch bodyClosed = new CountDownLatch(1);
        OkHttpClient client = watched(new CountDownLatch(1), bodyClosed);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.incrementAndGet();
                written.addAndGet(len);
                writing.countDown();
                try {
                    cancelled.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            CompletableFuture<Long> f = new ReportingDataExportClient(connection(client)).downloadAsync("job9", out);
            assertTrue(writing.await(5, TimeUnit.SECONDS), "the copy started");
            assertTrue(f.cancel(true));
            cancelled.countDown();
            assertTrue(bodyClosed.await(5, TimeUnit.SECONDS), "the response was closed");
            assertEquals(1, writes.get(), "no chunk is written after the cancellation");
            assertTrue(written.get() < body.length, written + " of " + body.length);
            assertThrows(CancellationException.class, f::join);
        } finally {
            client.dispatcher().executorService().shutdown();
        }
    }
}
