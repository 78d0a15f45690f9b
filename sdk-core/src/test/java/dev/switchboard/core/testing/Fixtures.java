package dev.switchboard.core.testing;

import dev.switchboard.core.http.ClientConfig;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.retry.RetryPolicy;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import java.time.Duration;
import java.time.Instant;

/** Shared set-up: a transport configuration against a fake server with a manual clock and a recording sleeper. */
public final class Fixtures {
    /** 2026-04-01T00:00:00Z, the day SysEvents data starts. */
    public static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

    public final ManualClock clock = ManualClock.at(START);
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);

    /** Backoff without randomness: 500 ms, 1 s, 2 s, ... */
    public static RetryPolicy.Builder exactPolicy() {
        return RetryPolicy.builder().random(() -> 1.0);
    }

    public ClientConfig.Builder config(FakeServer server) {
        return ClientConfig.builder(server.baseUrl())
                .clock(clock)
                .sleeper(sleeper::sleep)
                .retryPolicy(exactPolicy().build())
                .timeouts(Timeouts.builder().connect(Duration.ofSeconds(5)).build())
                .timeouts(Timeouts.builder().read(Duration.ofSeconds(5)).build());
    }
}
