package dev.switchboard.notifications.suger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times are written in Go's RFC 3339 layout, so what the server sent in UTC comes back unchanged. */
class SugerTimeSerializerTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-29T15:51:28.071Z", "2024-07-29T15:51:28Z", "2024-07-29T15:51:28.5Z",
        "2024-07-29T15:51:28.12Z", "2024-07-29T15:51:28.123456789Z", "2024-07-29T15:51:28.000001Z",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2038-01-19T03:14:08Z"})
    void writesWhatGoWrites(String text) {
        assertEquals(text, SugerTimeSerializer.format(Instant.parse(text)));
    }
}
