package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.core.json.JsonObject;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HasMoreStyleTest {
    record Item(@JsonProperty("id") String id) {
    }

    private static final PageStyle LAST_ID = PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more")
            .cursorFromLastItem("/id").cursorParam("starting_after").build();
    private static final PageStyle PAGE_CURSOR = PageStyle.hasMore().itemsAt("/data").hasMoreAt("/meta/has_more")
            .cursorAt("/meta/next_cursor").cursorParam("cursor").build();

    private final FakeServer server = FakeServer.start();
    private final Transport transport = Transport.create(new Fixtures().config(server).build());

    @AfterEach
    void close() {
        transport.close();
        server.close();
    }

    private static String items(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "{\"id\":\"" + i + "\"}").collect(Collectors.joining(",", "[", "]"));
    }

    private static List<String> ids(Iterable<Item> items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }

    private Paginator<Item> list(String path, PageStyle style) {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, path).query("limit", 2).build(), style, Item.class);
    }

    private List<String> targets() {
        return server.requests().stream().map(FakeRequest::target).toList();
    }

    /** Stripe-like pages of 2 over 5 records: the cursor is the last id sent. */
    private void stripeLike() {
        server.route("GET", "/charges", r -> {
            int from = r.query("starting_after") == null ? 0 : Integer.parseInt(r.query("starting_after")) + 1;
            int to = Math.min(from + 2, 5);
            return FakeResponse.json("{\"object\":\"list\",\"data\":" + items(from, to) + ",\"has_more\":" + (to < 5) + "}");
        });
    }

    @Test
    void takesTheCursorFromTheLastRecordUntilHasMoreIsFalse() {
        stripeLike();
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(list("/charges", LAST_ID)));
        assertEquals(List.of("/charges?limit=2", "/charges?limit=2&starting_after=1", "/charges?limit=2&starting_after=3"),
                targets());
    }

    @Test
    void takesTheCursorFromTheLastRecordOfTreeModelsToo() {
        stripeLike();
        Paginator<JsonObject> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/charges").query("limit", 2)
                .build(), LAST_ID, JsonObject.class);
        assertEquals(List.of("0", "1", "2", "3", "4"), p.stream().map(o -> o.getString("id")).toList());
        assertEquals("1", p.firstPage().nextCursor().orElseThrow());
    }

    @Test
    void anIntegerIdIsSentAsItsDigits() {
        server.route("GET", "/n", r -> FakeResponse.json(r.query("starting_after") == null
                ? "{\"data\":[{\"id\":12345678901234567890}],\"has_more\":true}" : "{\"data\":[],\"has_more\":false}"));
        Paginator<JsonObject> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/n").build(), LAST_ID,
                JsonObject.class);
        assertEquals(1, p.stream().count());
        assertEquals("/n?starting_after=12345678901234567890", targets().get(1));
    }

    @Test
    void readsTheCursorFromThePageWhenToldTo() {
        server.route("GET", "/feed", r -> {
            String c = r.query("cursor");
            if (c == null) {
                return FakeResponse.json("{\"data\":" + items(0, 2) + ",\"meta\":{\"has_more\":true,\"next_cursor\":\"abc\"}}");
            }
            return FakeResponse.json("{\"data\":" + items(2, 3) + ",\"meta\":{\"has_more\":false,\"next_cursor\":\"zzz\"}}");
        });
        assertEquals(List.of("0", "1", "2"), ids(list("/feed", PAGE_CURSOR)));
        assertEquals(List.of("/feed?limit=2", "/feed?limit=2&cursor=abc"), targets());
    }

    @Test
    void writesTheCursorIntoTheBodyWhenToldTo() {
        server.route("POST", "/search", r -> FakeResponse.json(r.json().at("/page/after").isMissingNode()
                ? "{\"data\":" + items(0, 2) + ",\"has_more\":true}" : "{\"data\":" + items(2, 3) + ",\"has_more\":false}"));
        PageStyle style = PageStyle.hasMore().itemsAt("/data").hasMoreAt("/has_more").cursorFromLastItem("/id")
                .cursorInBody(List.of("page", "after")).build();
        ApiRequest search = ApiRequest.builder(HttpMethod.POST, "/search").retrySafe().jsonBody(Map.of("q", "x")).build();
        assertEquals(List.of("0", "1", "2"), ids(Paginator.of(transport, search, style, Item.class)));
        assertEquals(TestJson.parse("{\"q\":\"x\",\"page\":{\"after\":\"1\"}}"), server.requests().get(1).json());
    }

    @Test
    void anAbsentOrNullFlagEndsTheListing() {
        server.route("GET", "/absent", r -> FakeResponse.json("{\"data\":" + items(0, 2) + "}"));
        server.route("GET", "/null", r -> FakeResponse.json("{\"data\":" + items(0, 2) + ",\"has_more\":null}"));
        assertEquals(List.of("0", "1"), ids(list("/absent", LAST_ID)));
        assertEquals(List.of("0", "1"), ids(list("/null", LAST_ID)));
        assertEquals(2, server.requestCount());
    }

    @Test
    void aRepeatedCursorStopsWithAClearError() {
        server.route("GET", "/stuck", r -> FakeResponse.json("{\"data\":" + items(0, 2) + ",\"has_more\":true}"));
        List<String> seen = new ArrayList<>();
        PaginationException e = assertThrows(PaginationException.class,
                () -> list("/stuck", LAST_ID).forEach(i -> seen.add(i.id())));
        assertEquals("the server repeated the cursor '1' after page 2; stopping to avoid an endless loop", e.getMessage());
        assertEquals(List.of("0", "1"), seen, "the page that repeats the cursor is not handed out");
        assertEquals(2, server.requestCount());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> list("/stuck", LAST_ID).forEachAsync(i -> { }).get(10, TimeUnit.SECONDS));
        assertInstanceOf(PaginationException.class, async.getCause());
        assertEquals(4, server.requestCount());
    }

    @Test
    void aRepeatedPageCursorStopsToo() {
        server.route("GET", "/same", r -> FakeResponse.json("{\"data\":" + items(0, 1)
                + ",\"meta\":{\"has_more\":true,\"next_cursor\":\"again\"}}"));
        PaginationException e = assertThrows(PaginationException.class, () -> ids(list("/same", PAGE_CURSOR)));
        assertEquals("the server repeated the cursor 'again' after page 2; stopping to avoid an endless loop", e.getMessage());
    }

    @Test
    void aFlagThatIsNoBooleanStops() {
        server.route("GET", "/odd", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"has_more\":\"true\"}"));
        PaginationException e = assertThrows(PaginationException.class, () -> ids(list("/odd", LAST_ID)));
        assertEquals("/has_more is a string, not a boolean; stopping rather than guessing whether more pages follow",
                e.getMessage());
    }

    @Test
    void moreWithoutAUsableCursorStopsRatherThanGuessing() {
        server.route("GET", "/empty", r -> FakeResponse.json("{\"data\":[],\"has_more\":true}"));
        server.route("GET", "/noid", r -> FakeResponse.json("{\"data\":[{\"id\":\"0\"},{\"name\":\"x\"}],\"has_more\":true}"));
        server.route("GET", "/nocursor", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"meta\":{\"has_more\":true}}"));
        server.route("GET", "/objcursor", r -> FakeResponse.json("{\"data\":" + items(0, 1)
                + ",\"meta\":{\"has_more\":true,\"next_cursor\":{}}}"));
        record Named(@JsonProperty("name") String name) {
        }
        assertEquals("/has_more is true but the page has no records to take the next cursor from; stopping rather than"
                + " guessing where the next page is", assertThrows(PaginationException.class,
                        () -> ids(list("/empty", LAST_ID))).getMessage());
        String noId = "/has_more is true but the last record has no string or integer at /id; stopping rather than"
                + " guessing where the next page is";
        assertEquals(noId, assertThrows(PaginationException.class, () -> Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/noid").build(), LAST_ID, Named.class).firstPage()).getMessage());
        assertEquals(noId, assertThrows(PaginationException.class, () -> Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/noid").build(), LAST_ID, JsonObject.class).firstPage()).getMessage());
        assertEquals("/meta/has_more is true but the cursor at /meta/next_cursor is missing; stopping rather than guessing"
                + " where the next page is", assertThrows(PaginationException.class,
                        () -> ids(list("/nocursor", PAGE_CURSOR))).getMessage());
        assertEquals("/meta/has_more is true but the cursor at /meta/next_cursor is an object; stopping rather than"
                + " guessing where the next page is", assertThrows(PaginationException.class,
                        () -> ids(list("/objcursor", PAGE_CURSOR))).getMessage());
    }
}
