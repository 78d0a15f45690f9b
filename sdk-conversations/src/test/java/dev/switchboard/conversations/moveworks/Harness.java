package dev.switchboard.conversations.moveworks;

import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Instant;

/** A manual clock, a recording sleeper, and client builders aimed at a fake server: no real waiting, no network. */
final class Harness {
    static final String API_KEY = "mw-key-0123456789abcdef";
    static final String CLIENT_ID = "mw-client-42";
    static final String CLIENT_SECRET = "mw-secret-fedcba9876543210";

    final ManualClock clock = ManualClock.at(Instant.parse("2026-04-10T08:00:00Z"));
    final RecordingSleeper sleeper = new RecordingSleeper(clock);

    /** @return a builder with the fake server as root, the manual clock and the recording sleeper; no credentials */
    MoveworksDataApi.Builder builder(FakeServer server) {
        return MoveworksDataApi.builder().baseUrl(server.baseUrl()).clock(clock).sleeper(sleeper::sleep);
    }

    /** @return a client using {@link #API_KEY} */
    MoveworksDataApi withKey(FakeServer server) {
        return builder(server).apiKey(API_KEY).build();
    }

    /** @return an OData page of the given records (JSON objects) and an optional next link */
    static String page(String entity, String nextLink, String... records) {
        StringBuilder sb = new StringBuilder("{\"@odata.context\":\"https://api.moveworks.ai/export/v1/records/$metadata#")
                .append(entity).append("\",\"value\":[").append(String.join(",", records)).append("]");
        if (nextLink != null) {
            sb.append(",\"@odata.nextLink\":\"").append(nextLink).append("\"");
        }
        return sb.append("}").toString();
    }

    static String conversation(String id, String route) {
        return "{\"id\":\"" + id + "\",\"user_id\":\"12648661461218723099\",\"created_time\":\"2026-04-02T09:15:00.125Z\","
                + "\"last_updated_time\":\"2026-04-02T09:20:01.000Z\",\"route\":\"" + route + "\",\"primary_domain\":null}";
    }
}
