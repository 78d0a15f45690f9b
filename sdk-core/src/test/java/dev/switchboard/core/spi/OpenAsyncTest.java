package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.retry.Scheduler;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Transport#openAsync}: the raw response of {@link Transport#open}, without blocking a thread. */
class OpenAsyncTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Duration> scheduled = new CopyOnWriteArrayList<>();
    private final Scheduler scheduler = (delay, task) -> {
        scheduled.add(delay);
        executor.execute(task);
    };

    @AfterEach
    void close() {
        server.close();
        executor.shutdownNow();
    }

    private Transport transport() {
        return Transport.create(f.config(server).scheduler(scheduler).sleeper(d -> {
            throw new AssertionError("an asynchronous call must never sleep");
        }).build());
    }

    private static ApiRequest file() {
        return ApiRequest.builder(HttpMethod.GET, "/file").build();
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theBodyIsLeftUnreadForTheReceiverToStream() throws Exception {
        byte[] body = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
        server.route("GET", "/file", r -> FakeResponse.bytes(200, "application/octet-stream", body));
        try (Transport t = transport()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = await(Futures.map(t.openAsync(file()), response -> {
                try (response) {
                    assertEquals(200, response.status());
                    assertEquals(Optional.of("application/octet-stream"), response.contentType());
                    return response.transferTo(out);
                }
            }));
            assertEquals(body.length, n);
            assertArrayEquals(body, out.toByteArray());
        }
    }

    @Test
    void aRedirectIsReturnedWithItsLocationNotFollowed() throws Exception {
        server.route("GET", "/file", r -> FakeResponse.redirect(302, "https://files.example.com/x.tgz"));
        try (Transport t = transport(); HttpResponse response = await(t.openAsync(file()))) {
            assertTrue(response.isRedirect());
            assertEquals(302, response.status());
            assertEquals(Optional.of("https://files.example.com/x.tgz"), response.location());
        }
        assertEquals(1, server.requestCount());
    }

    @Test
    void retriesAreScheduledUntilAResponseArrives() throws Exception {
        server.route("GET", "/file", r -> FakeResponse.bytes(200, "application/octet-stream", new byte[] {1}));
        server.faults().next("GET", "/file", FakeResponse.json(503, "{}"));
        try (Transport t = transport(); HttpResponse response = await(t.openAsync(file()))) {
            assertEquals(200, response.status());
            assertEquals(2, response.attempts());
        }
        assertEquals(List.of(Duration.ofMillis(500)), scheduled);
    }

    @Test
    void anErrorStatusIsItsTypedException() {
        try (Transport t = transport()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> await(t.openAsync(file())));
            assertInstanceOf(NotFoundException.class, e.getCause());
        }
    }

    @Test
    void anInvalidRequestFailsTheFutureNotTheCaller() {
        try (Transport t = transport()) {
            CompletableFuture<HttpResponse> opened = t.openAsync(ApiRequest.absolute(HttpMethod.GET, "http://[bad").build());
            assertTrue(opened.isCompletedExceptionally());
        }
    }
}
