package dev.switchboard.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.auth.Credentials;
import dev.switchboard.core.spi.ApiRequest;
import dev.switchboard.core.spi.HttpMethod;
import dev.switchboard.core.spi.Transport;
import dev.switchboard.core.testing.Fixtures;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.TestJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PaginatorTest {
    record Item(@JsonProperty("id") String id) {
    }

    static final PageStyle CURSOR = PageStyle.cursor().itemsAt("/data").cursorParam("starting_after")
            .nextCursorAt("/pages/next/starting_after").build();
    static final PageStyle BODY_CURSOR = PageStyle.cursor().itemsAt("/data")
            .cursorInBody(List.of("pagination", "starting_after")).nextCursorAt("/pages/next/starting_after").build();
    static final PageStyle SHALLOW_CURSOR = PageStyle.cursor().itemsAt("/data").cursorParam("starting_after")
            .nextCursorAt("/next").build();
    static final PageStyle PAGE_NUMBER = PageStyle.pageNumber().itemsAt("/data").pageParam("page")
            .currentPageAt("/pages/page").totalPagesAt("/pages/total_pages").build();
    static final PageStyle OFFSET = PageStyle.offset().itemsAt("/events").offsetParam("offset")
            .nextOffsetAt("/nextOffset").build();
    static final PageStyle OFFSET_WITH_TOTAL = PageStyle.offset().itemsAt("/events").offsetParam("offset")
            .nextOffsetAt("/nextOffset").totalCountAt("/totalCount").build();
    static final PageStyle SKIP_LIMIT = PageStyle.skipLimit().itemsAt("/data").skipParam("skip").limitParam("limit")
            .totalAt("/total").build();

    private final FakeServer server = FakeServer.start();
    private final FakeServer other = FakeServer.start();
    private final Fixtures f = new Fixtures();
    private final Transport transport = Transport.create(f.config(server).credentials(Credentials.bearer("page-tok")).build());

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

    /** Intercom-style cursor pages of 2 over 5 items: cursors "c2", "c4". */
    private void cursorPages() {
        server.route("GET", "/conversations", r -> {
            int from = r.query("starting_after") == null ? 0 : Integer.parseInt(r.query("starting_after").substring(1));
            int to = Math.min(from + 2, 5);
            String next = to < 5 ? ",\"next\":{\"page\":2,\"starting_after\":\"c" + to + "\"}" : "";
            return FakeResponse.json("{\"type\":\"conversation.list\",\"data\":" + items(from, to)
                    + ",\"total_count\":5,\"pages\":{\"type\":\"pages\",\"per_page\":2" + next + "}}");
        });
    }

    private Paginator<Item> conversations() {
        return Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/conversations").query("per_page", 2).build(),
                CURSOR, Item.class);
    }

    @Test
    void cursorInQueryWalksEveryPageAndStopsWithoutAnExtraRequest() {
        cursorPages();
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(conversations()));
        List<FakeRequest> sent = server.requests();
        assertEquals(3, sent.size());
        assertEquals("/conversations?per_page=2", sent.get(0).target());
        assertEquals("/conversations?per_page=2&starting_after=c2", sent.get(1).target());
        assertEquals("/conversations?per_page=2&starting_after=c4", sent.get(2).target());
        assertTrue(sent.stream().allMatch(r -> "Bearer page-tok".equals(r.header("Authorization"))));
    }

    @Test
    void iteratingTwiceStartsOverEachTime() {
        cursorPages();
        Paginator<Item> p = conversations();
        assertEquals(ids(p), ids(p));
        assertEquals(6, server.requestCount());
        assertEquals(5, p.stream().count());
    }

    @Test
    void resumesFromASavedCursor() {
        cursorPages();
        Page<Item> first = conversations().firstPage();
        String saved = first.nextCursor().orElseThrow();
        assertEquals("c2", saved);
        assertEquals(List.of("2", "3", "4"), ids(conversations().resumeFrom(saved)));
        assertEquals("/conversations?per_page=2&starting_after=c2", server.requests().get(1).target());
    }

    @Test
    void exposesPagesWithTheirMeta() {
        cursorPages();
        List<Page<Item>> pages = new ArrayList<>();
        conversations().pages().forEach(pages::add);
        assertEquals(3, pages.size());
        assertEquals(5L, pages.get(0).metaLong("total_count").orElseThrow());
        assertEquals("conversation.list", pages.get(0).meta().get("type"));
        assertEquals(List.of(1, 2, 3), pages.stream().map(Page::number).toList());
        assertFalse(pages.get(2).hasNext());
    }

    @Test
    void searchCursorGoesIntoTheBodyEvenWithoutAPaginationObject() {
        server.route("POST", "/tickets/search", r -> {
            var cursor = r.json().at("/pagination/starting_after");
            boolean firstPage = cursor.isMissingNode();
            return FakeResponse.json("{\"data\":" + (firstPage ? items(0, 2) : items(2, 3)) + ",\"pages\":{"
                    + (firstPage ? "\"next\":{\"starting_after\":\"WzE3MDAwXQ==\"}" : "") + "}}");
        });
        ApiRequest search = ApiRequest.builder(HttpMethod.POST, "/tickets/search").retrySafe()
                .jsonBody(Map.of("query", Map.of("field", "open", "operator", "=", "value", true))).build();
        Paginator<Item> p = Paginator.of(transport, search,
                BODY_CURSOR, Item.class);
        assertEquals(List.of("0", "1", "2"), ids(p));
        List<FakeRequest> sent = server.requests();
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true}}"), sent.get(0).json());
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true},"
                + "\"pagination\":{\"starting_after\":\"WzE3MDAwXQ==\"}}"), sent.get(1).json());
    }

    @Test
    void searchCursorKeepsAnExistingPaginationObject() {
        server.route("POST", "/s", r -> FakeResponse.json(r.json().at("/pagination/starting_after").isMissingNode()
                ? "{\"data\":" + items(0, 1) + ",\"pages\":{\"next\":{\"starting_after\":\"x1\"}}}"
                : "{\"data\":[],\"pages\":{}}"));
        ApiRequest search = ApiRequest.builder(HttpMethod.POST, "/s").jsonBody(Map.of("pagination", Map.of("per_page", 5))).build();
        ids(Paginator.of(transport, search, BODY_CURSOR, Item.class));
        assertEquals(TestJson.parse("{\"pagination\":{\"per_page\":5,\"starting_after\":\"x1\"}}"), server.requests().get(1).json());
    }

    @Test
    void aRepeatedCursorStopsWithAClearError() {
        server.route("GET", "/loop", r -> FakeResponse.json("{\"data\":" + items(0, 1) + ",\"pages\":{\"next\":{\"starting_after\":\"same\"}}}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/loop").build(),
                CURSOR, Item.class);
        Iterator<Item> it = p.iterator();
        PaginationException e = assertThrows(PaginationException.class, () -> {
            while (it.hasNext()) {
                it.next();
            }
        });
        assertTrue(e.getMessage().contains("repeated the cursor 'same' after page 2"), e.getMessage());
        assertEquals(2, server.requestCount());
    }

    @Test
    void skipsOverAnEmptyPageThatPointsToANextPage() {
        server.route("GET", "/gappy", r -> {
            String c = r.query("starting_after");
            if (c == null) {
                return FakeResponse.json("{\"data\":" + items(0, 1) + ",\"pages\":{\"next\":{\"starting_after\":\"a\"}}}");
            }
            if (c.equals("a")) {
                return FakeResponse.json("{\"data\":[],\"pages\":{\"next\":{\"starting_after\":\"b\"}}}");
            }
            return FakeResponse.json("{\"data\":" + items(1, 2) + ",\"pages\":{}}");
        });
        assertEquals(List.of("0", "1"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/gappy").build(),
                CURSOR, Item.class)));
    }

    @Test
    void pageNumberStyleFollowsTotalPages() {
        server.route("GET", "/calls", r -> {
            int page = r.query("page") == null ? 1 : Integer.parseInt(r.query("page"));
            return FakeResponse.json("{\"type\":\"list\",\"data\":" + items(page * 10, page * 10 + 2)
                    + ",\"pages\":{\"type\":\"pages\",\"page\":" + page + ",\"per_page\":2,\"total_pages\":3}}");
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/calls").query("per_page", 2).build(),
                PAGE_NUMBER, Item.class);
        assertEquals(List.of("10", "11", "20", "21", "30", "31"), ids(p));
        assertEquals(List.of("/calls?per_page=2", "/calls?per_page=2&page=2", "/calls?per_page=2&page=3"),
                server.requests().stream().map(FakeRequest::target).toList());
    }

    @Test
    void pageNumberStyleWithoutTotalEndsOnAnEmptyLastPage() {
        server.route("GET", "/n", r -> {
            int page = r.query("page") == null ? 1 : Integer.parseInt(r.query("page"));
            return FakeResponse.json("{\"data\":" + (page < 3 ? items(page, page + 1) : "[]") + ",\"pages\":{\"page\":" + page + "}}");
        });
        assertEquals(List.of("1", "2"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/n").build(),
                PAGE_NUMBER, Item.class)));
        assertEquals(3, server.requestCount());
    }

    @Test
    void pageNumberStyleTreatsAResponseWithoutPageInformationAsTheOnlyPage() {
        server.route("GET", "/unpaged", r -> FakeResponse.json("{\"type\":\"list\",\"data\":" + items(0, 3) + "}"));
        assertEquals(List.of("0", "1", "2"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/unpaged").build(),
                PAGE_NUMBER, Item.class)));
        assertEquals(1, server.requestCount(), "an endpoint that ignores ?page= must not be asked again");
    }

    @Test
    void offsetStyleStopsWhenNextOffsetIsNullOrAbsent() {
        server.route("GET", "/org/{org}/notificationEvent", r -> {
            int offset = r.query("offset") == null ? 0 : Integer.parseInt(r.query("offset"));
            String next = offset == 0 ? "2" : offset == 2 ? "4" : "null";
            String total = offset == 0 ? ",\"totalCount\":5" : "";
            return FakeResponse.json("{\"notificationEvents\":" + items(offset, Math.min(offset + 2, 5)) + ",\"nextOffset\":" + next + total + "}");
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/org/{org}/notificationEvent", "o1")
                .query("limit", 2).build(), PageStyle.offset().itemsAt("/notificationEvents").offsetParam("offset")
                        .nextOffsetAt("/nextOffset").build(), Item.class);
        assertEquals(5L, p.firstPage().metaLong("totalCount").orElseThrow());
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(p));
        assertEquals("/org/o1/notificationEvent?limit=2&offset=4", server.requests().get(3).target());
    }

    @Test
    void offsetThatDoesNotAdvanceIsAnError() {
        server.route("GET", "/o", r -> FakeResponse.json("{\"events\":" + items(0, 2) + ",\"nextOffset\":2}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/o").build(),
                OFFSET, Item.class);
        PaginationException e = assertThrows(PaginationException.class, () -> ids(p));
        assertTrue(e.getMessage().contains("does not advance"), e.getMessage());
        assertEquals(2, server.requestCount());
    }

    @Test
    void aLiteralNextOffsetZeroAfterAFullFirstPageEndsTheListing() {
        // Suger's documented example response carries "nextOffset": 0 next to its records.
        server.route("GET", "/o", r -> FakeResponse.json("{\"events\":" + items(0, 2) + ",\"nextOffset\":0,\"totalCount\":2}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/o").build(),
                OFFSET, Item.class);
        assertEquals(List.of("0", "1"), ids(p));
        assertFalse(p.firstPage().hasNext());
        assertEquals(2, server.requestCount());
    }

    @Test
    void aNextOffsetZeroOnALaterPageEndsTheListing() {
        server.route("GET", "/o", r -> FakeResponse.json(r.query("offset") == null
                ? "{\"events\":" + items(0, 2) + ",\"nextOffset\":2}" : "{\"events\":" + items(2, 3) + ",\"nextOffset\":0}"));
        assertEquals(List.of("0", "1", "2"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/o").build(),
                OFFSET, Item.class)));
        assertEquals(2, server.requestCount());
    }

    @Test
    void aNextOffsetZeroWhileTheTotalSaysMoreRemainIsAnErrorNotTheEnd() {
        server.route("GET", "/o", r -> FakeResponse.json("{\"events\":" + items(0, 2) + ",\"nextOffset\":0,\"totalCount\":6}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/o").build(),
                OFFSET_WITH_TOTAL, Item.class);
        PaginationException e = assertThrows(PaginationException.class, () -> ids(p));
        assertEquals("the server's next offset 0 would end the listing after 2 records, but its total count at /totalCount is 6;"
                + " stopping rather than dropping the rest", e.getMessage());
        assertEquals(1, server.requestCount());
        // With a total that the records reach, or none, 0 ends the listing.
        server.route("GET", "/t", r -> FakeResponse.json("{\"events\":" + items(0, 2) + ",\"nextOffset\":0,\"totalCount\":2}"));
        assertEquals(List.of("0", "1"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/t").build(),
                OFFSET_WITH_TOTAL, Item.class)));
    }

    @Test
    void offsetZeroOnAnEmptyPageEnds() {
        server.route("GET", "/o", r -> FakeResponse.json("{\"events\":[],\"nextOffset\":0}"));
        assertEquals(List.of(), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/o").build(),
                OFFSET, Item.class)));
    }

    @Test
    void skipLimitStyleStopsAtTheTotal() {
        server.route("GET", "/team-notifications", r -> {
            int skip = r.query("skip") == null ? 0 : Integer.parseInt(r.query("skip"));
            return FakeResponse.json("{\"data\":" + items(skip, Math.min(skip + 2, 5)) + ",\"total\":5,\"skip\":" + skip + ",\"limit\":2}");
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/team-notifications").query("limit", 2).build(),
                SKIP_LIMIT, Item.class);
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(p));
        assertEquals(3, server.requestCount());
    }

    @Test
    void skipLimitStyleFollowsTheTotalPastAShortPage() {
        // The server clamps the page to 2 records although 3 were asked for; total says 5 exist.
        server.route("GET", "/t", r -> {
            int skip = r.query("skip") == null ? 0 : Integer.parseInt(r.query("skip"));
            return FakeResponse.json("{\"data\":" + items(skip, Math.min(skip + 2, 5)) + ",\"total\":5}");
        });
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/t").query("limit", 3).build(),
                SKIP_LIMIT, Item.class)));
        List<String> targets = server.requests().stream().map(FakeRequest::target).toList();
        assertEquals(List.of("/t?limit=3", "/t?limit=3&skip=2", "/t?limit=3&skip=4"), targets);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void skipLimitStyleRefusesARepeatedPageWhenTheServerIgnoresSkipWithoutTotal() {
        server.route("GET", "/t", r -> FakeResponse.json("{\"data\":" + items(0, 2) + "}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/t").query("limit", 2).build(),
                SKIP_LIMIT, Item.class);
        List<String> seen = new ArrayList<>();
        PaginationException e = assertThrows(PaginationException.class, () -> p.forEach(i -> seen.add(i.id())));
        assertTrue(e.getMessage().contains("ignore the skip"), e.getMessage());
        assertEquals(List.of("0", "1"), seen, "the repeated page is not handed out");
        assertEquals(2, server.requestCount());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> p.forEachAsync(i -> { }).get(5, TimeUnit.SECONDS));
        assertInstanceOf(PaginationException.class, async.getCause());
        assertEquals(4, server.requestCount());
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void skipLimitStyleRefusesARepeatedPageEvenWithATotal() {
        server.route("GET", "/t", r -> FakeResponse.json("{\"data\":" + items(0, 2) + ",\"total\":100}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/t").query("limit", 2).build(),
                SKIP_LIMIT, Item.class);
        assertThrows(PaginationException.class, () -> ids(p));
        assertEquals(2, server.requestCount());
    }

    @Test
    void skipLimitStyleStopsOnAShortPageWithoutTotal() {
        server.route("GET", "/t", r -> FakeResponse.json("{\"data\":" + (r.query("skip") == null ? items(0, 2) : items(2, 3)) + "}"));
        assertEquals(List.of("0", "1", "2"), ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/t").query("limit", 2).build(),
                SKIP_LIMIT, Item.class)));
        assertEquals(2, server.requestCount());
    }

    @Test
    void odataFollowsTheNextLinkVerbatimInEitherSpelling() {
        server.route("GET", "/export/v1/records/conversations", r -> {
            String token = r.query("$skiptoken");
            if (token == null) {
                return FakeResponse.json("{\"@odata.context\":\"ctx\",\"value\":" + items(0, 2) + ",\"@odata.nextLink\":\""
                        + server.url("/export/v1/records/conversations?$skiptoken=abc") + "\"}");
            }
            if (token.equals("abc")) {
                return FakeResponse.json("{\"value\":" + items(2, 3) + ",\"odata.nextlink\":\""
                        + server.url("/export/v1/records/conversations?$skiptoken=def") + "\"}");
            }
            return FakeResponse.json("{\"value\":" + items(3, 4) + "}");
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/export/v1/records/conversations")
                .query("$filter", "route eq 'DM'").build(), PageStyle.odataNextLink(), Item.class);
        assertEquals(List.of("0", "1", "2", "3"), ids(p));
        assertEquals(3, server.requestCount());
        assertEquals("/export/v1/records/conversations?%24filter=route%20eq%20%27DM%27", server.requests().get(0).target());
        assertEquals("/export/v1/records/conversations?$skiptoken=abc", server.requests().get(1).target());
        assertEquals("/export/v1/records/conversations?$skiptoken=def", server.requests().get(2).target());
        assertTrue(server.requests().stream().allMatch(r -> "Bearer page-tok".equals(r.header("Authorization"))));
    }

    @Test
    void odataRefusesANextLinkToAnotherHost() {
        server.route("GET", "/records", r -> FakeResponse.json("{\"value\":" + items(0, 1) + ",\"@odata.nextLink\":\""
                + other.url("/records?$skiptoken=x&api_key=leak") + "\"}"));
        other.route("GET", "/records", r -> FakeResponse.json("{\"value\":[]}"));
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/records").build(), PageStyle.odataNextLink(), Item.class);
        List<String> got = new ArrayList<>();
        PaginationException e = assertThrows(PaginationException.class, () -> p.forEach(i -> got.add(i.id())));
        assertEquals(List.of("0"), got);
        assertTrue(e.getMessage().contains("not following it"), e.getMessage());
        assertTrue(e.getMessage().contains(":" + other.port()) && e.getMessage().contains(":" + server.port()),
                "both origins with their ports: " + e.getMessage());
        assertFalse(e.getMessage().contains("leak"));
        assertEquals(0, other.requestCount());
    }

    @Test
    void odataResolvesRelativeNextLinksAgainstThePageUrl() {
        server.route("GET", "/export/v1/records/users", r -> {
            String token = r.query("$skiptoken");
            if (token == null) {
                return FakeResponse.json("{\"value\":" + items(0, 1) + ",\"@odata.nextLink\":\"?$skiptoken=a\"}");
            }
            if (token.equals("a")) {
                return FakeResponse.json("{\"value\":" + items(1, 2) + ",\"@odata.nextLink\":\"users?$skiptoken=b\"}");
            }
            if (token.equals("b")) {
                return FakeResponse.json("{\"value\":" + items(2, 3) + ",\"@odata.nextLink\":\"/export/v1/records/users?$skiptoken=c\"}");
            }
            if (token.equals("c")) {
                return FakeResponse.json("{\"value\":" + items(3, 4) + ",\"@odata.nextLink\":\"//127.0.0.1:" + server.port()
                        + "/export/v1/records/users?$skiptoken=d\"}");
            }
            return FakeResponse.json("{\"value\":" + items(4, 5) + "}");
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/export/v1/records/users").build(),
                PageStyle.odataNextLink(), Item.class);
        assertEquals(List.of("0", "1", "2", "3", "4"), ids(p));
        assertEquals("/export/v1/records/users?$skiptoken=d", server.requests().get(4).target());
        assertTrue(p.firstPage().nextCursor().orElseThrow().startsWith("http://"), "a saved cursor is absolute");
    }

    @Test
    void odataRefusesANextLinkThatIsNoHttpUrl() {
        String[] links = {"ftp://example.com/x", "javascript:alert(1)", "mailto:a@b.c", "http://"};
        for (int i = 0; i < links.length; i++) {
            String link = links[i];
            server.route("GET", "/bad" + i, r -> FakeResponse.json("{\"value\":" + items(0, 1) + ",\"@odata.nextLink\":\"" + link + "\"}"));
            Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/bad" + i).build(),
                    PageStyle.odataNextLink(), Item.class);
            PaginationException e = assertThrows(PaginationException.class, () -> ids(p), link);
            assertTrue(e.getMessage().contains("not an http(s) URL"), e.getMessage());
        }
    }

    @Test
    void typedErrorsOfLaterPagesPropagateUnwrapped() {
        cursorPages();
        server.faults().next("GET", "/conversations", FakeResponse.json("{\"data\":" + items(0, 1) + ",\"pages\":{\"next\":{\"starting_after\":\"gone\"}}}"),
                FakeResponse.json(404, "{\"errors\":[{\"code\":\"not_found\",\"message\":\"cursor expired\"}]}"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> ids(conversations()));
        assertTrue(e.getMessage().contains("cursor expired"));
    }

    @Test
    void aPageWhoseRecordsAreNotAnArrayIsADecodeException() {
        server.route("GET", "/bad", r -> FakeResponse.json("{\"data\":{\"id\":\"1\"}}"));
        assertThrows(DecodeException.class, () -> ids(Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/bad").build(),
                SHALLOW_CURSOR, Item.class)));
    }

    @Test
    void aNullRecordIsADecodeExceptionNamingThePage() {
        server.route("GET", "/nulls", r -> FakeResponse.json("{\"data\":[{\"id\":\"1\"},null]}"));
        DecodeException e = assertThrows(DecodeException.class, () -> ids(Paginator.of(transport,
                ApiRequest.builder(HttpMethod.GET, "/nulls").build(), SHALLOW_CURSOR, Item.class)));
        assertTrue(e.getMessage().startsWith("could not decode response of GET /nulls as a page of Item"), e.getMessage());
    }

    @Test
    void nestedRecordPointersAreSupported() {
        server.route("GET", "/internal_articles/search", r -> FakeResponse.json(
                "{\"type\":\"list\",\"total_count\":2,\"data\":{\"internal_articles\":" + items(0, 2) + "},\"pages\":{}}"));
        Page<Item> page = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/internal_articles/search").build(),
                PageStyle.pageNumber().itemsAt("/data/internal_articles").pageParam("page").currentPageAt("/pages/page")
                        .totalPagesAt("/pages/total_pages").build(), Item.class).firstPage();
        assertEquals(List.of(new Item("0"), new Item("1")), page.items());
        assertEquals(Map.of(), page.meta().get("data"));
    }

    @Test
    void forEachAsyncVisitsEveryRecordInOrder() throws Exception {
        cursorPages();
        List<String> got = new ArrayList<>();
        assertEquals(5L, conversations().forEachAsync(i -> got.add(i.id())).get(10, TimeUnit.SECONDS));
        assertEquals(List.of("0", "1", "2", "3", "4"), got);
    }

    @Test
    void forEachAsyncFailsWithTheTypedException() {
        server.faults().next("GET", "/conversations", FakeResponse.json("{\"data\":" + items(0, 1) + ",\"pages\":{\"next\":{\"starting_after\":\"z\"}}}"));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> conversations().forEachAsync(i -> { }).get(10, TimeUnit.SECONDS));
        assertInstanceOf(NotFoundException.class, e.getCause());
    }

    @Test
    void aMillionRecordsStreamThroughPageByPage() {
        int pages = 100;
        int perPage = 10_000;
        server.route("GET", "/big", r -> {
            int page = r.query("page") == null ? 1 : Integer.parseInt(r.query("page"));
            StringBuilder sb = new StringBuilder(perPage * 20).append("{\"data\":[");
            int base = (page - 1) * perPage;
            for (int i = 0; i < perPage; i++) {
                sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(base + i).append("\"}");
            }
            return FakeResponse.json(sb.append("],\"pages\":{\"page\":").append(page).append(",\"total_pages\":").append(pages).append("}}").toString());
        });
        Paginator<Item> p = Paginator.of(transport, ApiRequest.builder(HttpMethod.GET, "/big").build(),
                PAGE_NUMBER, Item.class);
        long[] count = {0};
        String[] last = {null};
        p.forEach(i -> {
            count[0]++;
            last[0] = i.id();
        });
        assertEquals(1_000_000L, count[0]);
        assertEquals("999999", last[0]);
        assertEquals(pages, server.requestCount());
        assertNull(p.toString().contains("big") ? null : "toString names the request");
    }
}
