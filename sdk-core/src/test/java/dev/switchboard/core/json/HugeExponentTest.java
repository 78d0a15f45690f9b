package dev.switchboard.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageStyle;
import dev.switchboard.core.paging.Paginator;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A number whose exponent does not fit 32 bits ({@code 1e2147483648}) is valid JSON that no {@code BigDecimal} can
 * hold: wherever it appears it is a {@link DecodeException} (or kept as text), never a NumberFormatException.
 */
class HugeExponentTest {
    private static final String PAGE = "{\"data\":[{\"id\":\"1\"}],\"total_count\":1e2147483648}";
    private final FakeServer server = FakeServer.start();
    private final Fixtures f = new Fixtures();

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void inPageMetadataTheRecordsStillArriveAndTheCountIsADecodeException() {
        server.route("GET", "/items", r -> FakeResponse.json(PAGE));
        try (Transport t = Transport.create(f.config(server).build())) {
            Page<JsonObject> page = Paginator.of(t, ApiRequest.builder(HttpMethod.GET, "/items").build(),
                    PageStyle.cursor().itemsAt("/data").cursorParam("starting_after")
                            .nextCursorAt("/pages/next/starting_after").build(), JsonObject.class).firstPage();
            assertEquals(1, page.items().size());
            assertThrows(DecodeException.class, () -> page.metaLong("total_count"));
        }
    }

    @Test
    void aJsonNodeResponseIsADecodeException() {
        server.route("GET", "/stats", r -> FakeResponse.json(PAGE));
        try (Transport t = Transport.create(f.config(server).build())) {
            DecodeException e = assertThrows(DecodeException.class,
                    () -> t.execute(ApiRequest.builder(HttpMethod.GET, "/stats").build(), JsonNode.class));
            assertFalse(e.getMessage().contains("2147483648"), e.getMessage());
        }
    }

    @Test
    void theJsonHelpersAreDecodeExceptions() {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
        assertThrows(DecodeException.class, () -> Json.tree(bytes, "document"));
        assertThrows(DecodeException.class, () -> Json.decode(bytes, java.util.Map.class, "document"));
        assertThrows(DecodeException.class, () -> Json.convert(Json.object(bytes, "doc"), java.util.Map.class));
        assertTrue(Json.write(Json.object(bytes, "doc")).contains("1e2147483648"), "the tree keeps it as sent");
    }
}
