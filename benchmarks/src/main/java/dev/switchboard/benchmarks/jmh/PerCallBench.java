package dev.switchboard.benchmarks.jmh;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.IntercomData;
import dev.switchboard.benchmarks.suites.Sdk;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH view of the in-process per-call benchmarks: an OkHttp interceptor answers {@code GET /tickets/{id}} without a
 * socket, so time and {@code -prof gc} allocation per call are the client's own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PerCallBench {
    private static final String BASE = "http://in-process.invalid";
    private OkHttpClient http;
    private Sdk sdk;
    private HandWritten hand;

    /** Builds both clients on one interceptor-backed OkHttp client. */
    @Setup
    public void setUp() {
        byte[] ticket = IntercomData.ticketBytes(0);
        http = new OkHttpClient.Builder().addInterceptor(chain -> new Response.Builder().request(chain.request())
                .protocol(Protocol.HTTP_1_1).code(200).message("OK").header("Content-Type", "application/json")
                .body(ResponseBody.create(ticket, MediaType.get("application/json"))).build()).build();
        sdk = new Sdk(BASE, http);
        hand = new HandWritten(http, "Bearer " + Sdk.TOKEN);
    }

    /** Closes the clients. */
    @TearDown
    public void tearDown() {
        sdk.close();
        http.dispatcher().executorService().shutdown();
    }

    /** @return the ticket's id hash */
    @Benchmark
    public long sdkGetTicket() {
        return sdk.getTicket("642");
    }

    /** @return the ticket's id hash */
    @Benchmark
    public long baselineGetTicket() throws Exception {
        return hand.getTicket(BASE, "642");
    }
}
