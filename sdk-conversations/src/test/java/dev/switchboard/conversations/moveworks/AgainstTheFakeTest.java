package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.json.Json;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the testkit's stateful fake: OAuth, paging, filters, counts, typed SysEvents, a rate limit. */
class AgainstTheFakeTest {
    private final FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder().pageSize(15).start();
    private final Harness h = new Harness();
    private final MoveworksDataApi api = MoveworksDataApi.builder()
            .baseUrl(fake.baseUrl())
            .clientCredentials(FakeMoveworksDataApi.DEFAULT_CLIENT_ID, FakeMoveworksDataApi.DEFAULT_CLIENT_SECRET)
            .clock(h.clock)
            .sleeper(h.sleeper::sleep)
            .build();

    @AfterEach
    void close() {
        api.close();
        fake.close();
    }

    @Test
    void dmAndSysEventCountsAddUpToTheTotal() {
        long all = api.conversations().count();
        long dm = api.conversations().count(ODataQuery.dmOnly());
        long sys = api.conversations().count(ODataQuery.sysEventsOnly());
        assertEquals(40, all);
        assertEquals(all, dm + sys);
        assertEquals(dm, api.conversations().list(ODataQuery.dmOnly()).stream().filter(Conversation::isUserInitiated).count());
        assertEquals(1, fake.tokenRequests(), "one token for every call");
    }

    @Test
    void everyRecordDecodesTypedAndReEncodesAsServed() {
        Map<String, EntityClient<?>> entities = Map.of("conversations", api.conversations(), "interactions", api.interactions(),
                "plugin-calls", api.pluginCalls(), "plugin-resources", api.pluginResources(), "users", api.users());
        entities.forEach((name, entity) -> {
            List<JsonNode> served = fake.records(name);
            List<JsonNode> back = new ArrayList<>();
            entity.list().forEach(r -> back.add(Json.toTree(r)));
            assertEquals(served, back, name);
        });
        List<Conversation> sys = api.conversations().list(ODataQuery.sysEventsOnly()).stream().toList();
        assertTrue(sys.stream().allMatch(Conversation::isSysEvent));
        Set<ConversationType> typed = sys.stream().filter(c -> c.detail().isPresent())
                .peek(c -> assertFalse(c.detail().get() instanceof ConversationDetail.Unknown, c.id()))
                .map(Conversation::type).collect(Collectors.toSet());
        assertEquals(Set.copyOf(ConversationType.values()), typed);
    }

    @Test
    void pagesFollowNextLinksWithTheQueryOnTheFirstRequestOnly() {
        Instant since = Instant.parse("2026-04-01T03:00:00Z");
        ODataQuery q = ODataQuery.builder().filter(Filter.sysEventsOnly()).and(Filter.lastUpdatedTime().ge(since)).build();
        int pages = 0;
        int records = 0;
        for (Page<Conversation> page : api.conversations().list(q).pages()) {
            pages++;
            records += page.items().size();
        }
        long expected = fake.records("conversations").stream()
                .filter(c -> !c.get("route").asText().equals("DM"))
                .filter(c -> Instant.parse(c.get("last_updated_time").asText()).compareTo(since) >= 0).count();
        assertEquals(expected, records);
        assertEquals((expected + 14) / 15, pages);
        assertTrue(pages >= 2, "several pages: " + pages);
        List<FakeRequest> lists = fake.requests().stream().filter(r -> r.method().equals("GET")).toList();
        assertEquals("route ne 'DM' and last_updated_time ge '2026-04-01T03:00:00.000Z'", lists.get(0).query("$filter"));
        for (FakeRequest r : lists.subList(1, lists.size())) {
            assertEquals(Set.of("$skiptoken"), r.queryParams().keySet(), r.toString());
            assertTrue(r.header("Authorization").startsWith("Bearer fake-mw-token-"), r.toString());
        }
    }

    @Test
    void aRateLimitedPageWaitsSixtySecondsThenContinues() {
        fake.rateLimitNext();
        assertEquals(40, api.conversations().list().stream().count());
        assertEquals(List.of(Duration.ofSeconds(60)), h.sleeper.sleeps());
    }

    @Test
    void sysEventPluginCallsMapToBotInteractions() {
        Map<String, Interaction> interactions = api.interactions().list().stream()
                .collect(Collectors.toMap(Interaction::id, i -> i));
        Set<String> sysConversations = api.conversations().list(ODataQuery.sysEventsOnly()).stream().map(Conversation::id)
                .collect(Collectors.toSet());
        List<PluginCall> sysCalls = api.pluginCalls().list().stream()
                .filter(p -> sysConversations.contains(p.conversationId())).toList();
        assertFalse(sysCalls.isEmpty());
        assertTrue(sysCalls.stream().anyMatch(p -> interactions.get(p.interactionId()).isBot()));
        List<PluginResource> orphans = api.pluginResources().list().stream().filter(r -> !r.hasInteraction()).toList();
        assertFalse(orphans.isEmpty());
        assertTrue(orphans.stream().allMatch(r -> r.detail() instanceof PluginResourceDetail.Ticket));
    }
}
