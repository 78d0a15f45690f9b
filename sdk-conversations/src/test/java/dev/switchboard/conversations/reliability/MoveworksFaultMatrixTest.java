package dev.switchboard.conversations.reliability;

import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.testing.FaultMatrix;
import dev.switchboard.core.testing.FaultMatrix.Kind;
import dev.switchboard.core.testing.FaultMatrix.Operation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault matrix for the Moveworks Data API client: listing and counting every entity. */
class MoveworksFaultMatrixTest {
    private static final String PAGE = "{\"@odata.context\":\"ctx\",\"value\":[{\"id\":\"c1\",\"route\":\"DM\"}]}";

    @Test
    void everyOperationUnderEveryFault() {
        FaultMatrix<MoveworksDataApi> m = new FaultMatrix<>("moveworks", (base, http, clock, sleeper, readTimeout) -> MoveworksDataApi.builder()
                .baseUrl(base).apiKey("mw-key-1").okHttpClient(http).clock(clock).sleeper(sleeper::sleep)
                .timeouts(Timeouts.builder().read(readTimeout).build()).rateLimitWait(Duration.ofSeconds(1)).build(), false);
        m.run(List.of(
                new Operation<>("conversations.list", "GET", "/export/v1/records/conversations", Kind.RETRIED, PAGE,
                        api -> api.conversations().list().forEach(c -> c.id())),
                new Operation<>("interactions.list firstPage", "GET", "/export/v1/records/interactions", Kind.RETRIED, PAGE,
                        api -> api.interactions().list().firstPage()),
                new Operation<>("users.count", "GET", "/export/v1/records/users/$count", Kind.RETRIED, "7",
                        api -> api.users().count())));
        m.assertAll();
    }
}
