package dev.switchboard.conversations.intercom.knowledge;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertLossless;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.testkit.intercom.FakeIntercomKnowledge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewsfeedsClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomKnowledge fake = FakeIntercomKnowledge.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final NewsfeedsClient feeds = new NewsfeedsClient(t.connection);
    private final NewsItemsClient news = new NewsItemsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsAndGetsNewsfeeds() {
        fake.perPage(1);
        List<Newsfeed> all = feeds.list().stream().toList();
        assertEquals(List.of("53", "54"), all.stream().map(Newsfeed::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/news/newsfeeds", null);
        assertRequest(t.server.takeRequest(), "GET", "/news/newsfeeds?page=2", null);
        assertEquals(2, t.server.requestCount());
        Newsfeed visitors = feeds.get("53");
        assertRequest(t.server.takeRequest(), "GET", "/news/newsfeeds/53", null);
        assertEquals("newsfeed", visitors.type());
        assertEquals("Visitor Feed", visitors.name());
        assertEquals(Instant.ofEpochSecond(FakeIntercomKnowledge.EPOCH), visitors.createdAt());
        assertEquals(visitors.createdAt(), visitors.updatedAt());
        assertEquals(all.get(0), visitors);
        assertEquals(2, fake.newsfeedCount());
    }

    @Test
    void listsTheLiveItemsOfAFeedOnly() {
        assertEquals(List.of("141"), feeds.items("53").stream().map(NewsItem::id).toList());
        assertRequest(t.server.takeRequest(), "GET", "/news/newsfeeds/53/items", null);
        t.server.clearRequests();
        assertEquals(List.of(), feeds.items("54").stream().toList());
        assertEquals(1, t.server.requestCount(), "an empty feed's total_pages 0 ends the listing");
        Instant past = MoreTestSupport.NOW.minus(Duration.ofDays(1));
        NewsItem live = news.create(NewsItemRequest.create("Live", "991267460").state(NewsItemState.LIVE)
                .newsfeedAssignments(List.of(NewsfeedAssignment.of(54, past))));
        news.create(NewsItemRequest.create("Draft", "991267460").state(NewsItemState.DRAFT)
                .newsfeedAssignments(List.of(NewsfeedAssignment.of(54))));
        assertEquals(List.of(live.id()), feeds.items("54").stream().map(NewsItem::id).toList());
        assertEquals(past, feeds.items("54").stream().findFirst().orElseThrow().newsfeedAssignments().get(0).publishedAt());
    }

    @Test
    void anUnknownFeedIsNotFoundAndArgumentsAreCheckedFirst() {
        assertThrows(NotFoundException.class, () -> feeds.get("99"));
        assertThrows(NotFoundException.class, () -> feeds.items("99").firstPage());
        int sent = t.server.requestCount();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> feeds.get(" ")).getMessage().startsWith("newsfeedId"));
        assertThrows(IllegalArgumentException.class, () -> feeds.items(".."));
        assertThrows(IllegalArgumentException.class, () -> feeds.get(null));
        CompletionException e = assertThrows(CompletionException.class, () -> feeds.getAsync("").join());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals(sent, t.server.requestCount());
    }

    @Test
    void getAsyncSendsTheSameRequest() {
        assertEquals("Customer Feed", feeds.getAsync("54").join().name());
        assertRequest(t.server.takeRequest(), "GET", "/news/newsfeeds/54", null);
        CompletionException e = assertThrows(CompletionException.class, () -> feeds.getAsync("55").join());
        assertInstanceOf(NotFoundException.class, e.getCause());
    }

    @Test
    void aFieldOfTheWrongTypeFailsOnlyItsAccessor() {
        String json = "{\"id\":72,\"type\":\"newsfeed\",\"name\":[\"Visitor Feed\"],\"created_at\":4102444800,"
                + "\"updated_at\":null,\"audience\":{\"x\":1.0}}";
        assertLossless(json, Newsfeed.class);
        Newsfeed f = decode(json, Newsfeed.class);
        assertEquals("72", f.id());
        assertEquals("path $.name", assertThrows(DecodeException.class, f::name).location());
        assertEquals(Instant.ofEpochSecond(4102444800L), f.createdAt());
        assertEquals(null, f.updatedAt());
    }
}
