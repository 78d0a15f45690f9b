package dev.switchboard.benchmarks.child;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.intercom.Intercom;
import dev.switchboard.tickets.Ticket;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A fresh JVM's first call: build a client, {@code GET /tickets/642}, decode it, print its id, exit.
 * Arguments: {@code sdk|baseline <baseUrl>}. The process's whole run is what the cold-start benchmark times.
 */
public final class ColdStart {
    private ColdStart() {
    }

    /**
     * @param args the variant and the base URL
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        String id;
        if (args[0].equals("sdk")) {
            try (Intercom intercom = Intercom.builder().baseUrl(args[1]).accessToken("bench-token").build()) {
                Ticket t = intercom.tickets().get("642");
                id = t.id();
            }
        } else {
            OkHttpClient http = new OkHttpClient();
            Request req = new Request.Builder().url(args[1] + "/tickets/642").header("Authorization", "Bearer bench-token")
                    .header("Intercom-Version", "2.14").header("Accept", "application/json").build();
            try (Response r = http.newCall(req).execute()) {
                if (!r.isSuccessful()) {
                    throw new IllegalStateException("HTTP " + r.code());
                }
                JsonNode ticket = new ObjectMapper().readTree(r.body().byteStream());
                id = ticket.get("id").asText();
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        System.out.println(id);
    }
}
