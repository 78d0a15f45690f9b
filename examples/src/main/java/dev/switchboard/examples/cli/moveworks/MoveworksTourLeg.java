package dev.switchboard.examples.cli.moveworks;

import dev.switchboard.conversations.moveworks.Conversation;
import dev.switchboard.conversations.moveworks.ConversationDetail;
import dev.switchboard.conversations.moveworks.ConversationType;
import dev.switchboard.conversations.moveworks.Filter;
import dev.switchboard.conversations.moveworks.Interaction;
import dev.switchboard.conversations.moveworks.MoveworksDataApi;
import dev.switchboard.conversations.moveworks.ODataQuery;
import dev.switchboard.conversations.moveworks.PluginCall;
import dev.switchboard.conversations.moveworks.PluginResource;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.retry.RetryEvent;
import dev.switchboard.examples.cli.MaskedOutput;
import dev.switchboard.examples.cli.TourLeg;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Moveworks leg of the tour, against {@link FakeMoveworksDataApi} with OAuth client credentials: counts
 * conversations and splits them with {@link Filter#dmOnly()} / {@link Filter#sysEventsOnly()}, walks the SysEvent
 * conversations through several {@code @odata.nextLink} pages while a 429 without {@code Retry-After} makes the client
 * wait the 60 s Moveworks default (on a manual clock: simulated, not slept), prints typed SysEvent details, and counts
 * bot reach-outs and plugin calls mapped to bot interactions. Every step is checked; a broken expectation throws
 * {@link IllegalStateException}. The client secret and the issued tokens are never printed.
 */
public final class MoveworksTourLeg implements TourLeg {
    static final String CLIENT_ID = "tour-client";
    static final String CLIENT_SECRET = "tour-secret-5b1c0e";
    static final int CONVERSATIONS = 40;
    static final int PAGE_SIZE = 10;

    /** Creates the leg. */
    public MoveworksTourLeg() {
    }

    @Override
    public String name() {
        return "moveworks: Data API, SysEvents, OData paging";
    }

    /**
     * Runs the leg. Its lines are collected first and checked for secrets before they reach {@code out}, so even a
     * failing run prints nothing secret.
     *
     * @param out stdout
     * @throws IllegalStateException if an expectation fails
     */
    @Override
    public void run(PrintStream out) {
        MaskedOutput.run(out, List.of(CLIENT_SECRET), List.of(java.util.regex.Pattern.compile("fake-mw-token-\\d+")),
                MoveworksTourLeg::steps);
    }

    private static void steps(PrintStream out) {
        ManualClock clock = ManualClock.at(Instant.parse("2026-04-20T09:00:00Z"));
        RecordingSleeper sleeper = new RecordingSleeper(clock);
        List<RetryEvent> retries = new ArrayList<>();
        try (FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder()
                .conversations(CONVERSATIONS).pageSize(PAGE_SIZE).clientCredentials(CLIENT_ID, CLIENT_SECRET).start();
                MoveworksDataApi api = MoveworksDataApi.builder()
                        .baseUrl(fake.baseUrl())
                        .clientCredentials(CLIENT_ID, CLIENT_SECRET)
                        .clock(clock)
                        .sleeper(sleeper::sleep)
                        .retryListener(e -> {
                            retries.add(e);
                            out.println("  retry after HTTP " + e.status() + ": waiting " + seconds(e.delay())
                                    + " s (no Retry-After, so the Moveworks default; simulated)");
                        })
                        .build()) {
            out.println("(sandbox: FakeMoveworksDataApi with OAuth client credentials; waits are simulated on a manual clock)");
            long dm = counts(out, api);
            List<Conversation> sysEvents = walk(out, api, fake, retries, sleeper);
            check(sysEvents.size() == CONVERSATIONS - dm, "the walk found " + sysEvents.size() + " SysEvent conversations, the count "
                    + (CONVERSATIONS - dm));
            details(out, sysEvents);
            reachOuts(out, api, sysEvents);
            credentials(out, fake);
        }
    }

    private static long counts(PrintStream out, MoveworksDataApi api) {
        long all = api.conversations().count();
        long dm = api.conversations().count(ODataQuery.dmOnly());
        long sys = api.conversations().count(ODataQuery.sysEventsOnly());
        out.println("GET /export/v1/records/conversations/$count: " + all + " conversations");
        out.println("  dmOnly()        $filter=" + Filter.dmOnly().toOData() + ": " + dm + " (what the entity held before April 2026)");
        out.println("  sysEventsOnly() $filter=" + Filter.sysEventsOnly().toOData() + ": " + sys + " (notifications, interceptions)");
        check(all == CONVERSATIONS, "expected " + CONVERSATIONS + " conversations, counted " + all);
        check(dm + sys == all, "dmOnly " + dm + " + sysEventsOnly " + sys + " != " + all);
        check(dm > 0 && sys > 0, "both kinds of conversations should be present");
        return dm;
    }

    private static List<Conversation> walk(PrintStream out, MoveworksDataApi api, FakeMoveworksDataApi fake, List<RetryEvent> retries,
            RecordingSleeper sleeper) {
        out.println("GET conversations?$filter=" + Filter.sysEventsOnly().toOData() + " in pages of " + PAGE_SIZE
                + ", following @odata.nextLink; the third page is rate limited");
        List<Conversation> all = new ArrayList<>();
        int pages = 0;
        for (Page<Conversation> page : api.conversations().list(ODataQuery.sysEventsOnly()).pages()) {
            pages++;
            all.addAll(page.items());
            out.println("  page " + page.number() + ": " + page.items().size() + " conversations"
                    + (page.hasNext() ? ", next link" : ", last page"));
            if (pages == 2) {
                fake.rateLimitNext();
            }
        }
        out.println("  " + all.size() + " SysEvent conversations in " + pages + " pages");
        check(pages >= 3, "expected several pages, got " + pages);
        check(retries.size() == 1 && retries.get(0).status() == 429, "expected one retry after a 429, got " + retries);
        check(sleeper.sleeps().equals(List.of(Duration.ofSeconds(60))), "expected one simulated 60 s wait, got " + sleeper.sleeps());
        List<FakeRequest> lists = fake.requests().stream()
                .filter(r -> r.method().equals("GET") && r.path().equals("/export/v1/records/conversations")).toList();
        check("route ne 'DM'".equals(lists.get(0).query("$filter")), "the first request did not carry the filter");
        check(lists.subList(1, lists.size()).stream().allMatch(r -> r.queryParams().keySet().equals(Set.of("$skiptoken"))),
                "a next-page request carried query parameters of its own");
        check(all.stream().allMatch(Conversation::isSysEvent), "a DM conversation came back from sysEventsOnly()");
        return all;
    }

    private static void details(PrintStream out, List<Conversation> sysEvents) {
        out.println("typed details of a few SysEvent types:");
        Map<ConversationType, Conversation> firstOfType = new LinkedHashMap<>();
        for (Conversation c : sysEvents) {
            if (c.type() != null) {
                firstOfType.putIfAbsent(c.type(), c);
            }
        }
        List<ConversationType> shown = List.of(ConversationType.TICKET_INTERCEPTION, ConversationType.CHANNEL_INTERCEPTION,
                ConversationType.COMMS_NOTIFICATION, ConversationType.APPROVAL_UPDATE_NOTIFICATION);
        for (ConversationType type : shown) {
            Conversation c = firstOfType.get(type);
            check(c != null, "no " + type + " conversation");
            ConversationDetail d = c.detail().orElseThrow(() -> new IllegalStateException(c.id() + " has no detail"));
            out.println("  " + type.value().substring("CONVERSATION_TYPE_".length()) + " (route " + c.route() + "): " + describe(d));
        }
        long legacy = sysEvents.stream().filter(c -> c.type() == null).count();
        out.println("  legacy notifications (route Notification, no type): " + legacy);
        check(firstOfType.size() == ConversationType.values().size(), "expected all " + ConversationType.values().size()
                + " SysEvent types, got " + firstOfType.size());
        check(firstOfType.values().stream().noneMatch(c -> c.detail().orElseThrow() instanceof ConversationDetail.Unknown),
                "a known type decoded as Unknown");
    }

    private static String describe(ConversationDetail d) {
        if (d instanceof ConversationDetail.TicketInterception t) {
            return "ticket " + t.ticketId() + ", \"" + t.content() + "\"";
        }
        if (d instanceof ConversationDetail.ChannelInterception ch) {
            return "#" + ch.channelName() + " (" + ch.channelId() + "), \"" + ch.content() + "\"";
        }
        if (d instanceof ConversationDetail.CommsCampaign cc) {
            return "campaign " + cc.campaignId() + " \"" + cc.campaignName() + "\"";
        }
        if (d instanceof ConversationDetail.ApprovalUpdate a) {
            return a.approvalType() + " from " + a.source() + ", domain " + a.domain();
        }
        return d.raw().toString();
    }

    private static void reachOuts(PrintStream out, MoveworksDataApi api, List<Conversation> sysEvents) {
        List<Interaction> bot = api.interactions().list(ODataQuery.of(Filter.field("actor").eq("bot"))).stream().toList();
        Set<String> withBotMessage = bot.stream().map(Interaction::conversationId).collect(Collectors.toSet());
        long reached = sysEvents.stream().filter(c -> withBotMessage.contains(c.id())).count();
        List<Conversation> silent = sysEvents.stream()
                .filter(c -> c.type() != null && c.type().value().endsWith("_INTERCEPTION") && !withBotMessage.contains(c.id()))
                .toList();
        out.println("bot reach-outs: " + reached + " of " + sysEvents.size() + " SysEvent conversations have a bot message; "
                + silent.size() + " interceptions had no reach-out");
        Set<String> botIds = bot.stream().map(Interaction::id).collect(Collectors.toSet());
        List<PluginCall> calls = api.pluginCalls().list().stream().toList();
        long onBot = calls.stream().filter(p -> botIds.contains(p.interactionId())).count();
        long waiting = calls.stream().filter(p -> botIds.contains(p.interactionId()) && !p.isUsed()).count();
        out.println("plugin calls: " + onBot + " of " + calls.size() + " map to a bot interaction (SysEvents), "
                + waiting + " of them waiting for the user");
        List<PluginResource> autoFiled = api.pluginResources().list(ODataQuery.of(Filter.field("interaction_id").isNull()))
                .stream().toList();
        out.println("plugin resources without interaction (tickets auto-filed by channel interception): " + autoFiled.size());
        check(reached > 0 && !silent.isEmpty(), "expected both reach-outs and silent interceptions");
        check(bot.stream().filter(i -> !i.hasParent()).count() >= reached, "SysEvent bot messages should have no parent");
        check(onBot > 0 && waiting > 0, "expected plugin calls on bot interactions, some waiting");
        check(!autoFiled.isEmpty() && autoFiled.stream().noneMatch(PluginResource::hasInteraction),
                "expected auto-filed tickets without interaction");
    }

    private static void credentials(PrintStream out, FakeMoveworksDataApi fake) {
        long data = fake.requests().stream().filter(r -> r.method().equals("GET")).count();
        check(fake.tokenRequests() == 1, "expected one token request, got " + fake.tokenRequests());
        check(fake.requests().stream().filter(r -> r.method().equals("GET"))
                .allMatch(r -> r.header("Authorization") != null && r.header("Authorization").startsWith("Bearer ")),
                "a data request went without a bearer token");
        out.println("OAuth: 1 token request (POST /oauth/v1/token, expires_in 3600) served all " + data
                + " data requests; the client secret and the token are never printed");
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
