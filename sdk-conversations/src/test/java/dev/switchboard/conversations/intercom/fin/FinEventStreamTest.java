package dev.switchboard.conversations.intercom.fin;

import dev.switchboard.conversations.intercom.IntercomBuilder;
import dev.switchboard.conversations.intercom.IntercomConnection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.DecodeException;
import dev.switchboard.core.TransportException;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.intercom.FakeFin;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FinEventStreamTest {
    private final FakeFin fake = FakeFin.builder().csat(true).start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FinAgentClient fin = new IntercomBuilder<>(FinAgentClient::new).accessToken(fake.token()).baseUrl(fake.baseUrl()).build();

    @AfterEach
    void close() {
        fin.connection().close();
        fake.close();
    }

    private FinConversation start(String text) {
        return fin.start(FinStartRequest.builder("ext-1", FinMessage.user(text, Instant.parse("2026-05-01T12:00:00Z")),
                FinUser.builder("u-1").attribute("plan_type", "Pro").attribute("shoe_size", 42).build()).build());
    }

    private static String names(List<FinEvent> events) {
        return events.stream().map(e -> e.eventName() + (e instanceof FinReplyChunk c ? "#" + c.chunkIndex() : ""))
                .collect(Collectors.joining(","));
    }

    private FinStreamOptions.Builder opts() {
        return FinStreamOptions.builder().sleeper(sleeper::sleep);
    }

    @Test
    void aTurnYieldsChunksThenTheFinalReplyAndEnds() {
        FinConversation turn = start("How do I see my account?");
        assertEquals(java.util.Map.of("shoe_size", "User attribute 'shoe_size' does not exist"), turn.errors().userAttributes());
        FinEventStream events = fin.events(turn, opts().build());
        List<FinEvent> all = new ArrayList<>();
        events.forEach(all::add);
        assertEquals("fin_reply_chunk#0,fin_reply_chunk#1,fin_replied", names(all));
        FinReplied replied = (FinReplied) all.get(2);
        assertEquals(((FinReplyChunk) all.get(1)).streamId(), replied.streamId());
        assertEquals("<p>Open the Account tab.</p>", replied.message().body());
        assertEquals(FinAuthor.FIN, replied.message().author());
        assertEquals(FinStatus.AWAITING_USER_REPLY, replied.status());
        assertEquals(FinStreamEnd.FINISHED, events.end());
        FakeRequest sse = fake.server().requests().get(1);
        assertNull(sse.header("Authorization"), "no Intercom token goes to the stream host");
        assertEquals("text/event-stream", sse.header("Accept"));
        assertFalse(events.toString().contains("accessToken"), events.toString());
    }

    @Test
    void aDropMidReplyReconnectsAndReplaysNothing() {
        FinConversation turn = start("How do I see my account?");
        fake.dropStreamMidReply(1);
        List<FinEvent> all = fin.events(turn, opts().build()).stream().collect(Collectors.toList());
        assertEquals("fin_reply_chunk#0,fin_reply_chunk#1,fin_replied", names(all));
        assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps());
        assertEquals(3, fake.server().requestCount());
    }

    @Test
    void aRevokedTokenEndsTheStream() {
        FinConversation turn = start("How do I see my account?");
        fin.events(turn, opts().build()).forEach(e -> { });
        FinEventStream again = fin.events(turn, opts().build());
        assertFalse(again.iterator().hasNext());
        assertEquals(FinStreamEnd.REVOKED, again.end());
    }

    @Test
    void escalationThenCompleteAndCsatHeldOpen() {
        FinConversation turn = start("I want a human");
        List<FinEvent> all = fin.events(turn, opts().build()).stream().collect(Collectors.toList());
        assertEquals("fin_status_updated,fin_status_updated", names(all));
        assertEquals("Escalation requested by user", ((FinStatusUpdated) all.get(0)).reason());
        assertEquals(FinStatus.COMPLETE, ((FinStatusUpdated) all.get(1)).status());

        FinConversation thanks = fin.reply(FinReplyRequest.builder("ext-1", FinMessage.user("thanks!", Instant.parse(
                "2026-05-01T12:01:00Z")), FinUser.of("u-1")).build());
        FinEventStream s = fin.events(thanks, opts().expectCsat(true).build());
        List<FinEvent> csat = s.stream().collect(Collectors.toList());
        assertEquals("fin_status_updated,fin_status_updated,csat_requested", names(csat));
        FinCsatRequested req = (FinCsatRequested) csat.get(2);
        assertEquals(CsatRating.GOOD, req.options().get(0).key());
        assertEquals("Great", req.options().get(0).label());
        assertEquals("rated", fin.csat(FinCsatRequest.of("ext-1", req.options().get(1).key())).status());
        assertEquals("rated", fin.csat(FinCsatRequest.of("ext-1", CsatRating.AMAZING)).status(), "same rating: a no-op");
        assertEquals("amazing", fake.rating("ext-1"));
    }

    @Test
    void completeWithoutCsatExpectedEndsAtComplete() {
        start("hello");
        FinConversation thanks = fin.reply(FinReplyRequest.builder("ext-1", FinMessage.user("thanks", Instant.parse(
                "2026-05-01T12:01:00Z")), FinUser.of("u-1")).build());
        List<FinEvent> events = fin.events(thanks, opts().build()).stream().collect(Collectors.toList());
        assertEquals("fin_status_updated,fin_status_updated", names(events));
    }

    /** A stream server of our own for the edge cases. */
    private static FinEventStream stream(FakeServer server, FinAgentClient client, FinStreamOptions options) {
        return client.events(URI.create(server.url("/sse?accessToken=secret-jwt")), options);
    }

    @Test
    void lateAndStaleChunksNeverOverwriteTheFinalAnswerAndUnknownEventsAreKept() {
        try (FakeServer server = FakeServer.start()) {
            String body = "data: {\"event_name\":\"fin_reply_chunk\",\"stream_id\":\"s\",\"chunk_index\":1,\"chunk_text\":\"ab\"}\n\n"
                    + "data: {\"event_name\":\"fin_reply_chunk\",\"stream_id\":\"s\",\"chunk_index\":0,\"chunk_text\":\"a\"}\n\n"
                    + "data: {\"event_name\":\"fin_typing\",\"conversation_id\":\"c\"}\n\n"
                    + "event: fin_status_updated\ndata: {\"status\":\"resolved\"}\n\n"
                    + "data: {\"event_name\":\"fin_replied\",\"stream_id\":\"s\",\"message\":{\"body\":\"<p>ab</p>\"}}\n\n"
                    + "data: {\"event_name\":\"fin_reply_chunk\",\"stream_id\":\"s\",\"chunk_index\":2,\"chunk_text\":\"abc\"}\n\n";
            server.route("GET", "/sse", r -> FakeResponse.text(200, "text/event-stream", body));
            List<FinEvent> all = stream(server, fin, opts().build()).stream().collect(Collectors.toList());
            assertEquals("fin_reply_chunk#1,fin_typing,null,fin_replied", names(all));
            assertInstanceOf(UnknownFinEvent.class, all.get(1));
            assertEquals("c", all.get(1).conversationId());
            assertInstanceOf(FinStatusUpdated.class, all.get(2), "typed by the SSE event field");
        }
    }

    @Test
    void aMalformedEventFailsWithADecodeExceptionThatQuotesNothing() {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/sse", r -> FakeResponse.text(200, "text/event-stream", "data: {\"secret\":\n\n"));
            Iterator<FinEvent> it = stream(server, fin, opts().build()).iterator();
            DecodeException e = assertThrows(DecodeException.class, it::hasNext);
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void repeatedDropsFailAfterTheReconnectBudgetWithBackoff() {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/sse", r -> FakeResponse.text(200, "text/event-stream", ": nothing\n\n"));
            FinEventStream s = stream(server, fin, opts().maxReconnects(2).build());
            TransportException e = assertThrows(TransportException.class, () -> s.iterator().hasNext());
            assertFalse(e.getMessage().contains("secret-jwt"), e.getMessage());
            assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.sleeps());
            assertEquals(3, server.requestCount());
            assertEquals(FinStreamEnd.FAILED, s.end());
        }
    }

    @Test
    void deadlineFiredByTheSchedulerEndsAHangingStream() throws Exception {
        try (FakeServer server = FakeServer.start()) {
            CountDownLatch served = new CountDownLatch(1);
            server.route("GET", "/sse", r -> {
                served.countDown();
                return FakeResponse.slowBody(200, "text/event-stream", ": ".repeat(10_000) + "\n\n", 1, Duration.ofMillis(50));
            });
            AtomicReference<Runnable> deadline = new AtomicReference<>();
            FinEventStream s = stream(server, fin, opts().scheduler((d, task) -> deadline.set(task)).build());
            CountDownLatch ended = new CountDownLatch(1);
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            s.listen(new FinEventListener() {
                @Override
                public void onEvent(FinEvent event) {
                }

                @Override
                public void onEnd(FinStreamEnd end, RuntimeException f) {
                    failure.set(f);
                    ended.countDown();
                }
            });
            assertTrue(served.await(5, TimeUnit.SECONDS));
            deadline.get().run();
            assertTrue(ended.await(5, TimeUnit.SECONDS));
            assertEquals(FinStreamEnd.DEADLINE, s.end());
            assertTrue(((TransportException) failure.get()).timedOut());
        }
    }

    @Test
    void cancelEndsTheIteratorQuietly() throws Exception {
        try (FakeServer server = FakeServer.start()) {
            CountDownLatch served = new CountDownLatch(1);
            server.route("GET", "/sse", r -> {
                served.countDown();
                return FakeResponse.slowBody(200, "text/event-stream", ": ".repeat(10_000) + "\n\n", 1, Duration.ofMillis(50));
            });
            FinEventStream s = stream(server, fin, opts().build());
            Iterator<FinEvent> it = s.iterator();
            assertTrue(served.await(5, TimeUnit.SECONDS));
            s.cancel();
            assertFalse(it.hasNext());
            assertEquals(FinStreamEnd.CANCELLED, s.end());
        }
    }

    @Test
    void reconnectsAfterA503AndSendsLastEventId() {
        try (FakeServer server = FakeServer.start()) {
            server.faults().next(FakeResponse.status(503));
            server.faults().next(FakeResponse.disconnectDuringBody(200, "text/event-stream",
                    "id: 7\ndata: {\"event_name\":\"fin_status_updated\",\"status\":\"escalated\"}\n\n" + ": pad ".repeat(50)));
            server.route("GET", "/sse", r -> FakeResponse.text(200, "text/event-stream",
                    "id: 8\ndata: {\"event_name\":\"fin_status_updated\",\"status\":\"complete\"}\n\n"));
            List<FinEvent> all = stream(server, fin, opts().build()).stream().collect(Collectors.toList());
            assertEquals("fin_status_updated,fin_status_updated", names(all));
            List<FakeRequest> sent = server.requests();
            assertEquals(3, sent.size());
            assertNull(sent.get(0).header("Last-Event-ID"));
            assertNull(sent.get(1).header("Last-Event-ID"));
            assertEquals("7", sent.get(2).header("Last-Event-ID"));
            assertEquals("/sse?accessToken=secret-jwt", sent.get(2).target());
            assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), sleeper.sleeps());
        }
    }

    @Test
    void anUnexpectedStatusOrContentTypeFails() {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/sse", r -> FakeResponse.json(404, "{\"error\":\"no\"}"));
            FinEventStream s = stream(server, fin, opts().build());
            RuntimeException e = assertThrows(RuntimeException.class, () -> s.iterator().hasNext());
            assertEquals("the Fin event stream at " + server.url("/sse") + " answered HTTP 404", e.getMessage());
            assertEquals(FinStreamEnd.FAILED, s.end());
        }
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/sse", r -> FakeResponse.json(200, "{\"event_name\":\"fin_replied\"}"));
            FinEventStream s = stream(server, fin, opts().build());
            assertThrows(DecodeException.class, () -> s.iterator().hasNext());
        }
    }

    @Test
    void aListenerThatThrowsEndsTheStream() throws Exception {
        FinConversation turn = start("How do I see my account?");
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<FinStreamEnd> end = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<FinEvent> seen = new ArrayList<>();
        fin.events(turn, opts().build()).listen(new FinEventListener() {
            @Override
            public void onEvent(FinEvent event) {
                seen.add(event);
                throw new IllegalStateException("boom");
            }

            @Override
            public void onEnd(FinStreamEnd why, RuntimeException f) {
                end.set(why);
                failure.set(f);
                ended.countDown();
            }
        });
        assertTrue(ended.await(5, TimeUnit.SECONDS));
        assertEquals(1, seen.size());
        assertEquals(FinStreamEnd.FAILED, end.get());
        assertEquals("boom", failure.get().getMessage());
    }

    @Test
    void cancelCutsAReconnectWaitShort() throws Exception {
        try (FakeServer server = FakeServer.start()) {
            server.route("GET", "/sse", r -> FakeResponse.text(200, "text/event-stream", ": bye\n\n"));
            CountDownLatch waiting = new CountDownLatch(1);
            FinEventStream s = stream(server, fin, FinStreamOptions.builder().sleeper(d -> {
                waiting.countDown();
                Thread.sleep(60_000); // only ever interrupted
            }).build());
            Iterator<FinEvent> it = s.iterator();
            assertTrue(waiting.await(5, TimeUnit.SECONDS));
            long before = System.nanoTime();
            s.cancel();
            assertFalse(it.hasNext());
            assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(5));
            assertEquals(FinStreamEnd.CANCELLED, s.end());
        }
    }

    @Test
    void theStreamSkipsTheCallersInterceptorsSoNoneSeesTheToken() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().url().toString());
                    return chain.proceed(chain.request());
                }).build();
        try (IntercomConnection connection = IntercomConnection.builder().accessToken(fake.token()).baseUrl(fake.baseUrl())
                .okHttpClient(mine).build()) {
            FinAgentClient client = new FinAgentClient(connection);
            FinConversation turn = client.start(FinStartRequest.builder("ext-9", FinMessage.user("hi", Instant.EPOCH),
                    FinUser.of("u")).build());
            assertEquals(3, client.events(turn, opts().build()).stream().count());
        }
        assertEquals(1, seen.size(), seen.toString());
        assertTrue(seen.get(0).endsWith("/fin/start"));
    }

    @Test
    void aStreamIsUsedOnce() {
        FinEventStream s = fin.events(URI.create("https://rt.example/x?accessToken=t"), opts().build());
        s.cancel();
        assertEquals(FinStreamEnd.CANCELLED, s.end());
        assertThrows(IllegalStateException.class, s::iterator);
    }
}
