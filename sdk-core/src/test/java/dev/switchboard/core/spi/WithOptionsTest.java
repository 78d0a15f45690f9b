package dev.switchboard.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.core.http.ResourceClient;
import dev.switchboard.core.http.Timeouts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.ServerException;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Transport#withOptions}: the view every resource client's {@code withOptions} is built on. */
class WithOptionsTest {
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    private ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/things").build();
    }

    @Test
    void aViewAddsItsHeadersAndLeavesTheTransportItCameFromAlone() {
        server.route("GET", "/things", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).defaultHeader("Intercom-Version", "2.14").build())) {
            Transport view = t.withOptions(RequestOptions.builder().header("Intercom-Version", "2.13").header("X-A", "1").build());
            view.execute(get(), JsonNode.class);
            t.execute(get(), JsonNode.class);
            FakeRequest viaView = server.takeRequest();
            FakeRequest viaBase = server.takeRequest();
            assertEquals("2.13", viaView.header("Intercom-Version"));
            assertEquals("1", viaView.header("X-A"));
            assertEquals("2.14", viaBase.header("Intercom-Version"));
            assertNull(viaBase.header("X-A"));
            assertSame(RequestOptions.none(), t.options());
        }
    }

    @Test
    void aViewOfAViewKeepsBothAndTheLaterWins() {
        server.route("GET", "/things", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            Transport view = t.withOptions(RequestOptions.builder().header("X-A", "1").header("X-B", "1").build())
                    .withOptions(RequestOptions.builder().header("X-B", "2").build());
            view.execute(get(), JsonNode.class);
            FakeRequest sent = server.takeRequest();
            assertEquals("1", sent.header("X-A"));
            assertEquals("2", sent.header("X-B"));
        }
    }

    @Test
    void theCallersRetryBudgetWinsOverTheEndpointsAndTheEndpointsOverTheConfiguration() {
        server.route("GET", "/things", r -> FakeResponse.status(503));
        ApiRequest noRetries = ApiRequest.builder(HttpMethod.GET, "/things").options(RequestOptions.builder().maxRetries(0).build())
                .build();
        try (Transport t = Transport.create(f.config(server).build())) {
            assertThrows(ServerException.class, () -> t.execute(noRetries, JsonNode.class));
            assertEquals(1, server.requestCount(), "the endpoint's maxRetries(0) over the policy's budget");
            server.clearRequests();
            Transport patient = t.withOptions(RequestOptions.builder().maxRetries(2).build());
            assertThrows(ServerException.class, () -> patient.execute(noRetries, JsonNode.class));
            assertEquals(3, server.requestCount(), "the caller's view over the endpoint");
        }
    }

    @Test
    void aViewsTimeoutsApplyToItsCallsOnly() {
        server.route("GET", "/things", r -> FakeResponse.json("{}").withHeadersDelay(Duration.ofMillis(600)));
        try (Transport t = Transport.create(f.config(server).retryPolicy(dev.switchboard.core.retry.RetryPolicy.none()).build())) {
            Transport hasty = t.withOptions(RequestOptions.builder().timeouts(Timeouts.builder().read(Duration.ofMillis(100)).build())
                    .build());
            dev.switchboard.core.TransportException e = assertThrows(dev.switchboard.core.TransportException.class,
                    () -> hasty.execute(get(), JsonNode.class));
            assertTrue(e.timedOut(), e.getMessage());
            assertEquals("{}", t.execute(get(), JsonNode.class).toString(), "the transport keeps its 5 s read timeout");
        }
    }

    @Test
    void closingAViewReleasesNothing() {
        server.route("GET", "/things", r -> FakeResponse.json("{}"));
        try (Transport t = Transport.create(f.config(server).build())) {
            t.withOptions(RequestOptions.builder().maxRetries(1).build()).close();
            assertEquals("{}", t.execute(get(), JsonNode.class).toString());
        }
    }

    @Test
    void anArgumentRejectedWhilePreparingIsAFailedFuture() throws Exception {
        IllegalArgumentException bad = new IllegalArgumentException("id must not be blank");
        CompletableFuture<String> failed = Futures.start(() -> {
            throw bad;
        });
        assertTrue(failed.isCompletedExceptionally());
        ExecutionException e = assertThrows(ExecutionException.class, failed::get);
        assertSame(bad, e.getCause());
        CompletableFuture<String> done = CompletableFuture.completedFuture("x");
        assertSame(done, Futures.start(() -> done));
    }

    @Test
    void resourceClientsBuildTheirOptionsFromABuilder() {
        class Echo implements ResourceClient<Echo> {
            final RequestOptions options;

            Echo(RequestOptions options) {
                this.options = options;
            }

            @Override
            public Echo withOptions(RequestOptions options) {
                return new Echo(options);
            }
        }
        Echo e = new Echo(RequestOptions.none()).withOptions(o -> o.maxRetries(4).header("X-A", "1"));
        assertEquals(4, e.options.maxRetries().getAsInt());
        assertEquals("1", e.options.headers().get("X-A"));
        assertThrows(NullPointerException.class, () -> new Echo(RequestOptions.none()).withOptions(
                (java.util.function.Consumer<RequestOptions.Builder>) null));
    }
}
