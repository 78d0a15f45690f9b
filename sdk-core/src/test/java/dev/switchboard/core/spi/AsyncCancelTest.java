package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancelling the future of any asynchronous method cancels its HTTP call. */
class AsyncCancelTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();
    private final CountDownLatch canceled = new CountDownLatch(1);
    private final OkHttpClient watched = new OkHttpClient.Builder().eventListener(new EventListener() {
        @Override
        public void canceled(Call call) {
            canceled.countDown();
        }
    }).build();

    @AfterEach
    void close() {
        server.close();
        watched.dispatcher().executorService().shutdown();
    }

    private void cancelWhileInFlight(Function<Transport, CompletableFuture<?>> start) throws Exception {
        server.route("GET", "/slow", r -> FakeResponse.json("{\"data\":[]}").withHeadersDelay(Duration.ofSeconds(20)));
        try (Transport t = Transport.create(f.config(server).okHttpClient(watched).build())) {
            CompletableFuture<?> future = start.apply(t);
            server.takeRequest(Duration.ofSeconds(5));
            assertTrue(future.cancel(true));
            assertTrue(canceled.await(2, TimeUnit.SECONDS), "the HTTP call was not cancelled");
            assertThrows(CancellationException.class, future::join);
        }
    }

    private static ApiRequest slow() {
        return ApiRequest.builder(HttpMethod.GET, "/slow").build();
    }

    @Test
    void executeAsync() throws Exception {
        cancelWhileInFlight(t -> t.executeAsync(slow(), JsonNode.class));
    }

    @Test
    void sendAsync() throws Exception {
        cancelWhileInFlight(t -> t.sendAsync(slow(), ResponseDecoder.json(JsonNode.class)));
    }

    @Test
    void openAsync() throws Exception {
        cancelWhileInFlight(t -> t.openAsync(slow()));
    }

    @Test
    void firstPageAsync() throws Exception {
        cancelWhileInFlight(t -> Paginator.of(t, slow(), PageStyle.odataNextLink(), JsonNode.class).firstPageAsync());
    }

    @Test
    void forEachAsync() throws Exception {
        cancelWhileInFlight(t -> Paginator.of(t, slow(), PageStyle.odataNextLink(), JsonNode.class).forEachAsync(x -> { }));
    }

    @Test
    void aMappedResultIsStillCompletedNormally() {
        server.route("GET", "/fast", r -> FakeResponse.json("{\"a\":1}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            assertEquals(1, t.executeAsync(ApiRequest.builder(HttpMethod.GET, "/fast").build(), JsonNode.class).join()
                    .get("a").asInt());
        }
    }
}
