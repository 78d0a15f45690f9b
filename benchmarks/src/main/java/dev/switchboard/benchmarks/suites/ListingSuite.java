package dev.switchboard.benchmarks.suites;

import dev.switchboard.benchmarks.baseline.HandWritten;
import dev.switchboard.benchmarks.data.ApiRoutes;
import dev.switchboard.benchmarks.harness.Comparison;
import dev.switchboard.benchmarks.harness.Interleaved;
import dev.switchboard.benchmarks.server.LocalServer;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Whole listings through the SDK's typed paginators against a hand-written OkHttp loop that streams each page with
 * Jackson into one {@link com.fasterxml.jackson.databind.JsonNode} per record. Both read each record's id.
 */
public final class ListingSuite implements Suite {
    private final long moveworks;
    private final long suger;
    private final long intercom;

    /**
     * @param moveworks records per Moveworks entity
     * @param suger Suger events
     * @param intercom Intercom conversations
     */
    public ListingSuite(long moveworks, long suger, long intercom) {
        this.moveworks = moveworks;
        this.suger = suger;
        this.intercom = intercom;
    }

    @Override
    public String name() {
        return "listing";
    }

    @Override
    public List<Comparison> run(Interleaved h) throws Exception {
        ApiRoutes routes = new ApiRoutes(moveworks, suger, intercom);
        OkHttpClient http = new OkHttpClient();
        try (LocalServer server = LocalServer.start(routes); Sdk sdk = new Sdk(server.baseUrl(), null)) {
            routes.at(server);
            String base = server.baseUrl();
            HandWritten hand = new HandWritten(http, "Bearer " + Sdk.TOKEN);
            HandWritten sugerHand = new HandWritten(http, "Key " + Sdk.TOKEN);
            return List.of(
                    h.compare("listing.moveworks.conversations", moveworks + " conversations, OData pages of 1,000",
                            moveworks, "record", sdk::moveworksConversations,
                            () -> hand.odata(base + "/export/v1/records/conversations", HandWritten.ID_HASH)),
                    h.compare("listing.moveworks.interactions", moveworks + " interactions, OData pages of 1,000",
                            moveworks, "record", sdk::moveworksInteractions,
                            () -> hand.odata(base + "/export/v1/records/interactions", HandWritten.ID_HASH)),
                    h.compare("listing.suger.events", suger + " notification events, offset pages of 1,000", suger,
                            "record", sdk::sugerEvents, () -> sugerHand.suger(base, HandWritten.idHash("eventID"))),
                    h.compare("listing.intercom.conversations", intercom + " conversations, cursor pages of 150",
                            intercom, "record", sdk::intercomConversations,
                            () -> hand.intercomConversations(base, HandWritten.ID_HASH)));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
