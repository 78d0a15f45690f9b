package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.ApiRoutes;
import dev.switchboard.benchmarks.data.IntercomData;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.benchmarks.server.LocalServer;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One small call at a time, {@code GET /tickets/{id}} and a ticket update ({@code PUT}), through the SDK and through
 * raw OkHttp + ObjectMapper: over loopback, and in-process, where an OkHttp interceptor answers without a socket so
 * that only client-side work is left.
 */
public final class PerCallSuite implements Suite {
    @Override
    public String name() {
        return "per-call";
    }

    @Override
    public List<Comparison> run(Interleaved h) throws Exception {
        ApiRoutes routes = new ApiRoutes(1000, 1000, 150);
        byte[] ticket = IntercomData.ticketBytes(0);
        OkHttpClient loopback = new OkHttpClient();
        OkHttpClient inProcess = new OkHttpClient.Builder().addInterceptor(chain -> new Response.Builder()
                .request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                .header("Content-Type", "application/json")
                .body(ResponseBody.create(ticket, MediaType.get("application/json"))).build()).build();
        try (LocalServer server = LocalServer.start(routes); Sdk sdk = new Sdk(server.baseUrl(), null);
                Sdk local = new Sdk("http://in-process.invalid", inProcess)) {
            routes.at(server);
            String base = server.baseUrl();
            HandWritten hand = new HandWritten(loopback, "Bearer " + Sdk.TOKEN);
            HandWritten handLocal = new HandWritten(inProcess, "Bearer " + Sdk.TOKEN);
            return List.of(
                    h.compare("call.get_ticket.loopback", "GET /tickets/{id} over loopback", 1, "call",
                            () -> sdk.getTicket("642"), () -> hand.getTicket(base, "642")),
                    h.compare("call.update_ticket.loopback", "PUT /tickets/{id} over loopback", 1, "call",
                            () -> sdk.updateTicket("642"), () -> hand.updateTicket(base, "642")),
                    h.compare("call.get_ticket.in_process", "GET /tickets/{id}, answered by an interceptor", 1, "call",
                            () -> local.getTicket("642"), () -> handLocal.getTicket("http://in-process.invalid", "642")),
                    h.compare("call.update_ticket.in_process", "PUT /tickets/{id}, answered by an interceptor", 1, "call",
                            () -> local.updateTicket("642"),
                            () -> handLocal.updateTicket("http://in-process.invalid", "642")));
        } finally {
            for (OkHttpClient c : List.of(loopback, inProcess)) {
                c.dispatcher().executorService().shutdown();
                c.connectionPool().evictAll();
            }
        }
    }
}
