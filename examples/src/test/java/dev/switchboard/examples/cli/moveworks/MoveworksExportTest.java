package dev.switchboard.examples.cli.moveworks;

import dev.switchboard.examples.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.examples.cli.ExportTarget;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.ManualClock;
import dev.switchboard.testkit.RecordingSleeper;
import dev.switchboard.testkit.TestJson;
import dev.switchboard.testkit.moveworks.FakeMoveworksDataApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code switchboard export moveworks ...} driven through {@link dev.switchboard.examples.cli.Cli} against the fake. */
class MoveworksExportTest {
    private static final Map<String, String> KEY_ENV = Map.of("MOVEWORKS_API_KEY", FakeMoveworksDataApi.DEFAULT_API_KEY);

    private final FakeMoveworksDataApi fake = FakeMoveworksDataApi.builder().pageSize(15).start();
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-04-20T00:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<ExportTarget> targets = MoveworksTargets.all(b -> b.clock(clock).sleeper(sleeper::sleep));

    @AfterEach
    void close() {
        fake.close();
    }

    private CliRun export(Map<String, String> env, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "export";
        System.arraycopy(args, 0, full, 1, args.length);
        return CliRun.run(env, targets, List.of(), full);
    }

    private List<FakeRequest> listings(String entity) {
        return fake.requests().stream().filter(r -> r.path().equals("/export/v1/records/" + entity)).toList();
    }

    @Test
    void theTargetsCoverEveryEntity() {
        assertEquals(List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users"),
                MoveworksTargets.all().stream().map(ExportTarget::collection).toList());
        assertTrue(MoveworksTargets.all().stream().allMatch(t -> t.api().equals("moveworks")));
    }

    @Test
    void usersAreWrittenAsExactJsonLines() {
        CliRun r = export(KEY_ENV, "moveworks", "users", "--base-url", fake.baseUrl(), "--max", "2");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(
                "{\"id\":\"12648661461210000000\",\"first_name\":\"FirstName0\",\"last_name\":\"LastName0\","
                        + "\"email_addr\":\"user0@example.com\",\"user_preferred_language\":\"EN_US\",\"access_to_bot\":true,"
                        + "\"external_ids\":[{\"connector_name\":\"slack\",\"external_id\":\"U1000:T9Y2010KZ\",\"source\":\"SLACK\"},"
                        + "{\"connector_name\":\"snow\",\"external_id\":\"00000000000000000000000000001eef\",\"source\":\"SNOW\"}],"
                        + "\"first_interaction_time\":\"2026-03-02T00:00:00.000Z\",\"latest_interaction_time\":\"2026-04-01T00:00:00.000Z\","
                        + "\"last_updated_time\":\"2026-04-01T00:00:00.250Z\"}",
                "{\"id\":\"12648661461210000001\",\"first_name\":\"FirstName1\",\"last_name\":\"O'Brien\","
                        + "\"email_addr\":\"user1@example.com\",\"user_preferred_language\":\"EN_US\",\"access_to_bot\":true,"
                        + "\"external_ids\":[{\"connector_name\":\"slack\",\"external_id\":\"U1001:T9Y2010KZ\",\"source\":\"SLACK\"},"
                        + "{\"connector_name\":\"snow\",\"external_id\":\"00000000000000000000000000003dde\",\"source\":\"SNOW\"}],"
                        + "\"first_interaction_time\":\"2026-03-01T00:00:00.000Z\",\"latest_interaction_time\":\"2026-04-01T01:00:00.000Z\","
                        + "\"last_updated_time\":\"2026-04-01T01:00:00.250Z\"}"),
                r.outLines());
        assertEquals(List.of("exporting moveworks users from " + fake.baseUrl(), "exported 2 users from moveworks"), r.errLines());
        FakeRequest sent = listings("users").get(0);
        assertEquals("/export/v1/records/users", sent.target(), "no filter without --since");
        assertEquals("Bearer " + FakeMoveworksDataApi.DEFAULT_API_KEY, sent.header("Authorization"));
    }

    @Test
    void dmOnlyReachesTheServerAndExplicitNullsAreWrittenBack() {
        CliRun r = export(KEY_ENV, "moveworks", "conversations", "--dm-only", "--base-url", fake.baseUrl(), "--max", "2");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(
                "{\"id\":\"conv00000000\",\"user_id\":\"12648661461210000000\",\"created_time\":\"2026-04-01T00:00:00.123Z\","
                        + "\"last_updated_time\":\"2026-04-01T00:05:00.123Z\",\"route\":\"DM\",\"primary_domain\":\"IT\","
                        + "\"type\":null,\"detail\":null}",
                "{\"id\":\"conv00000001\",\"user_id\":\"12648661461210000001\",\"created_time\":\"2026-04-01T00:17:00.123Z\","
                        + "\"last_updated_time\":\"2026-04-01T00:22:00.123Z\",\"route\":\"DM\",\"primary_domain\":\"HR\","
                        + "\"type\":null,\"detail\":null}"),
                r.outLines());
        FakeRequest sent = listings("conversations").get(0);
        assertEquals("/export/v1/records/conversations?%24filter=route%20eq%20%27DM%27", sent.target());
        assertEquals("exporting moveworks conversations from " + fake.baseUrl() + " with $filter=route eq 'DM'", r.errLines().get(0));
    }

    @Test
    void sinceReachesTheServerAsLastUpdatedTimeGe() {
        CliRun r = export(KEY_ENV, "moveworks", "conversations", "--dm-only", "--since", "2026-04-01T05:00:00Z",
                "--base-url", fake.baseUrl());
        assertEquals(0, r.exit(), r::toString);
        assertEquals("route eq 'DM' and last_updated_time ge '2026-04-01T05:00:00.000Z'",
                listings("conversations").get(0).query("$filter"));
        long expected = fake.records("conversations").stream()
                .filter(c -> c.get("route").asText().equals("DM"))
                .filter(c -> c.get("last_updated_time").asText().compareTo("2026-04-01T05:00:00.000Z") >= 0).count();
        assertEquals(expected, r.outLines().size());
        assertTrue(expected > 0 && expected < 10, "the window cuts the DM conversations: " + expected);

        CliRun i = export(KEY_ENV, "moveworks", "interactions", "--since", "2026-04-02", "--base-url", fake.baseUrl());
        assertEquals(0, i.exit(), i::toString);
        assertEquals("last_updated_time ge '2026-04-02T00:00:00.000Z'", listings("interactions").get(0).query("$filter"));
    }

    @Test
    void everyEntityExportsEveryRecordAsServed() {
        for (String entity : List.of("conversations", "interactions", "plugin-calls", "plugin-resources", "users")) {
            CliRun r = export(KEY_ENV, "moveworks", entity, "--base-url", fake.baseUrl());
            assertEquals(0, r.exit(), r::toString);
            List<JsonNode> served = fake.records(entity);
            assertEquals(served, r.outLines().stream().map(TestJson::parse).toList(), entity);
        }
    }

    @Test
    void dmOnlyOnAnotherEntityIsAUsageErrorBeforeAnyRequest() {
        CliRun r = export(KEY_ENV, "moveworks", "interactions", "--dm-only", "--base-url", fake.baseUrl());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of("error: --dm-only applies to moveworks conversations only, not to interactions"), r.errLines());
        assertEquals("", r.out());
        assertEquals(0, fake.requestCount());
    }

    @Test
    void clientCredentialsFromTheEnvironmentUseTheTokenEndpointOfTheBase() {
        Map<String, String> env = Map.of("MOVEWORKS_CLIENT_ID", FakeMoveworksDataApi.DEFAULT_CLIENT_ID,
                "MOVEWORKS_CLIENT_SECRET", FakeMoveworksDataApi.DEFAULT_CLIENT_SECRET);
        CliRun r = export(env, "moveworks", "plugin-calls", "--base-url", fake.baseUrl());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(fake.records("plugin-calls").size(), r.outLines().size());
        assertEquals(1, fake.tokenRequests());
        FakeRequest token = fake.requests().get(0);
        assertEquals("POST /oauth/v1/token", token.method() + " " + token.target());
        assertTrue(listings("plugin-calls").stream().allMatch(q -> q.header("Authorization").startsWith("Bearer fake-mw-token-")));
    }

    @Test
    void aRejectedKeyIsExitOneWithOneErrorLineAndNoSecret() {
        String key = "mw-wrong-key-0123456789";
        CliRun r = export(Map.of("MOVEWORKS_API_KEY", key), "moveworks", "users", "--base-url", fake.baseUrl());
        assertEquals(1, r.exit(), r::toString);
        assertEquals(2, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(1).startsWith("error: HTTP 401 Unauthorized on GET /export/v1/records/users"), r::toString);
        assertFalse(r.err().contains(key), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void aRejectedClientSecretIsExitOneWithoutTheSecret() {
        String secret = "mw-wrong-secret-98765";
        CliRun r = export(Map.of("MOVEWORKS_CLIENT_ID", FakeMoveworksDataApi.DEFAULT_CLIENT_ID, "MOVEWORKS_CLIENT_SECRET", secret),
                "moveworks", "users", "--base-url", fake.baseUrl(), "--debug");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.errLines().get(1).startsWith("error: HTTP 401"), r::toString);
        assertFalse(r.err().contains(secret), r::toString);
        assertFalse(r.err().contains(FakeMoveworksDataApi.DEFAULT_CLIENT_ID), "the client id is masked too: " + r);
    }

    @Test
    void aLastingOutageIsExitOneAfterSimulatedRetries() {
        fake.unavailableNext(6);
        CliRun r = export(KEY_ENV, "moveworks", "conversations", "--base-url", fake.baseUrl());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("error: HTTP 503 Service Unavailable on GET "
                + "/export/v1/records/conversations"), r::toString);
        assertEquals(5, sleeper.count(), "five retries, waited on the manual clock");
    }

    @Test
    void aRateLimitOnUsersWaitsTheirDefaultNinetySeconds() {
        // users is throttled harder: the SDK's users default (Moveworks' pipeline waits 90 s there, 60 s elsewhere).
        fake.rateLimitNext();
        CliRun r = export(KEY_ENV, "moveworks", "users", "--base-url", fake.baseUrl());
        assertEquals(0, r.exit(), r::toString);
        assertEquals(List.of(Duration.ofSeconds(90)), sleeper.sleeps());
        assertEquals(12, r.outLines().size());
    }

    @Test
    void maxStopsPagingAtOnce() {
        CliRun r = export(KEY_ENV, "moveworks", "interactions", "--base-url", fake.baseUrl(), "--max", "3");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(3, r.outLines().size());
        assertEquals(1, listings("interactions").size(), "no page beyond the first was fetched");
    }

    @Test
    void withoutCredentialsOrBaseUrlTheEmbeddedSandboxAnswers() {
        CliRun r = export(Map.of(), "moveworks", "conversations", "--dm-only");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(10, r.outLines().size());
        assertEquals(List.of("exporting moveworks conversations from the embedded sandbox (no credentials set) with "
                + "$filter=route eq 'DM'", "exported 10 conversations from moveworks"), r.errLines());
        assertTrue(r.outLines().stream().map(TestJson::parse).allMatch(c -> c.get("route").asText().equals("DM")));
        assertEquals(0, fake.requestCount(), "the test's fake was not used");
    }

    @Test
    void aBaseUrlWithoutCredentialsIsAUsageError() {
        CliRun r = export(Map.of(), "moveworks", "users", "--base-url", fake.baseUrl());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of("error: moveworks needs credentials with --base-url: set MOVEWORKS_API_KEY, or MOVEWORKS_CLIENT_ID "
                + "and MOVEWORKS_CLIENT_SECRET"), r.errLines());
        assertEquals(0, fake.requestCount());
    }

    @Test
    void theQueryCombinesTheOptions() {
        assertEquals(Set.of(), Set.copyOf(MoveworksExportTarget.query(request(false, null)).parameters()));
        assertEquals("route eq 'DM' and last_updated_time ge '2026-04-01T00:00:00.000Z'",
                MoveworksExportTarget.query(request(true, Instant.parse("2026-04-01T00:00:00Z"))).filter().orElseThrow().toOData());
    }

    private static dev.switchboard.examples.cli.ExportRequest request(boolean dmOnly, Instant since) {
        return new dev.switchboard.examples.cli.ExportRequest("moveworks", "conversations", java.util.Optional.empty(),
                java.util.Optional.ofNullable(since), java.util.Optional.empty(), List.of(), dmOnly, java.util.OptionalLong.empty(),
                false, Map.of());
    }
}
