package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NextLinkStyleTest {
    record Item(@JsonProperty("id") String id) {
    }

    private static final PageStyle BODY_LINK = PageStyle.nextLink().itemsAt("/data").linkAt("/links/next").build();
    private static final PageStyle HEADER_LINK = PageStyle.nextLink().itemsAt("").linkHeader().build();

    private final FakeServer server = FakeServer.start();
    private final FakeServer other = FakeServer.start();
    private final Transport transport = Transport.create(new Fixtures().config(server)
            .credentials(Credentials.bearer("link-tok")).build());

    @AfterEach
    void close() {
        transport.close();
        server.close();
        other.close();
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
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, path).query("per_page", 2).build(), style, Item.class);
    }

    @Test
    void followsAbsoluteRelativeAndPathLinksFromTheBodyWithCredentialsOnTheSameHost() {
        server.route("GET", "/items", r -> {
            String page = r.query("page");
            if (page == null) {
                return FakeResponse.json("{\"data\":" + items(0, 2) + ",\"links\":{\"next\":\"" + server.url("/items?page=2")
                        + "\"}}");
            }
            if (page.equals("2")) {
                return FakeResponse.json("{\"data\":" + items(2, 4) + ",\"links\":{\"next\":\"?page=3\"}}");
            }
            if (page.equals("3")) {
                return FakeResponse.json("{\"data\":" + items(4, 5) + ",\"links\":{\"next\":\"/items?page=4\"}}");
            }
            return FakeResponse.json("{\"data\":" + items(5, 6) + ",\"links\":{\"next\":null}}");
        });
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), ids(list("/items", BODY_LINK)));
        assertEquals(List.of("/items?per_page=2", "/items?page=2", "/items?page=3", "/items?page=4"),
                server.requests().stream().map(FakeRequest::target).toList());
        assertEquals(List.of("Bearer link-tok", "Bearer link-tok", "Bearer link-tok", "Bearer link-tok"),
                server.requests().stream().map(r -> r.header("Authorization")).toList());
    }

    @Test
    void anAbsentOrEmptyLinkEndsTheListing() {
        server.route("GET", "/absent", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{}}"));
        server.route("GET", "/empty", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{\"next\":\"\"}}"));
        assertEquals(List.of("0"), ids(list("/absent", BODY_LINK)));
        assertEquals(List.of("0"), ids(list("/empty", BODY_LINK)));
        assertEquals(2, server.requestCount());
    }

    @Test
    void followsTheNextEntryOfTheLinkHeaderOverAJsonArrayBody() {
        server.route("GET", "/repos", r -> {
            String page = r.query("page");
            FakeResponse body = FakeResponse.json(page == null ? items(0, 2) : items(2, 3));
            if (page != null) {
                return body.withHeader("Link", "<" + server.url("/repos?page=1") + ">; rel=\"first\"");
            }
            return body.withHeader("Link", "<" + server.url("/repos?page=1") + ">; rel=\"first\"")
                    .withHeader("Link", "</repos?page=2>; title=\"a, b; c\"; rel=\"NEXT prefetch\", </repos?page=9>; rel=last");
        });
        Paginator<Item> p = list("/repos", HEADER_LINK);
        assertEquals(List.of("0", "1", "2"), ids(p));
        assertEquals(List.of("/repos?per_page=2", "/repos?page=2"), server.requests().stream().map(FakeRequest::target).toList());
        assertEquals(server.url("/repos?page=2"), p.firstPage().nextCursor().orElseThrow(), "a saved cursor is absolute");
        assertEquals(List.of("2"), ids(p.resumeFrom(server.url("/repos?page=2"))));
    }

    @Test
    void aLinkToAnotherHostIsRefusedBeforeAnythingIsSentThere() {
        server.route("GET", "/items", r -> FakeResponse.json(items(0, 1))
                .withHeader("Link", "<" + other.url("/items?page=2&api_key=leak") + ">; rel=\"next\""));
        other.route("GET", "/items", r -> FakeResponse.json("[]"));
        List<String> got = new ArrayList<>();
        PaginationException e = assertThrows(PaginationException.class,
                () -> list("/items", HEADER_LINK).forEach(i -> got.add(i.id())));
        assertEquals(List.of("0"), got);
        assertEquals("the next-page link points to http://127.0.0.1:" + other.port() + ", not to the configured http://127.0.0.1:"
                + server.port() + "; not following it", e.getMessage());
        assertEquals(0, other.requestCount(), "the other host never sees the credentials");
    }

    @Test
    void aLinkToAnotherHostInTheBodyIsRefusedToo() {
        server.route("GET", "/items", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{\"next\":\"//127.0.0.1:"
                + other.port() + "/items?page=2\"}}"));
        assertThrows(PaginationException.class, () -> ids(list("/items", BODY_LINK)));
        assertEquals(0, other.requestCount());
    }

    @Test
    void aRepeatedLinkStopsWithAClearError() {
        server.route("GET", "/loop", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{\"next\":\"/loop?page=2\"}}"));
        PaginationException e = assertThrows(PaginationException.class, () -> ids(list("/loop", BODY_LINK)));
        assertEquals("the server repeated the cursor '" + server.url("/loop?page=2") + "' after page 2; stopping to avoid an"
                + " endless loop", e.getMessage());
        assertEquals(2, server.requestCount());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> list("/loop", BODY_LINK).forEachAsync(i -> { }).get(10, TimeUnit.SECONDS));
        assertInstanceOf(PaginationException.class, async.getCause());
        assertEquals(4, server.requestCount());
    }

    @Test
    void aLinkThatIsNoStringStopsRatherThanEndingQuietly() {
        server.route("GET", "/odd", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{\"next\":{\"href\":\"/x\"}}}"));
        PaginationException e = assertThrows(PaginationException.class, () -> ids(list("/odd", BODY_LINK)));
        assertEquals("the next-page link at /links/next is an object, not a URL; stopping rather than guessing where the"
                + " next page is", e.getMessage());
    }

    @Test
    void anEmptyPageWithALinkIsSkippedOver() {
        server.route("GET", "/gappy", r -> {
            String page = r.query("page");
            if (page == null) {
                return FakeResponse.json("{\"data\":" + items(0, 1) + ",\"links\":{\"next\":\"/gappy?page=2\"}}");
            }
            if (page.equals("2")) {
                return FakeResponse.json("{\"data\":[],\"links\":{\"next\":\"/gappy?page=3\"}}");
            }
            return FakeResponse.json("{\"data\":" + items(1, 2) + "}");
        });
        assertEquals(List.of("0", "1"), ids(list("/gappy", BODY_LINK)));
        assertEquals(3, server.requestCount());
    }

    @Test
    void aLinkThatIsNoHttpUrlIsRefused() {
        server.route("GET", "/ftp", r -> FakeResponse.json(items(0, 1)).withHeader("Link", "<ftp://example.com/x>; rel=next"));
        PaginationException e = assertThrows(PaginationException.class, () -> ids(list("/ftp", HEADER_LINK)));
        assertEquals("the next-page link is not an http(s) URL: ftp://example.com/x; not following it", e.getMessage());
    }
}
