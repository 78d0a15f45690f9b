package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.TransportException;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interrupting a thread blocked in a call stops the call within milliseconds and keeps the interrupt flag. */
class InterruptTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    private RuntimeException interruptWhileWaiting(ApiRequest request) throws Exception {
        CompletableFuture<RuntimeException> failure = new CompletableFuture<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        try (Transport t = Transport.create(f.config(server).timeouts(Timeouts.builder().read(Duration.ofSeconds(30)).build()).build())) {
            Thread caller = new Thread(() -> {
                try {
                    t.execute(request, JsonNode.class);
                    failure.complete(null);
                } catch (RuntimeException e) {
                    flagKept.set(Thread.currentThread().isInterrupted());
                    failure.complete(e);
                }
            });
            caller.start();
            server.takeRequest(Duration.ofSeconds(5));
            Thread.sleep(50); // the caller is now blocked reading the response
            long interruptedAt = System.nanoTime();
            caller.interrupt();
            RuntimeException e = failure.get(5, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - interruptedAt) / 1_000_000;
            assertTrue(millis < 1000, "the call stopped " + millis + " ms after the interrupt");
            assertTrue(flagKept.get(), "the interrupt flag is kept");
            return e;
        }
    }

    @Test
    void interruptingACallWaitingForTheResponseStopsIt() throws Exception {
        server.route("GET", "/slow", r -> FakeResponse.json("{}").withHeadersDelay(Duration.ofSeconds(20)));
        TransportException e = assertInstanceOf(TransportException.class,
                interruptWhileWaiting(ApiRequest.builder(HttpMethod.GET, "/slow").build()));
        assertTrue(e.getMessage().contains("was interrupted"), e.getMessage());
        assertFalse(e.timedOut(), "an interrupt is not a timeout");
        assertEquals(1, server.requestCount(), "an interrupted call is not retried");
    }

    @Test
    void interruptingACallWaitingForTheBodyStopsIt() throws Exception {
        server.route("GET", "/stall", r -> FakeResponse.slowBody(200, "application/json", "{\"a\":1,\"b\":2}", 2, Duration.ofSeconds(10)));
        TransportException e = assertInstanceOf(TransportException.class,
                interruptWhileWaiting(ApiRequest.builder(HttpMethod.GET, "/stall").build()));
        assertTrue(e.getMessage().contains("was interrupted"), e.getMessage());
    }
}
