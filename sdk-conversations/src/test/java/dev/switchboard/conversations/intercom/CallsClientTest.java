package dev.switchboard.conversations.intercom;

import static dev.switchboard.conversations.intercom.IntercomTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.IntercomTestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.AuthenticationException;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.ErrorDetail;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallsClientTest {
    private final IntercomTestSupport t = new IntercomTestSupport();
    private final CallsClient calls = new CallsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    private static String callsPage(int page, int totalPages, String... ids) {
        List<Object> data = new ArrayList<>();
        for (String id : ids) {
            data.add(TestJson.object("type", "call", "id", id, "created_at", 1767225600));
        }
        return TestJson.write(TestJson.object("type", "list", "data", data, "total_count", 5,
                "pages", TestJson.object("type", "pages", "page", page, "per_page", 2, "total_pages", totalPages)));
    }

    @Test
    void listsEveryPageByPageNumber() {
        t.server.route("GET", "/calls", r -> {
            String page = r.query("page") == null ? "1" : r.query("page");
            switch (page) {
                case "1":
                    return FakeResponse.json(callsPage(1, 3, "1", "2"));
                case "2":
                    return FakeResponse.json(callsPage(2, 3, "3", "4"));
                default:
                    return FakeResponse.json(callsPage(3, 3, "5"));
            }
        });
        List<String> ids = calls.list(2).stream().map(Call::id).toList();
        assertEquals(List.of("1", "2", "3", "4", "5"), ids);
        assertRequest(t.server.takeRequest(), "GET", "/calls?per_page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/calls?per_page=2&page=2", null);
        assertRequest(t.server.takeRequest(), "GET", "/calls?per_page=2&page=3", null);
        assertEquals(3, t.server.requestCount());
    }

    @Test
    void listWithoutPageSizeSendsNoQueryAndStopsOnAnEmptyList() {
        // The spec's own example: no calls, total_pages 0.
        t.server.route("GET", "/calls", r -> FakeResponse.json(
                "{\"type\":\"list\",\"data\":[],\"total_count\":0,\"pages\":{\"type\":\"pages\",\"page\":1,\"per_page\":25,\"total_pages\":0}}"));
        Page<Call> first = calls.list().firstPage();
        assertTrue(first.items().isEmpty());
        assertFalse(first.hasNext());
        assertEquals(0, first.meta().get("total_count"));
        assertRequest(t.server.takeRequest(), "GET", "/calls", null);
    }

    @Test
    void pageSizeIsCheckedBeforeSending() {
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> calls.list(26));
        assertTrue(tooBig.getMessage().contains("perPage"), tooBig.getMessage());
        assertTrue(tooBig.getMessage().contains("25"), tooBig.getMessage());
        assertThrows(IllegalArgumentException.class, () -> calls.list(0));
        assertEquals(0, t.server.requestCount(), "nothing was sent");
        t.server.route("GET", "/calls", r -> FakeResponse.json(callsPage(1, 1, "1")));
        assertEquals(1, calls.list(25).firstPage().items().size(), "25 is allowed");
        assertEquals("/calls?per_page=25", t.server.takeRequest().target());
    }

    @Test
    void getsACallWithEveryField() {
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(fixture("call.json")));
        Call call = calls.get("7001");
        assertRequest(t.server.takeRequest(), "GET", "/calls/7001", null);
        assertEquals("7001", call.id());
        assertEquals("100001", call.conversationId());
        assertEquals("completed", call.state());
        assertEquals(Instant.ofEpochSecond(1767227405), call.answeredAt());
        assertEquals("phone", call.callType());
        assertEquals("inbound", call.direction());
        assertEquals("+15550000001", call.phone());
        assertEquals("https://api.intercom.io/calls/7002/transcript", call.finTranscriptionUrl());
    }

    @Test
    void pathParametersAreEncodedAndBlankIdsRefused() {
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(TestJson.object("type", "call", "id", r.pathParam("id"))));
        assertEquals("a/b c", calls.get("a/b c").id());
        assertEquals("/calls/a%2Fb%20c", t.server.takeRequest().target());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calls.get(" "));
        assertTrue(e.getMessage().contains("callId"), e.getMessage());
        assertEquals(1, t.server.requestCount(), "the blank id was refused before sending");
    }

    @Test
    void getAsyncCompletesWithTheCallOrTheTypedError() throws Exception {
        t.server.route("GET", "/calls/{id}", r -> "7001".equals(r.pathParam("id")) ? FakeResponse.json(fixture("call.json"))
                : FakeResponse.json(404, notFound("Not Found")));
        assertEquals("7001", calls.getAsync("7001").get(5, TimeUnit.SECONDS).id());
        CompletionException e = assertThrows(CompletionException.class, () -> calls.getAsync("9").join());
        assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
        assertTrue(calls.getAsync("").isCompletedExceptionally());
    }

    static String notFound(String message) {
        return "{\"type\":\"error.list\",\"request_id\":\"9bc4fc62-7cdf-4f72-a56e-02af4836d499\",\"errors\":[{\"code\":\"not_found\","
                + "\"message\":\"" + message + "\"}]}";
    }

    @Test
    void intercomErrorBodiesBecomeTypedExceptionsWithDetailsAndRequestId() {
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(404, notFound("Not Found")));
        NotFoundException e = assertThrows(NotFoundException.class, () -> calls.get("404"));
        assertEquals(404, e.status());
        assertEquals("9bc4fc62-7cdf-4f72-a56e-02af4836d499", e.requestId().orElseThrow());
        assertEquals(List.of(new ErrorDetail("not_found", "Not Found", null)), e.details());
        assertEquals("HTTP 404 Not Found on GET /calls/404: Not Found (request id 9bc4fc62-7cdf-4f72-a56e-02af4836d499)",
                e.getMessage());
        assertEquals(1, e.attempts(), "a 404 is not retried");

        t.server.route("GET", "/calls", r -> FakeResponse.json(401, "{\"type\":\"error.list\",\"request_id\":\"e097e446\","
                + "\"errors\":[{\"code\":\"unauthorized\",\"message\":\"Access Token Invalid\"}]}"));
        AuthenticationException auth = assertThrows(AuthenticationException.class, () -> calls.list().firstPage());
        assertEquals("unauthorized", auth.details().get(0).code());
        assertFalse(auth.getMessage().contains(IntercomTestSupport.TOKEN));
    }

    @Test
    void recordingUrlIsTheLocationOfTheRedirectWhichIsNeverFollowed() {
        try (FakeServer storage = FakeServer.start()) {
            storage.route("*", "/{any}", r -> FakeResponse.bytes(200, "audio/mpeg", new byte[] {1, 2, 3}));
            String signed = storage.url("/rec-7001.mp3?X-Amz-Signature=abc123&X-Amz-Expires=300");
            t.server.route("GET", "/calls/{id}/recording", r -> FakeResponse.redirect(302, signed));
            URI url = calls.recordingUrl("7001");
            assertEquals(URI.create(signed), url);
            assertRequest(t.server.takeRequest(), "GET", "/calls/7001/recording", null);
            assertEquals(0, storage.requestCount(), "the recording host got no request, so no token either");
        }
    }

    @Test
    void sameHostRedirectIsNotFollowedEither() {
        // IC-25: OkHttp forwards the token on a same-host redirect; this client never follows it.
        t.server.route("GET", "/calls/{id}/recording", r -> FakeResponse.redirect(302, "/signed/rec.mp3?sig=1"));
        t.server.route("GET", "/signed/rec.mp3", r -> FakeResponse.bytes(200, "audio/mpeg", new byte[] {1}));
        assertEquals(URI.create(t.server.url("/signed/rec.mp3?sig=1")), calls.recordingUrl("1"), "relative Location resolved");
        assertEquals(1, t.server.requestCount());
    }

    @Test
    void missingRecordingIsNotFound() {
        t.server.route("GET", "/calls/{id}/recording", r -> FakeResponse.json(404, notFound("Recording Not Found")));
        NotFoundException e = assertThrows(NotFoundException.class, () -> calls.recordingUrl("7004"));
        assertEquals("Recording Not Found", e.serverMessage().orElseThrow());
    }

    @Test
    void anAnswerThatIsNotARedirectIsADecodeException() {
        t.server.route("GET", "/calls/{id}/recording", r -> FakeResponse.bytes(200, "audio/mpeg", new byte[] {1}));
        DecodeException e = assertThrows(DecodeException.class, () -> calls.recordingUrl("1"));
        assertTrue(e.getMessage().contains("got HTTP 200"), e.getMessage());
        t.server.faults().next("GET", "/calls/{id}/recording", FakeResponse.status(302));
        DecodeException noLocation = assertThrows(DecodeException.class, () -> calls.recordingUrl("2"));
        assertTrue(noLocation.getMessage().contains("no Location"), noLocation.getMessage());
    }

    @Test
    void recordingUrlAsyncAnswersAsTheBlockingFormWithoutFollowing() throws Exception {
        try (FakeServer storage = FakeServer.start()) {
            String signed = storage.url("/rec-7001.mp3?X-Amz-Signature=abc123");
            t.server.route("GET", "/calls/{id}/recording", r -> FakeResponse.redirect(302, signed));
            assertEquals(URI.create(signed), calls.recordingUrlAsync("7001").get(5, java.util.concurrent.TimeUnit.SECONDS));
            assertRequest(t.server.takeRequest(), "GET", "/calls/7001/recording", null);
            assertEquals(0, storage.requestCount(), "the recording host got no request");
        }
        t.server.faults().next("GET", "/calls/{id}/recording", FakeResponse.status(302));
        java.util.concurrent.ExecutionException noLocation = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> calls.recordingUrlAsync("2").get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(noLocation.getCause() instanceof DecodeException, String.valueOf(noLocation.getCause()));
        assertTrue(noLocation.getCause().getMessage().contains("no Location"), noLocation.getCause().getMessage());
        t.server.faults().next("GET", "/calls/{id}/recording", FakeResponse.json(404, notFound("Recording Not Found")));
        java.util.concurrent.ExecutionException missing = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> calls.recordingUrlAsync("7004").get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(missing.getCause() instanceof NotFoundException, String.valueOf(missing.getCause()));
        int before = t.server.requestCount();
        java.util.concurrent.ExecutionException blank = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> calls.recordingUrlAsync(" ").get(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(blank.getCause() instanceof IllegalArgumentException, String.valueOf(blank.getCause()));
        assertEquals(before, t.server.requestCount(), "an invalid id sends nothing");
    }

    @Test
    void transcriptAsPlainText() {
        String text = fixture("transcript.txt");
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.text(200, "text/plain; charset=utf-8", text)
                .withHeader("Content-Disposition", "attachment; filename=transcription_data-2025-07-17.txt"));
        CallTranscript transcript = calls.transcript("7001");
        FakeRequest sent = t.server.takeRequest();
        assertRequest(sent, "GET", "/calls/7001/transcript", null);
        assertEquals("text/plain, application/json", sent.header("Accept"));
        assertEquals(CallTranscript.Format.TEXT, transcript.format());
        assertEquals(text, transcript.text().orElseThrow());
        assertTrue(transcript.text().orElseThrow().startsWith("[00:00:03] Teammate 1:"), "a text starting with [ stays text");
        assertEquals("transcription_data-2025-07-17.txt", transcript.fileName().orElseThrow());
        assertFalse(transcript.isEmpty());
        assertFalse(transcript.toString().contains("Teammate"), "toString never shows the content");
    }

    @Test
    void transcriptOfEmptyObjectMeansNone() {
        // The 2.14 changelog: the endpoint "returns [{}] if none exists".
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.json("[{}]"));
        CallTranscript none = calls.transcript("7003");
        assertEquals(CallTranscript.Format.JSON, none.format());
        assertTrue(none.isEmpty());
        assertTrue(none.text().isEmpty());
        assertTrue(none.entries().isEmpty());
    }

    @Test
    void transcriptOfEmptyObjectSentAsPlainTextMeansNone() {
        // The spec documents the endpoint as text/plain; the changelog's "no transcript" answer is [{}].
        t.server.faults().next("GET", "/calls/{id}/transcript",
                FakeResponse.text(200, "text/plain; charset=utf-8", "[{}]"),
                FakeResponse.text(200, "text/plain", " [ {} ]\n"),
                FakeResponse.text(200, "text/plain", "[]"),
                FakeResponse.text(200, "text/plain", "[{\"text\":\"hi\"}]"));
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.text(200, "text/plain", "[{} not json"));
        for (int i = 0; i < 3; i++) {
            CallTranscript none = calls.transcript("7003");
            assertTrue(none.isEmpty(), "answer " + i);
            assertTrue(none.text().isEmpty());
            assertEquals(CallTranscript.Format.JSON, none.format());
        }
        assertEquals("hi", calls.transcript("7003").entries().get(0).get("text"));
        CallTranscript text = calls.transcript("7003");
        assertEquals(CallTranscript.Format.TEXT, text.format());
        assertEquals("[{} not json", text.text().orElseThrow());
    }

    @Test
    void transcriptAsJsonArrayWithContent() {
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.json(
                "[{\"timestamp\":\"00:00:03\",\"speaker\":\"User\",\"text\":\"hi\",\"confidence\":0.98},{}]"));
        CallTranscript t1 = calls.transcript("1");
        assertFalse(t1.isEmpty());
        assertEquals(1, t1.entries().size());
        assertEquals("User", t1.entries().get(0).get("speaker"));
        assertEquals(new java.math.BigDecimal("0.98"), t1.entries().get(0).get("confidence"));
    }

    @Test
    void transcriptJsonWithoutJsonContentTypeAndOtherShapes() {
        t.server.faults().next("GET", "/calls/{id}/transcript",
                FakeResponse.bytes(200, "application/octet-stream", "[{\"text\":\"hi\"}]".getBytes()),
                FakeResponse.text(200, "text/plain", ""),
                FakeResponse.json("{\"transcript\":\"no\"}"),
                FakeResponse.json("[1,2]"));
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.json("[]"));
        assertEquals("hi", calls.transcript("1").entries().get(0).get("text"));
        assertTrue(calls.transcript("1").isEmpty(), "a blank text is no transcript");
        assertThrows(DecodeException.class, () -> calls.transcript("1"));
        assertThrows(DecodeException.class, () -> calls.transcript("1"));
        assertTrue(calls.transcript("1").isEmpty());
    }

    @Test
    void transcriptOfUnknownCallIsNotFound() {
        t.server.route("GET", "/calls/{id}/transcript", r -> FakeResponse.json(404, notFound("Not Found")));
        assertThrows(NotFoundException.class, () -> calls.transcript("nope"));
    }

    @Test
    void searchSendsTheConversationIdsAndReturnsCallsWithTranscripts() {
        t.server.route("POST", "/calls/search", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[{\"type\":\"call\","
                + "\"id\":\"123\",\"conversation_id\":\"64619700005694\",\"transcript\":[{}],\"transcript_status\":\"completed\"},"
                + "{\"type\":\"call\",\"id\":\"124\",\"conversation_id\":\"64619700005695\",\"transcript\":[{\"text\":\"hi\"}],"
                + "\"transcript_status\":null}]}"));
        List<Call> found = calls.search(List.of("64619700005694", "64619700005695"));
        assertRequest(t.server.takeRequest(), "POST", "/calls/search",
                "{\"conversation_ids\":[\"64619700005694\",\"64619700005695\"]}");
        assertEquals(2, found.size());
        assertEquals(List.of("123", "124"), found.stream().map(Call::id).toList());
        assertFalse(found.get(0).hasTranscript());
        assertEquals("completed", found.get(0).transcriptStatus());
        assertTrue(found.get(1).hasTranscript());
    }

    @Test
    void aSearchedCallWithAMistypedFieldDoesNotFailTheOthers() {
        t.server.route("POST", "/calls/search", r -> FakeResponse.json("{\"type\":\"list\",\"data\":["
                + "{\"type\":\"call\",\"id\":\"1\",\"initiated_at\":true,\"transcript\":\"none\"},"
                + "{\"type\":\"call\",\"id\":\"2\",\"initiated_at\":\"2026-01-01T09:00:00Z\",\"transcript\":[]}]}"));
        List<Call> found = calls.search(List.of("1", "2"));
        assertEquals(List.of("1", "2"), found.stream().map(Call::id).toList());
        DecodeException e = assertThrows(DecodeException.class, () -> found.get(0).initiatedAt());
        assertTrue(e.getMessage().contains("path $.data[0].initiated_at"), e.getMessage());
        assertThrows(DecodeException.class, () -> found.get(0).hasTranscript());
        assertEquals(Instant.parse("2026-01-01T09:00:00Z"), found.get(1).initiatedAt());
        assertFalse(found.get(1).hasTranscript());
        assertEquals("{\"type\":\"call\",\"id\":\"1\",\"initiated_at\":true,\"transcript\":\"none\"}",
                Json.write(found.get(0)));
    }

    @Test
    void aListedCallWithAMistypedFieldDoesNotFailItsPage() {
        t.server.route("GET", "/calls", r -> FakeResponse.json("{\"type\":\"list\",\"data\":["
                + "{\"type\":\"call\",\"id\":\"1\",\"ended_at\":{\"seconds\":1}},{\"type\":\"call\",\"id\":\"2\"}],"
                + "\"pages\":{\"type\":\"pages\",\"page\":1,\"total_pages\":1}}"));
        List<Call> listed = calls.list().stream().toList();
        assertEquals(List.of("1", "2"), listed.stream().map(Call::id).toList());
        assertThrows(DecodeException.class, () -> listed.get(0).endedAt());
    }

    @Test
    void searchIsRetriedLikeARead() {
        t.server.faults().statusSequence("POST", "/calls/search", 503);
        t.server.route("POST", "/calls/search", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        assertTrue(calls.search(List.of("1")).isEmpty());
        assertEquals(2, t.server.requestCount());
        assertEquals(1, t.sleeper.sleeps().size(), "one backoff, on the manual clock");
    }

    @Test
    void searchIdsAreCheckedBeforeSending() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> calls.search(List.of())).getMessage()
                .contains("conversationIds"));
        List<String> tooMany = Collections.nCopies(21, "1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> calls.search(tooMany));
        assertTrue(e.getMessage().contains("1 to 20"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> calls.search(java.util.Arrays.asList("1", " ")));
        assertThrows(NullPointerException.class, () -> calls.search(null));
        assertEquals(0, t.server.requestCount());
        t.server.route("POST", "/calls/search", r -> FakeResponse.json("{\"type\":\"list\",\"data\":[]}"));
        assertTrue(calls.search(Collections.nCopies(20, "1")).isEmpty(), "20 ids are allowed");
    }

    @Test
    void searchLimitErrorFromIntercomIsAValidationException() {
        t.server.route("POST", "/calls/search", r -> FakeResponse.json(400, "{\"type\":\"error.list\",\"errors\":["
                + "{\"code\":\"conversation_id_limit_exceeded\",\"message\":\"A list of up to 20 conversation IDs is required\"}]}"));
        ValidationException e = assertThrows(ValidationException.class, () -> calls.search(List.of("1")));
        assertEquals("conversation_id_limit_exceeded", e.details().get(0).code());
        assertEquals(1, e.attempts());
    }

    @Test
    void versionCanBeOverriddenPerRequest() {
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(fixture("call.json")));
        calls.withOptions(IntercomConnection.version("2.13")).get("7001");
        calls.get("7001");
        assertEquals("2.13", t.server.takeRequest().header("Intercom-Version"));
        assertEquals("2.14", t.server.takeRequest().header("Intercom-Version"));
    }

    @Test
    void rateLimitHeadersAreAvailableAfterACall() {
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(fixture("call.json"))
                .withHeader("X-RateLimit-Limit", "167").withHeader("X-RateLimit-Remaining", "42").withRateLimitReset(1777636810));
        calls.get("7001");
        assertEquals(42, t.connection.rateLimit().remaining().getAsLong());
        assertEquals(Instant.ofEpochSecond(1777636810), t.connection.rateLimit().reset().orElseThrow());
    }

    @Test
    void a429WaitsUntilXRateLimitReset() {
        t.server.faults().next("GET", "/calls/{id}", FakeResponse.json(429, "{\"type\":\"error.list\",\"errors\":[{\"code\":"
                + "\"rate_limit_exceeded\",\"message\":\"Exceeded rate limit of 167 in 10_seconds\"}]}")
                .withRateLimitReset(IntercomTestSupport.NOW.getEpochSecond() + 7));
        t.server.route("GET", "/calls/{id}", r -> FakeResponse.json(fixture("call.json")));
        assertEquals("7001", calls.get("7001").id());
        assertEquals(List.of(Duration.ofSeconds(7)), t.sleeper.sleeps());
        assertEquals(2, t.server.requestCount());
    }
}
