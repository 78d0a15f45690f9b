package dev.switchboard.examples;

import dev.switchboard.conversations.moveworks.ApiVersion;
import dev.switchboard.conversations.moveworks.Conversation;
import dev.switchboard.conversations.moveworks.ConversationDetail;
import dev.switchboard.conversations.moveworks.ConversationType;
import dev.switchboard.conversations.moveworks.Filter;
import dev.switchboard.conversations.moveworks.Interaction;
import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.conversations.moveworks.ODataQuery;
import dev.switchboard.conversations.moveworks.PluginCall;
import dev.switchboard.conversations.moveworks.PluginResource;
import dev.switchboard.conversations.moveworks.Region;
import dev.switchboard.conversations.moveworks.SortOrder;
import dev.switchboard.core.RateLimitException;
import dev.switchboard.core.http.Timeouts;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The code shown in the README's "Moveworks Data API" section, compiled with the build so it stays true. Run it with
 * {@code java -cp examples/target/switchboard-cli.jar dev.switchboard.examples.MoveworksQuickstart}; it talks to the
 * testkit's fake only.
 */
public final class MoveworksQuickstart {
    private MoveworksQuickstart() {
    }

    /**
     * @param apiKey a Data API key
     * @return a client of the US region
     */
    static MoveworksDataApi withApiKey(String apiKey) {
        // README: API key
        MoveworksDataApi api = MoveworksDataApi.builder()
                .apiKey(apiKey)                                // Authorization: Bearer <key>
                .build();                                      // US region, /export/v1
        return api;
    }

    /**
     * @param clientId OAuth client id
     * @param clientSecret OAuth client secret
     * @return a client of the EU region
     */
    static MoveworksDataApi withClientCredentials(String clientId, String clientSecret) {
        // README: OAuth client credentials
        MoveworksDataApi api = MoveworksDataApi.builder()
                .region(Region.EU)                             // https://api.eu.moveworks.ai
                .clientCredentials(clientId, clientSecret)     // POST {base}/oauth/v1/token, cached, refreshed
                .apiVersion(ApiVersion.V1)                     // or V1BETA2
                .rateLimitWait(Duration.ofSeconds(90))         // 429 without Retry-After (default 60 s)
                .timeouts(Timeouts.ofDeadline(Duration.ofMinutes(10)))              // per page, retries and waits included
                .build();
        return api;
    }

    /**
     * @param api a client
     * @param since the start of the export
     * @return how many conversations were listed
     */
    static long listAndCount(MoveworksDataApi api, Instant since) {
        // README: listing and counting
        ODataQuery query = ODataQuery.builder()
                .filter(Filter.lastUpdatedTime().ge(since))   // last_updated_time ge '2026-04-01T00:00:00.000Z'
                .orderBy("created_time", SortOrder.DESC)
                .build();
        long listed = 0;
        for (Conversation c : api.conversations().list(query)) {  // lazy; pages follow @odata.nextLink
            listed++;
        }
        long total = api.conversations().count(query);            // GET .../conversations/$count?$filter=...
        Page<Conversation> first = api.conversations().list(query).firstPage();
        String resumeLater = first.nextCursor().orElse(null);     // the next link, to resume later
        System.out.println(listed + " of " + total + " conversations; resume at " + (resumeLater != null));
        return listed;
    }

    /**
     * @param api a client
     * @param since the start of the window
     * @return DM conversations before and after the April 2026 change
     */
    static long keepPreUpdateNumbers(MoveworksDataApi api, Instant since) {
        // README: after the SysEvents change
        Filter window = Filter.lastUpdatedTime().ge(since);
        long userInitiated = api.conversations().count(ODataQuery.of(Filter.dmOnly().and(window)));     // route eq 'DM'
        long systemInitiated = api.conversations().count(ODataQuery.of(Filter.sysEventsOnly().and(window)));  // route ne 'DM'
        System.out.println(userInitiated + " user-initiated, " + systemInitiated + " SysEvent conversations");
        return userInitiated;
    }

    /**
     * @param api a client
     * @param since the start of the window
     * @return SysEvent conversations per type
     */
    static Map<String, Long> sysEventsByType(MoveworksDataApi api, Instant since) {
        // README: SysEvents by type
        Map<String, Long> byType = api.conversations()
                .list(ODataQuery.sysEventsOnly().and(Filter.lastUpdatedTime().ge(since)))
                .stream()
                .collect(Collectors.groupingBy(c -> c.type() == null ? "legacy notification" : c.type().value(),
                        TreeMap::new, Collectors.counting()));
        // Typed details: one variant per type, the raw JSON always kept
        for (Conversation c : api.conversations().list(ODataQuery.of(Filter.field("type")
                .eq(ConversationType.TICKET_INTERCEPTION)))) {
            if (c.detail().orElseThrow() instanceof ConversationDetail.TicketInterception t) {
                System.out.println(t.ticketId() + ": " + t.content());
            }
        }
        return byType;
    }

    /**
     * @param api a client
     * @param since the start of the window
     * @return SysEvent conversations with a bot reach-out
     */
    static long botReachOuts(MoveworksDataApi api, Instant since) {
        // README: bot reach-outs
        Set<String> reachedOut = api.interactions()
                .list(ODataQuery.of(Filter.field("actor").eq("bot").and(Filter.lastUpdatedTime().ge(since))))
                .stream()
                .map(Interaction::conversationId)
                .collect(Collectors.toSet());
        Map<Boolean, Long> sysEvents = api.conversations()
                .list(ODataQuery.sysEventsOnly().and(Filter.lastUpdatedTime().ge(since)))
                .stream()
                .collect(Collectors.partitioningBy(c -> reachedOut.contains(c.id()), Collectors.counting()));
        long withReachOut = sysEvents.get(true);
        long silentInterceptions = api.conversations()
                .list(ODataQuery.of(Filter.route().eq("Ticket").or(Filter.route().eq("Channel"))
                        .and(Filter.lastUpdatedTime().ge(since))))
                .stream()
                .filter(c -> !reachedOut.contains(c.id()))
                .count();
        System.out.println(withReachOut + " SysEvent conversations reached out; "
                + silentInterceptions + " interceptions did not");
        return withReachOut;
    }

    /**
     * @param api a client
     * @param since the start of the window
     * @return plugin calls mapped to bot interactions
     */
    static long pluginCallsOnBotInteractions(MoveworksDataApi api, Instant since) {
        // README: plugin calls and resources
        Filter window = Filter.lastUpdatedTime().ge(since);
        Map<String, Interaction> interactions = api.interactions().list(ODataQuery.of(window)).stream()
                .collect(Collectors.toMap(Interaction::id, i -> i));
        long onBot = 0;
        long waitingForUser = 0;
        for (PluginCall call : api.pluginCalls().list(ODataQuery.of(window))) {
            Interaction i = interactions.get(call.interactionId());
            if (i != null && i.isBot()) {                    // a SysEvent plugin call
                onBot++;
                if (!call.isUsed()) {
                    waitingForUser++;                        // e.g. an approval waiting for the user's click
                }
            }
        }
        long autoFiled = api.pluginResources()
                .list(ODataQuery.of(Filter.field("interaction_id").isNull().and(window)))
                .stream().filter(r -> !r.hasInteraction()).count();  // tickets filed by channel interception
        System.out.println(onBot + " plugin calls on bot interactions (" + waitingForUser + " waiting), "
                + autoFiled + " auto-filed tickets");
        return onBot;
    }

    /**
     * @param api a client
     */
    static void handleRateLimits(MoveworksDataApi api) {
        // README: errors
        try {
            api.users().count();
        } catch (RateLimitException e) {          // the server asked for a longer wait than the client honours
            System.out.println("come back in " + e.retryAfter().orElse(Duration.ofMinutes(1)));
        }
    }

    /**
     * Runs the examples against the testkit's fake.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        withApiKey("example-key").close();                                 // building sends nothing
        withClientCredentials("example-client", "example-secret").close();
        // README: testing with the fake
        try (FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder().conversations(60).pageSize(50).start();
                MoveworksDataApi api = MoveworksDataApi.builder()
                        .baseUrl(fake.baseUrl())
                        .clientCredentials(FakeMoveworksDataApi.DEFAULT_CLIENT_ID, FakeMoveworksDataApi.DEFAULT_CLIENT_SECRET)
                        .build()) {
            // fake.rateLimitNext(); fake.unavailableNext(2); fake.records("conversations"); fake.tokenRequests(); ...
            Instant since = Instant.parse("2026-04-01T00:00:00Z").minus(1, ChronoUnit.DAYS);
            listAndCount(api, since);
            keepPreUpdateNumbers(api, since);
            sysEventsByType(api, since).forEach((type, n) -> System.out.println("  " + type + ": " + n));
            botReachOuts(api, since);
            pluginCallsOnBotInteractions(api, since);
            handleRateLimits(api);
            PluginResource any = api.pluginResources().list().firstPage().items().get(0);
            System.out.println("a plugin resource re-encoded: " + dev.switchboard.core.json.Json.write(any));
        }
    }
}
