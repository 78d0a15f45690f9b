package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * The regions' real hosts, seen without any network: a caller-supplied OkHttp client (which the transport derives from,
 * keeping its interceptors) answers every request itself and records what would have been sent.
 */
class RegionHostsTest {
    private final List<String> sent = new ArrayList<>();

    private OkHttpClient answering() {
        return new OkHttpClient.Builder().addInterceptor(chain -> {
            Request r = chain.request();
            sent.add(r.method() + " " + r.url() + " " + r.header("Authorization"));
            String body = r.url().encodedPath().endsWith("/token")
                    ? "{\"access_token\":\"eu-token\",\"expires_in\":3600}"
                    : r.url().encodedPath().endsWith("/$count") ? "7" : "{\"value\":[]}";
            return new Response.Builder().request(r).protocol(Protocol.HTTP_1_1).code(200).message("OK")
                    .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
        }).build();
    }

    @Test
    void theUsRegionIsTheDefault() {
        try (MoveworksDataApi api = MoveworksDataApi.builder().apiKey("us-key").okHttpClient(answering()).build()) {
            api.conversations().list(ODataQuery.dmOnly()).firstPage();
        }
        assertEquals(List.of("GET https://api.moveworks.ai/export/v1/records/conversations?%24filter=route%20eq%20%27DM%27 Bearer us-key"),
                sent);
    }

    @Test
    void theEuRegionAndItsTokenEndpoint() {
        try (MoveworksDataApi api = MoveworksDataApi.builder().region(Region.EU).apiVersion(ApiVersion.V1BETA2)
                .clientCredentials("eu-client", "eu-secret").okHttpClient(answering()).build()) {
            assertEquals(7, api.users().count());
        }
        assertEquals(List.of("POST https://api.eu.moveworks.ai/oauth/v1/token null",
                "GET https://api.eu.moveworks.ai/export/v1beta2/records/users/$count Bearer eu-token"), sent);
    }
}
