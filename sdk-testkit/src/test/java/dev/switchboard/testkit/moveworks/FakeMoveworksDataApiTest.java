package dev.switchboard.testkit.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.TestJson;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeMoveworksDataApiTest {
    private static final String KEY = "Bearer " + FakeMoveworksDataApi.DEFAULT_API_KEY;
    private final FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder().pageSize(7).start();

    @AfterEach
    void close() {
        fake.close();
    }

    private HttpUrl list(String entity, String... params) {
        HttpUrl.Builder b = Client.url(fake, "/export/v1/records/" + entity);
        for (int i = 0; i < params.length; i += 2) {
            b.addQueryParameter(params[i], params[i + 1]);
        }
        return b.build();
    }

    /** Follows next links from {@code first} and returns every record. */
    private List<JsonNode> walk(HttpUrl first, List<String> links) {
        List<JsonNode> out = new ArrayList<>();
        String url = first.toString();
        while (url != null) {
            Client.Result r = Client.get(url, KEY);
            assertEquals(200, r.code(), r.body());
            JsonNode page = r.json();
            page.get("value").forEach(out::add);
            JsonNode next = page.get("@odata.nextLink");
            url = next == null ? null : next.asText();
            if (url != null) {
                links.add(url);
            }
        }
        return out;
    }

    private long expected(String entity, java.util.function.Predicate<JsonNode> p) {
        return fake.records(entity).stream().filter(p).count();
    }

    @Test
    void dataRequestsNeedABearerKeyOrAnIssuedToken() {
        Client.Result none = Client.get(list("users"), null);
        assertEquals(401, none.code());
        assertEquals(TestJson.parse("{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Authorization header missing\"}}"),
                none.json());
        assertEquals(401, Client.get(list("users"), "Bearer wrong").code());
        assertEquals(401, Client.get(list("users"), FakeMoveworksDataApi.DEFAULT_API_KEY).code(), "the raw key without Bearer");
        assertEquals(200, Client.get(list("users"), KEY).code());
        assertFalse(fake.toString().contains(FakeMoveworksDataApi.DEFAULT_API_KEY));
    }

    @Test
    void theTokenEndpointIssuesHourLongTokensAndCountsRequests() {
        String body = "{\"grant_type\":\"client_credentials\",\"client_id\":\"" + FakeMoveworksDataApi.DEFAULT_CLIENT_ID
                + "\",\"client_secret\":\"" + FakeMoveworksDataApi.DEFAULT_CLIENT_SECRET + "\"}";
        Client.Result ok = Client.post(fake, "/oauth/v1/token", body, "application/json");
        assertEquals(200, ok.code());
        assertEquals(TestJson.parse("{\"access_token\":\"fake-mw-token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"), ok.json());
        assertEquals(200, Client.get(list("users"), "Bearer fake-mw-token-1").code());

        Client.Result bad = Client.post(fake, "/oauth/v1/token", body.replace(FakeMoveworksDataApi.DEFAULT_CLIENT_SECRET, "nope"),
                "application/json");
        assertEquals(401, bad.code());
        assertEquals("invalid_client", bad.json().get("error").asText());
        assertEquals(400, Client.post(fake, "/oauth/v1/token", body.replace("client_credentials", "password"), "application/json").code());
        assertEquals(400, Client.post(fake, "/oauth/v1/token", "grant_type=client_credentials", "application/x-www-form-urlencoded").code());
        assertEquals(4, fake.tokenRequests());
        assertEquals(1, fake.tokensIssued());

        fake.revokeIssuedTokens();
        assertEquals(401, Client.get(list("users"), "Bearer fake-mw-token-1").code());
    }

    @Test
    void pagesFollowAbsoluteNextLinksThatCarryOnlyTheSkipToken() {
        List<String> links = new ArrayList<>();
        List<JsonNode> all = walk(list("conversations"), links);
        assertEquals(fake.records("conversations"), all);
        assertEquals(40, all.size());
        assertEquals(5, links.size(), "40 records in pages of 7");
        for (String link : links) {
            HttpUrl u = HttpUrl.get(link);
            assertEquals(HttpUrl.get(fake.baseUrl()).host(), u.host());
            assertEquals(HttpUrl.get(fake.baseUrl()).port(), u.port());
            assertEquals(Set.of("$skiptoken"), u.queryParameterNames());
        }
        JsonNode first = Client.get(list("conversations"), KEY).json();
        assertEquals(fake.baseUrl() + "/export/v1/records/$metadata#conversations", first.get("@odata.context").asText());
    }

    @Test
    void routeFiltersSplitConversationsIntoDmAndSysEvents() {
        List<JsonNode> dm = walk(list("conversations", "$filter", "route eq 'DM'"), new ArrayList<>());
        List<JsonNode> sys = walk(list("conversations", "$filter", "route ne 'DM'"), new ArrayList<>());
        assertEquals(expected("conversations", c -> c.get("route").asText().equals("DM")), dm.size());
        assertEquals(10, dm.size());
        assertEquals(30, sys.size());
        assertTrue(dm.stream().allMatch(c -> c.get("type").isNull()));
        assertEquals(2, sys.stream().filter(c -> c.get("type").isNull()).count(), "the legacy notifications");
    }

    @Test
    void timeComparisonsJoinedByAndAreInstantAware() {
        String filter = "last_updated_time ge '2026-04-01T05:00:00Z' and created_time lt '2026-04-01T08:00:00.000Z'";
        List<JsonNode> hit = walk(list("conversations", "$filter", filter), new ArrayList<>());
        long expected = expected("conversations", c -> c.get("last_updated_time").asText().compareTo("2026-04-01T05:00:00.000Z") >= 0
                && c.get("created_time").asText().compareTo("2026-04-01T08:00:00.000Z") < 0);
        assertEquals(expected, hit.size());
        assertTrue(expected > 0 && expected < 40, "the window cuts the data: " + expected);
    }

    @Test
    void orAndParenthesesAndNullAndBooleanLiteralsWork() {
        String filter = "(route eq 'Ticket' or route eq 'Channel') and type ne null";
        assertEquals(4, walk(list("conversations", "$filter", filter), new ArrayList<>()).size());
        assertEquals(expected("plugin-calls", c -> !c.get("used").asBoolean()),
                walk(list("plugin-calls", "$filter", "used eq false"), new ArrayList<>()).size());
        assertEquals(expected("users", u -> u.get("last_name").asText().equals("O'Brien")),
                walk(list("users", "$filter", "last_name eq 'O''Brien'"), new ArrayList<>()).size());
        assertEquals(expected("plugin-resources", r -> r.get("interaction_id").isNull()),
                walk(list("plugin-resources", "$filter", "interaction_id eq null"), new ArrayList<>()).size());
    }

    @Test
    void unsupportedFiltersAreODataErrors() {
        for (String filter : List.of("contains(route,'D')", "detail/ticket_id eq 'x'", "nope eq 'x'", "route eq", "route eq 'DM",
                "route eq 'DM' xor route eq 'x'", "route has 'DM'", "(route eq 'DM'", "")) {
            Client.Result r = Client.get(list("conversations", "$filter", filter), KEY);
            assertEquals(400, r.code(), filter);
            assertEquals("BadRequest", r.json().at("/error/code").asText(), filter);
            assertFalse(r.json().at("/error/message").asText().isEmpty());
        }
        assertEquals("Could not find a property named 'nope' on type 'conversations'.",
                Client.get(list("conversations", "$filter", "nope eq 'x'"), KEY).json().at("/error/message").asText());
        assertEquals(400, Client.get(list("conversations", "$expand", "user"), KEY).code());
        assertEquals(400, Client.get(list("conversations", "$top", "-1"), KEY).code());
        assertEquals(400, Client.get(list("conversations", "$skiptoken", "garbage!"), KEY).code());
        assertEquals(400, Client.get(list("conversations", "$orderby", "id sideways"), KEY).code());
        assertEquals(400, Client.get(list("conversations", "$select", "id,nope"), KEY).code());
    }

    @Test
    void topSkipOrderByAndSelectApplyAcrossPages() {
        List<String> links = new ArrayList<>();
        List<JsonNode> top = walk(list("interactions", "$top", "30", "$skip", "2"), links);
        assertEquals(30, top.size());
        assertEquals(fake.records("interactions").subList(2, 32), top);
        assertEquals(4, links.size());

        List<JsonNode> sorted = walk(list("conversations", "$orderby", "created_time desc", "$select", "id,created_time"),
                new ArrayList<>());
        assertEquals(40, sorted.size());
        assertEquals("conv00000039", sorted.get(0).get("id").asText());
        assertEquals(Set.of("id", "created_time"), fieldNames(sorted.get(0)));
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new HashSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void countIsABareIntegerHonouringTheFilter() {
        Client.Result all = Client.get(Client.url(fake, "/export/v1/records/conversations/$count").build(), KEY);
        assertEquals(200, all.code());
        assertEquals("40", all.body());
        assertTrue(all.contentType().startsWith("text/plain"), all.contentType());
        Client.Result dm = Client.get(Client.url(fake, "/export/v1beta2/records/conversations/$count")
                .addQueryParameter("$filter", "route eq 'DM'").build(), KEY);
        assertEquals("10", dm.body());
        assertEquals(401, Client.get(Client.url(fake, "/export/v1/records/users/$count").build(), null).code());
        assertEquals(400, Client.get(Client.url(fake, "/export/v1/records/users/$count").addQueryParameter("$filter", "x eq 1").build(),
                KEY).code());
        assertEquals(404, Client.get(Client.url(fake, "/export/v1/records/users/$metadata").build(), KEY).code());
    }

    @Test
    void unknownVersionsAndEntitiesAreNotFound() {
        assertEquals(404, Client.get(Client.url(fake, "/export/v2/records/users").build(), KEY).code());
        assertEquals(404, Client.get(Client.url(fake, "/export/v1/records/plugin_calls").build(), KEY).code());
        assertEquals(200, Client.get(Client.url(fake, "/export/v1beta2/records/plugin-calls").build(), KEY).code());
    }

    @Test
    void faultsOnDemand() {
        fake.rateLimitNext();
        Client.Result limited = Client.get(list("users"), KEY);
        assertEquals(429, limited.code());
        assertNull(limited.retryAfter());
        fake.rateLimitNext(Duration.ofSeconds(5));
        assertEquals("5", Client.get(list("users"), KEY).retryAfter());
        fake.unavailableNext(2);
        assertEquals(503, Client.get(list("users"), KEY).code());
        assertEquals(200, Client.get(Client.url(fake, "/export/v1/records/users/$count").build(), KEY).code(),
                "faults apply to listings only");
        assertEquals(503, Client.get(list("users"), KEY).code());
        assertEquals(200, Client.get(list("users"), KEY).code());
        assertEquals(0, fake.faults().pending());
        assertThrows(IllegalArgumentException.class, () -> fake.unavailableNext(0));
    }

    @Test
    void theDataHasEverySysEventShape() {
        List<JsonNode> conversations = fake.records("conversations");
        Set<String> types = conversations.stream().map(c -> c.get("type")).filter(t -> !t.isNull()).map(JsonNode::asText)
                .collect(Collectors.toSet());
        assertEquals(Set.copyOf(MoveworksDataset.CONVERSATION_TYPES), types);
        assertEquals(Set.of("DM", "Notification", "Ticket", "Channel"),
                conversations.stream().map(c -> c.get("route").asText()).collect(Collectors.toSet()));

        List<JsonNode> interactions = fake.records("interactions");
        Set<String> sysConversations = conversations.stream().filter(c -> !c.get("route").asText().equals("DM"))
                .map(c -> c.get("id").asText()).collect(Collectors.toSet());
        Set<String> botIds = interactions.stream().filter(i -> i.get("actor").asText().equals("bot")).map(i -> i.get("id").asText())
                .collect(Collectors.toSet());
        assertTrue(interactions.stream().anyMatch(i -> i.get("actor").asText().equals("bot") && i.get("parent_interaction_id").isNull()
                && sysConversations.contains(i.get("conversation_id").asText())), "SysEvent bot messages without parent");
        assertTrue(interactions.stream().anyMatch(i -> i.at("/detail/content").isNull()), "a blank SysEvent message");
        assertTrue(fake.records("plugin-calls").stream().anyMatch(p -> botIds.contains(p.get("interaction_id").asText())
                && !p.get("used").asBoolean()), "a SysEvent plugin call waiting on a bot interaction");
        assertTrue(fake.records("plugin-resources").stream().anyMatch(r -> r.get("interaction_id").isNull()
                && r.get("plugin_call_id").isNull() && r.get("type").asText().equals("RESOURCE_TYPE_TICKET")),
                "an auto-filed ticket without interaction");
        Set<String> interceptionsWithoutReachOut = conversations.stream()
                .filter(c -> c.get("type").asText().endsWith("_INTERCEPTION"))
                .map(c -> c.get("id").asText())
                .filter(id -> interactions.stream().noneMatch(i -> i.get("conversation_id").asText().equals(id)))
                .collect(Collectors.toSet());
        assertEquals(2, interceptionsWithoutReachOut.size(), "interceptions without a reach-out have no interactions");

        for (JsonNode u : fake.records("users")) {
            String id = u.get("id").asText();
            assertEquals(20, id.length());
            assertTrue(new BigInteger(id).compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0, id);
        }
        assertTrue(fake.records("users").stream().anyMatch(u -> u.get("external_ids").isNull() && !u.get("access_to_bot").asBoolean()));
    }

    @Test
    void theSameSettingsGiveTheSameRecords() {
        try (FakeMoveworksDataApi other = FakeMoveworksDataApi.builder().pageSize(50).start()) {
            for (String entity : MoveworksDataset.ENTITIES) {
                assertEquals(fake.records(entity), other.records(entity), entity);
            }
        }
        try (FakeMoveworksDataApi big = FakeMoveworksDataApi.builder().conversations(100).users(3).start()) {
            assertEquals(100, big.records("conversations").size());
            assertEquals(3, big.records("users").size());
            assertEquals(25, big.pageSize());
        }
        assertThrows(IllegalArgumentException.class, () -> fake.records("plugin_calls"));
        assertThrows(IllegalArgumentException.class, () -> FakeMoveworksDataApi.builder().pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> FakeMoveworksDataApi.builder().users(0));
        assertThrows(IllegalArgumentException.class, () -> FakeMoveworksDataApi.builder().apiKey(" "));
    }

    @Test
    void recordsAreCopies() {
        JsonNode first = fake.records("users").get(0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("first_name", "changed");
        assertEquals("FirstName0", fake.records("users").get(0).get("first_name").asText());
    }

    @Test
    void customCredentialsReplaceTheDefaults() {
        try (FakeMoveworksDataApi custom = FakeMoveworksDataApi.builder().apiKey("k-1").clientCredentials("id-1", "s-1").start()) {
            assertEquals(401, Client.get(Client.url(custom, "/export/v1/records/users").build(), KEY).code());
            assertEquals(200, Client.get(Client.url(custom, "/export/v1/records/users").build(), "Bearer k-1").code());
            assertEquals(200, Client.post(custom, "/oauth/v1/token",
                    "{\"grant_type\":\"client_credentials\",\"client_id\":\"id-1\",\"client_secret\":\"s-1\"}", "application/json").code());
        }
    }
}
