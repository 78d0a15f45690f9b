package dev.switchboard.conversations.intercom.reporting;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.http.PollWait;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.intercom.FakeIntercomReporting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportingDataExportTest {
    private static final Instant START = Instant.ofEpochSecond(1717490000);
    private static final Instant END = Instant.ofEpochSecond(1717510000);
    private static final ExportRequest REQUEST = ExportRequest.of("conversation",
            List.of("conversation_id", "conversation_started_at"), START, END);

    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomReporting fake = FakeIntercomReporting.on(t.server, MoreTestSupport.TOKEN);
    private final ReportingDataExportClient export = new ReportingDataExportClient(t.connection);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsDatasetsWithTheirAttributes() {
        List<Dataset> datasets = export.datasets();
        assertEquals(List.of("conversation", "admin_status_change"), datasets.stream().map(Dataset::id).toList());
        assertEquals(List.of("conversation_id", "conversation_started_at", "channel", "state"),
                datasets.get(0).attributeIds());
        assertEquals("state", datasets.get(0).defaultTimeAttributeId());
        assertRequest(t.server.takeRequest(), "GET", "/export/reporting_data/get_datasets", null);
    }

    @Test
    void enqueueSendsTheChangelogsBodyWithEpochSeconds() {
        ExportJob job = export.enqueue(ExportRequest.of("conversation", List.of("conversation_id", "conversation_started_at"),
                START.plusMillis(999), END));
        assertEquals("job1", job.jobIdentifier());
        assertEquals(ExportStatus.PENDING, job.status());
        assertTrue(job.isPending());
        assertEquals("", job.downloadUrl());
        assertRequest(t.server.takeRequest(), "POST", "/export/reporting_data/enqueue",
                "{\"dataset_id\":\"conversation\",\"attribute_ids\":[\"conversation_id\",\"conversation_started_at\"],"
                        + "\"start_time\":1717490000,\"end_time\":1717510000}");
    }

    @Test
    void statusSendsTheIdentifierInThePathAndTheQuery() {
        export.enqueue(REQUEST);
        t.server.clearRequests();
        assertEquals(ExportStatus.PENDING, export.status("job1").status());
        assertRequest(t.server.takeRequest(), "GET", "/export/reporting_data/job1?job_identifier=job1", null);
        export.forApp("app-7", "client-9").status("job1");
        assertRequest(t.server.takeRequest(), "GET",
                "/export/reporting_data/job1?app_id=app-7&client_id=client-9&job_identifier=job1", null);
    }

    @Test
    void exportEnqueuesWaitsWithBackoffAndDownloadsARealTgz() throws IOException {
        fake.jobsFinishAfter(3);
        Path file = dir.resolve("conversations.tgz");
        ExportResult result = export.export(REQUEST, file, PollWait.DEFAULT);
        assertTrue(result.job().isComplete());
        assertEquals(Files.size(file), result.bytes());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16)),
                t.sleeper.sleeps());
        String tar = new String(new GZIPInputStream(Files.newInputStream(file)).readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(tar.startsWith("conversation.csv"), tar.substring(0, 40));
        assertTrue(tar.contains(fake.csvOf("job1")));
        List<FakeRequest> requests = t.server.requests();
        assertEquals(6, requests.size());
        FakeRequest download = requests.get(5);
        assertRequest(download, "GET", "/download/reporting_data/job1?job_identifier=job1", null);
        assertEquals(List.of("application/octet-stream"), download.headers("Accept"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no partial file is left behind");
        }
    }

    @Test
    void exportIntoAStreamForAnAppSendsAppIdOnTheDownload() {
        fake.jobsFinishAfter(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportResult result = export.forApp("app-7", "client-9").export(REQUEST, out, PollWait.DEFAULT);
        assertEquals(out.size(), result.bytes());
        assertEquals(0x1f, out.toByteArray()[0] & 0xff);
        assertEquals(0x8b, out.toByteArray()[1] & 0xff);
        FakeRequest download = t.server.requests().get(2);
        assertEquals("/download/reporting_data/job1?app_id=app-7&job_identifier=job1", download.target());
    }

    @Test
    void aFailedJobEndsTheWaitWithItsState() {
        fake.failNextJob().jobsFinishAfter(1);
        ExportFailedException e = assertThrows(ExportFailedException.class,
                () -> export.export(REQUEST, dir.resolve("x.tgz"), PollWait.DEFAULT));
        assertEquals(ExportFailedException.Reason.FAILED, e.reason());
        assertEquals(ExportStatus.FAILED, e.job().status());
        assertEquals("reporting export job job1 failed", e.getMessage());
        assertFalse(Files.exists(dir.resolve("x.tgz")));
        assertEquals(3, t.server.requestCount(), "enqueue and two polls, no download");
    }

    @Test
    void aJobStillPendingAtTheDeadlineEndsTheWaitWithoutOversleeping() {
        fake.jobsFinishAfter(1000);
        PollWait wait = new PollWait(Duration.ofSeconds(20), Duration.ofSeconds(2), Duration.ofSeconds(8));
        ExportFailedException e = assertThrows(ExportFailedException.class, () -> export.enqueueAndWait(REQUEST, wait));
        assertEquals(ExportFailedException.Reason.DEADLINE, e.reason());
        assertEquals("reporting export job job1 was still pending when the deadline of 20s passed; it may still finish",
                e.getMessage());
        assertTrue(e.job().isPending());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(6)),
                t.sleeper.sleeps());
        assertEquals(Duration.ofSeconds(20), t.sleeper.total());
    }

    @Test
    void aSixthPendingJobIsAClearRateLimitException() {
        for (int i = 0; i < FakeIntercomReporting.MAX_PENDING; i++) {
            export.enqueue(REQUEST);
        }
        RateLimitException e = assertThrows(RateLimitException.class, () -> export.enqueue(REQUEST));
        assertEquals(429, e.status());
        assertTrue(e.getMessage().contains("Exceeded rate limit of 5 pending reporting dataset export jobs"), e.getMessage());
        assertEquals("rate_limit_exceeded", e.details().get(0).code());
        assertEquals(5, fake.pendingJobs());
        assertEquals(Duration.ZERO, t.sleeper.total(), "surfaced at once, not retried");
        assertEquals(FakeIntercomReporting.MAX_PENDING + 1, t.server.requests().stream()
                .filter(r -> r.path().equals("/export/reporting_data/enqueue")).count());
    }

    @Test
    void aCallersOwnMaxRetriesIsTheOnlyWayTheEnqueueIsRetried() {
        t.server.faults().next("POST", "/export/reporting_data/enqueue", FakeResponse.json(429,
                "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":\"busy\"}]}"));
        assertThrows(RateLimitException.class, () -> export.enqueue(REQUEST));
        assertEquals(1, t.server.requestCount(), "sent once by default");
        t.server.faults().next("POST", "/export/reporting_data/enqueue", FakeResponse.json(429,
                "{\"type\":\"error.list\",\"errors\":[{\"code\":\"rate_limit_exceeded\",\"message\":\"busy\"}]}"));
        ExportJob job = export.withOptions(dev.switchboard.core.http.RequestOptions.builder().maxRetries(1).build())
                .enqueue(REQUEST);
        assertFalse(job.jobIdentifier().isBlank());
        assertEquals(3, t.server.requestCount(), "the 429, then the retry the caller asked for");
    }

    @Test
    void aMultiMegabyteDownloadIsStreamedToTheFileByteForByte() throws IOException {
        byte[] body = new byte[6 * 1024 * 1024 + 123];
        new Random(42).nextBytes(body);
        body[0] = 0x1f; // a gzip archive's magic bytes
        body[1] = (byte) 0x8b;
        try (MoreTestSupport plain = new MoreTestSupport()) {
            plain.server.route("GET", "/download/reporting_data/{job_identifier}",
                    r -> FakeResponse.bytes(200, "application/octet-stream", body));
            Path file = dir.resolve("big.tgz");
            Files.writeString(file, "old content");
            long n = new ReportingDataExportClient(plain.connection).download("job9", file);
            assertEquals(body.length, n);
            assertArrayEquals(body, Files.readAllBytes(file));
            FakeRequest r = plain.server.takeRequest();
            assertRequest(r, "GET", "/download/reporting_data/job9?job_identifier=job9", null);
            assertEquals(List.of("application/octet-stream"), r.headers("Accept"));
        }
    }

    @Test
    void aDownloadThatIsNotTheArchiveIsRefusedAndWritesNothing() throws IOException {
        try (MoreTestSupport plain = new MoreTestSupport()) {
            plain.server.faults().next("GET", "/download/reporting_data/{job_identifier}",
                    FakeResponse.redirect(302, "https://files.example.com/x.tgz?signature=s3cr3t"),
                    FakeResponse.json("{\"job_identifier\":\"job9\",\"status\":\"pending\"}"),
                    FakeResponse.html(200, "<html>login</html>"),
                    FakeResponse.bytes(200, "application/octet-stream", "conversation_id,channel\n".getBytes()),
                    FakeResponse.bytes(200, "application/octet-stream", new byte[0]),
                    FakeResponse.status(204));
            ReportingDataExportClient downloads = new ReportingDataExportClient(plain.connection);
            Path file = dir.resolve("refused.tgz");
            List<String> expected = List.of(
                    "the reporting data download answered 302, a redirect, not the export archive; it is not followed",
                    "the reporting data download answered 200 with application/json, not the export archive"
                            + " (application/octet-stream)",
                    "the reporting data download answered 200 with text/html; charset=utf-8, not the export archive"
                            + " (application/octet-stream)",
                    "the reporting data download answered 200 with application/octet-stream and a body that is not gzip,"
                            + " not the export archive (.tgz)",
                    "the reporting data download answered 200 with application/octet-stream and an empty body, not the"
                            + " export archive");
            for (int i = 0; i < expected.size(); i++) {
                dev.switchboard.core.DecodeException e = assertThrows(dev.switchboard.core.DecodeException.class,
                        () -> downloads.download("job9", file));
                assertTrue(e.getMessage().startsWith(expected.get(i)), i + ": " + e.getMessage());
                assertFalse(e.getMessage().contains("s3cr3t"));
                assertFalse(Files.exists(file), "no file for answer " + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dev.switchboard.core.DecodeException e = assertThrows(dev.switchboard.core.DecodeException.class,
                    () -> downloads.download("job9", out));
            assertTrue(e.getMessage().startsWith("the reporting data download answered 204"), e.getMessage());
            assertEquals(0, out.size());
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "no partial file is left behind");
            }
        }
    }

    @Test
    void aGzipEncodedArchiveIsWrittenAsSentNotUnpacked() {
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        try (MoreTestSupport plain = new MoreTestSupport()) {
            plain.server.route("GET", "/download/reporting_data/{job_identifier}",
                    r -> FakeResponse.bytes(200, "application/octet-stream", gz).withHeader("Content-Encoding", "gzip"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(gz.length, new ReportingDataExportClient(plain.connection).download("job9", out));
            assertArrayEquals(gz, out.toByteArray());
            assertEquals(List.of("gzip"), plain.server.takeRequest().headers("Accept-Encoding"));
        }
    }

    @Test
    void aDownloadOfAnUnfinishedJobIsNotFoundAndLeavesNoFile() {
        export.enqueue(REQUEST);
        Path file = dir.resolve("none.tgz");
        NotFoundException e = assertThrows(NotFoundException.class, () -> export.download("job1", file));
        assertTrue(e.getMessage().contains("Export job not found for identifier: job1"), e.getMessage());
        assertFalse(Files.exists(file));
        assertThrows(NotFoundException.class, () -> export.status("nope"));
    }

    @Test
    void intercomsValidationErrorsAreValidationExceptions() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> export.enqueue(ExportRequest.of("imaginary", List.of("a"), START, END)));
        assertTrue(e.getMessage().contains("imaginary is not a valid dataset_id"), e.getMessage());
        e = assertThrows(ValidationException.class,
                () -> export.enqueue(ExportRequest.of("conversation", List.of("non_existent"), START, END)));
        assertEquals("bad_request", e.details().get(0).code());
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("datasetId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.of(" ", List.of("a"), START, END)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.of("conversation", List.of(), START, END)).getMessage().startsWith("attributeIds"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.of("conversation", Arrays.asList("a", null), START, END)).getMessage().startsWith("attributeIds"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.of("conversation", List.of("a"), END, START)).getMessage().startsWith("end must be after start"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExportRequest.of("conversation", List.of("a"), null, END)).getMessage().startsWith("start"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> export.status(""))
                .getMessage().startsWith("jobIdentifier"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> export.download(" ", new ByteArrayOutputStream()))
                .getMessage().startsWith("jobIdentifier"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> export.forApp("", "c"))
                .getMessage().startsWith("appId"));
        assertEquals("wait", assertThrows(NullPointerException.class, () -> export.enqueueAndWait(REQUEST, null)).getMessage());
        assertEquals("request", assertThrows(NullPointerException.class,
                () -> export.enqueueAndWait(null, PollWait.DEFAULT)).getMessage());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void aRejectedTokenIsAnAuthenticationException() {
        try (IntercomConnection other = IntercomConnection.builder().accessToken("wrong-token-000000")
                .baseUrl(t.server.baseUrl()).build()) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> new ReportingDataExportClient(other).datasets());
            assertFalse(e.getMessage().contains("wrong-token"));
        }
    }

    @Test
    void perRequestVersionOverridesTheHeader() {
        export.withOptions(IntercomConnection.version("2.13")).datasets();
        assertEquals(List.of("2.13"), t.server.takeRequest().headers("Intercom-Version"));
    }

    @Test
    void jobsKeepUnknownFieldsAndNullOrMissingDownloadFields() {
        assertLossless("{\"job_identifier\":\"j\",\"status\":\"archived\",\"download_url\":null,\"rows\":12,"
                + "\"nested\":{\"a\":[1,2.50,null]}}", ExportJob.class);
        assertLossless("{\"job_identifier\":\"j\",\"status\":\"complete\",\"download_url\":\"https://x/y\","
                + "\"download_expires_at\":\"2026-05-02T12:00:00Z\"}", ExportJob.class);
        ExportJob unknown = MoreTestSupport.decode("{\"status\":\"archived\"}", ExportJob.class);
        assertFalse(unknown.status().isKnown());
        assertNull(unknown.downloadUrl());
        assertFalse(unknown.json().containsKey("download_url"), "an absent download_url stays absent");
        ExportJob nulled = MoreTestSupport.decode("{\"status\":\"failed\",\"download_url\":null}", ExportJob.class);
        assertNull(nulled.downloadUrl());
        assertEquals("{\"status\":\"failed\",\"download_url\":null}", dev.switchboard.core.json.Json.write(nulled));
        assertLossless("{\"type\":\"list\",\"data\":[{\"id\":\"c\",\"attributes\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"x\"}],"
                + "\"new\":true}],\"more\":1}", DatasetList.class);
    }

    @Test
    void theFakesArchiveIsAValidTarInsideGzip() throws IOException {
        byte[] tgz = FakeIntercomReporting.tgz("a.csv", "x,y\n".getBytes(StandardCharsets.UTF_8));
        byte[] tar = new GZIPInputStream(new ByteArrayInputStream(tgz)).readAllBytes();
        assertEquals(0, tar.length % 512);
        assertEquals("ustar", new String(tar, 257, 5, StandardCharsets.US_ASCII));
        assertEquals("x,y\n", new String(tar, 512, 4, StandardCharsets.UTF_8));
    }
}
