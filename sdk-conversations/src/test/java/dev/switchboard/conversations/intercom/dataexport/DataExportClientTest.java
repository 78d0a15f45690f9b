package dev.switchboard.conversations.intercom.dataexport;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.intercom.FakeIntercomDataExport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content data export against {@link FakeIntercomDataExport}: create, status, cancel, and a streamed download. */
class DataExportClientTest {
    private static final Instant AFTER = Instant.ofEpochSecond(1_734_519_776L);
    private static final Instant BEFORE = Instant.ofEpochSecond(1_734_537_776L);

    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomDataExport fake = FakeIntercomDataExport.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final DataExportClient export = new DataExportClient(t.connection);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsAJobWithTheWindowInEpochSecondsAndFollowsItToCompletion() throws Exception {
        DataExport job = export.create(AFTER, BEFORE);
        assertRequest(t.server.takeRequest(), "POST", "/export/content/data",
                "{\"created_at_after\":1734519776,\"created_at_before\":1734537776}");
        assertEquals(DataExportStatus.PENDING, job.status());
        assertEquals("", job.downloadUrl());
        assertNull(job.downloadExpiresAt(), "\"\" before completion reads as null");
        assertFalse(job.isCompleted());
        String id = job.jobIdentifier();
        assertEquals(DataExportStatus.IN_PROGRESS, export.get(id).status());
        assertRequest(t.server.takeRequest(), "GET", "/export/content/data/" + id, null);
        DataExport done = export.getAsync(id).get();
        assertTrue(done.isCompleted());
        assertEquals(t.server.baseUrl() + "/download/content/data/" + id, done.downloadUrl());
        assertEquals(MoreTestSupport.NOW.plusSeconds(172_800), done.downloadExpiresAt(), "epoch seconds sent as a string");
    }

    @Test
    void streamsTheGzippedCsvWithExactlyOneAcceptHeaderAndUnpacksNothing() throws IOException {
        fake.completeAfter(0);
        String id = export.create(AFTER, BEFORE).jobIdentifier();
        export.get(id);
        t.server.clearRequests();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = export.download(id, out);
        FakeRequest r = t.server.takeRequest();
        assertRequest(r, "GET", "/download/content/data/" + id, null);
        assertEquals(List.of("application/octet-stream"), r.headers("Accept"));
        assertEquals(List.of("gzip"), r.headers("Accept-Encoding"));
        assertEquals(out.size(), n);
        byte[] csv = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        assertEquals(fake.csv(id), new String(csv, StandardCharsets.UTF_8));
        Path file = dir.resolve("content.csv.gz");
        Files.writeString(file, "old");
        assertEquals(n, export.download(id, file));
        assertArrayEquals(out.toByteArray(), Files.readAllBytes(file));
    }

    @Test
    void downloadsWithoutBlockingTheSameBytesAndRefusesWhatIsNotTheFile() throws Exception {
        fake.completeAfter(0);
        String id = export.create(AFTER, BEFORE).jobIdentifier();
        export.get(id);
        ByteArrayOutputStream blocking = new ByteArrayOutputStream();
        export.download(id, blocking);
        t.server.clearRequests();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(blocking.size(), export.downloadAsync(id, out).get());
        FakeRequest r = t.server.takeRequest();
        assertRequest(r, "GET", "/download/content/data/" + id, null);
        assertEquals(List.of("application/octet-stream"), r.headers("Accept"));
        assertArrayEquals(blocking.toByteArray(), out.toByteArray());
        Path file = dir.resolve("async.csv.gz");
        Files.writeString(file, "old");
        assertEquals(blocking.size(), export.downloadAsync(id, file).get());
        assertArrayEquals(blocking.toByteArray(), Files.readAllBytes(file));
        fake.faults().next("GET", "/download/content/data/{job_identifier}",
                FakeResponse.json("{\"job_identifier\":\"" + id + "\",\"status\":\"pending\"}"));
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> export.downloadAsync(id, file).get());
        DecodeException refused = assertInstanceOf(DecodeException.class, e.getCause());
        assertTrue(refused.getMessage().startsWith("the content data download answered 200 with application/json"),
                refused.getMessage());
        assertArrayEquals(blocking.toByteArray(), Files.readAllBytes(file), "the file is left as it was");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no partial file is left behind");
        }
        assertTrue(export.downloadAsync("", out).isCompletedExceptionally());
        assertTrue(export.downloadAsync(id, (Path) null).isCompletedExceptionally());
    }

    @Test
    void aSecondActiveJobIsARateLimitAtOnceUnlessTheCallerAsksForRetries() {
        export.create(AFTER, BEFORE);
        t.server.clearRequests();
        RateLimitException e = assertThrows(RateLimitException.class, () -> export.create(AFTER, BEFORE));
        assertTrue(e.getMessage().contains("Exceeded rate limit of 1 pending message data export jobs"), e.getMessage());
        assertEquals(1, t.server.requestCount(), "sent once: the active job takes minutes");
        t.server.clearRequests();
        assertThrows(RateLimitException.class, () -> export.withOptions(RequestOptions.builder().maxRetries(1).build())
                .create(AFTER, BEFORE));
        assertEquals(2, t.server.requestCount(), "a caller's own maxRetries wins");
    }

    @Test
    void cancelsAJobAndIsRetriedLikeAGet() throws Exception {
        String id = export.create(AFTER, BEFORE).jobIdentifier();
        t.server.clearRequests();
        fake.faults().statusSequence("POST", "/export/cancel/{job_identifier}", 503);
        DataExport canceled = export.cancel(id);
        assertEquals(DataExportStatus.CANCELED, canceled.status());
        assertEquals(2, t.server.requestCount());
        assertRequest(t.server.requests().get(1), "POST", "/export/cancel/" + id, null);
        assertEquals(DataExportStatus.CANCELED, export.cancelAsync(id).get().status());
        assertThrows(NotFoundException.class, () -> export.cancel("nope"));
        assertThrows(NotFoundException.class, () -> export.get("nope"));
    }

    @Test
    void aDownloadThatIsNotTheFileIsRefusedAndLeavesNoFile() throws IOException {
        try (MoreTestSupport plain = new MoreTestSupport()) {
            plain.server.faults().next("GET", "/download/content/data/{job_identifier}",
                    FakeResponse.redirect(302, "https://files.example.com/x.csv.gz?signature=s3cr3t"),
                    FakeResponse.json("{\"job_identifier\":\"j\",\"status\":\"pending\"}"),
                    FakeResponse.text(200, "text/csv", "content_id\n1\n"),
                    FakeResponse.bytes(200, "application/octet-stream", "content_id\n".getBytes(StandardCharsets.UTF_8)),
                    FakeResponse.bytes(200, "application/octet-stream", new byte[0]),
                    FakeResponse.status(204));
            DataExportClient downloads = new DataExportClient(plain.connection);
            Path file = dir.resolve("refused.csv.gz");
            List<String> expected = List.of(
                    "the content data download answered 302, a redirect, not the export file; it is not followed",
                    "the content data download answered 200 with application/json, not the export file",
                    "the content data download answered 200 with text/csv",
                    "the content data download answered 200 with application/octet-stream and a body that is not gzip",
                    "the content data download answered 200 with application/octet-stream and an empty body");
            for (int i = 0; i < expected.size(); i++) {
                DecodeException e = assertThrows(DecodeException.class, () -> downloads.download("j", file));
                assertTrue(e.getMessage().startsWith(expected.get(i)), i + ": " + e.getMessage());
                assertFalse(e.getMessage().contains("s3cr3t"));
                assertFalse(Files.exists(file), "no file for answer " + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DecodeException e = assertThrows(DecodeException.class, () -> downloads.download("j", out));
            assertTrue(e.getMessage().startsWith("the content data download answered 204"), e.getMessage());
            assertEquals(0, out.size());
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.toList(), "no partial file is left behind");
            }
        }
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> export.create(BEFORE, AFTER)).getMessage()
                .startsWith("createdAtBefore must not be before createdAtAfter"));
        assertThrows(NullPointerException.class, () -> export.create(null, BEFORE));
        assertEquals("jobIdentifier must not be blank", assertThrows(IllegalArgumentException.class,
                () -> export.get(" ")).getMessage());
        assertTrue(export.cancelAsync("..").isCompletedExceptionally());
        assertThrows(IllegalArgumentException.class, () -> export.download("", new ByteArrayOutputStream()));
        assertThrows(NullPointerException.class, () -> export.download("j", (Path) null));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void jobsKeepWhatWasSentAndStatusesAreOpen() {
        assertLossless("{\"job_identifier\":\"orzzsbd7hk67xyu\",\"status\":\"archived\",\"download_expires_at\":\"1674917488\","
                + "\"download_url\":null,\"x\":[1.50]}", DataExport.class);
        DataExport odd = decode("{\"status\":\"archived\",\"download_expires_at\":\"soon\"}", DataExport.class);
        assertFalse(odd.status().isKnown());
        assertFalse(odd.isCompleted());
        assertThrows(DecodeException.class, odd::downloadExpiresAt);
        assertEquals(Instant.ofEpochSecond(1_674_917_488L),
                decode("{\"download_expires_at\":1674917488}", DataExport.class).downloadExpiresAt());
    }
}
