package dev.switchboard.conversations.intercom.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.conversations.intercom.IntercomSpec;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.TagList;
import dev.switchboard.conversations.intercom.admins.Admin;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.segments.SegmentsClient;
import dev.switchboard.conversations.intercom.tags.CompanyIdentifier;
import dev.switchboard.conversations.intercom.tags.TagRequest;
import dev.switchboard.conversations.intercom.tags.TagsClient;
import dev.switchboard.conversations.intercom.teams.Team;
import dev.switchboard.conversations.intercom.teams.TeamsClient;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of Intercom's 2.14 OpenAPI description for companies, segments, tags, teams and admins: each request
 * example is what this SDK's builders send for the same values, and response examples read as their fields say (the
 * round trip of every example is {@code ModelsRoundTripTest}'s). Runs only when {@code shared/specs} is found.
 *
 * <p>Normalisation: the tag-a-conversation examples send {@code id} and {@code admin_id} as numbers; the schema types
 * them as strings, which is what is sent, so the bodies are compared with those values as text.
 */
class CompaniesSpecExamplesTest {
    private static JsonNode spec;

    private final MoreTestSupport t = new MoreTestSupport();

    @BeforeAll
    static void load() {
        spec = IntercomSpec.load();
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static JsonNode operation(String method, String path) {
        Assumptions.assumeTrue(spec != null, "shared/specs is not beside the project");
        return spec.path("paths").path(path).path(method);
    }

    private static JsonNode requestExample(String method, String path, String example) {
        return operation(method, path).path("requestBody").path("content").path("application/json").path("examples")
                .path(example).path("value");
    }

    private static JsonNode responseExample(String method, String path, String example) {
        return operation(method, path).path("responses").path("200").path("content").path("application/json")
                .path("examples").path(example).path("value");
    }

    /** @return the JSON body the SDK sent for {@code call}, the server answering {@code answer} */
    private JsonNode sent(JsonNode answer, Consumer<MoreTestSupport> call) {
        t.server.clearRequests();
        t.server.route("*", "/{a}", r -> FakeResponse.json(answer == null ? TestJson.parse("{}") : answer));
        t.server.route("*", "/{a}/{b}", r -> FakeResponse.json(answer == null ? TestJson.parse("{}") : answer));
        t.server.route("*", "/{a}/{b}/{c}", r -> FakeResponse.json(answer == null ? TestJson.parse("{}") : answer));
        t.server.route("*", "/{a}/{b}/{c}/{d}", r -> FakeResponse.json(answer == null ? TestJson.parse("{}") : answer));
        call.accept(t);
        return t.server.takeRequest().json();
    }

    private static JsonNode textIds(JsonNode example, String... fields) {
        ObjectNode copy = example.deepCopy();
        for (String f : fields) {
            copy.put(f, copy.get(f).asText());
        }
        return copy;
    }

    @Test
    void companyRequestExamplesAreWhatTheBuildersSend() {
        JsonNode create = requestExample("post", "/companies", "successful");
        assertEquals(create, sent(null, s -> new CompaniesClient(s.connection).createOrUpdate(CompanyRequest
                .builder("company_remote_id").name("my company").remoteCreatedAt(Instant.ofEpochSecond(1_374_138_000L)).build())));
        JsonNode update = requestExample("put", "/companies/{company_id}", "successful");
        assertEquals(update, sent(null, s -> new CompaniesClient(s.connection).update("5f4d3c1c",
                CompanyUpdate.builder().name("my company").website("http://www.mycompany.com/").build())));
        JsonNode attach = requestExample("post", "/contacts/{contact_id}/companies", "successful");
        assertEquals(attach, sent(null, s -> new CompaniesClient(s.connection).attachContact("c1", "6762f09a1bb69f9f2193bb34")));
    }

    @Test
    void tagRequestExamplesAreTheOneOfsBodies() {
        assertEquals(requestExample("post", "/tags", "action_successful"), TestJson.parse(Json.write(TagRequest.create("test"))));
        assertEquals(requestExample("post", "/tags", "company_not_found"), TestJson.parse(Json.write(
                TagRequest.tagCompanies("test", List.of(CompanyIdentifier.byCompanyId("123"))))));
        assertEquals(requestExample("post", "/tags", "user_not_found"), TestJson.parse(Json.write(
                TagRequest.tagUsers("test", List.of("123")))));
        JsonNode attach = requestExample("post", "/conversations/{conversation_id}/tags", "successful");
        assertEquals(textIds(attach, "id", "admin_id"), sent(null, s -> new TagsClient(s.connection)
                .attachToConversation("64619700005694", attach.get("id").asText(), attach.get("admin_id").asText())));
        JsonNode detach = requestExample("delete", "/conversations/{conversation_id}/tags/{tag_id}", "successful");
        assertEquals(textIds(detach, "admin_id"), sent(null, s -> new TagsClient(s.connection)
                .detachFromConversation("64619700005694", "7522907", detach.get("admin_id").asText())));
    }

    @Test
    void responseExamplesReadAsTheirFieldsSay() {
        Admin me = Json.decode(Json.writeBytes(responseExample("get", "/me", "Successful response")), Admin.class, "example");
        assertEquals("this_is_an_id1_that_should_be_at_least_40", me.app().idCode());
        assertEquals(Boolean.TRUE, me.emailVerified());
        assertEquals("https://static.intercomassets.com/assets/default-avatars/admins/128.png", me.avatarUrl());
        Admin one = Json.decode(Json.writeBytes(responseExample("get", "/admins/{admin_id}", "Admin found")), Admin.class, "example");
        assertNull(one.awayStatusReasonId());
        assertEquals(List.of(), one.teamIds());
        Team team = Json.decode(Json.writeBytes(responseExample("get", "/teams/{team_id}", "successful")), Team.class, "example");
        assertEquals(10, team.assignmentLimit());
        assertEquals("round_robin", team.distributionMethod());
        TagList tags = Json.decode(Json.writeBytes(responseExample("get", "/tags", "successful")), TagList.class, "example");
        assertEquals(List.of("Manual tag 1"), tags.data().stream().map(Tag::name).toList());
        Company created = Json.decode(Json.writeBytes(responseExample("post", "/companies", "Successful")), Company.class, "example");
        assertEquals("manufacturing", created.customAttributes().get("industry"));
        assertNull(created.plan().name(), "plan: {}");
        CompanyList scroll = Json.decode(Json.writeBytes(responseExample("get", "/companies/scroll", "Successful")),
                CompanyList.class, "example");
        assertEquals("69352cd2-ab5b-42ac-b004-a13d4e55e9b0", scroll.scrollParam());
        assertNull(scroll.pages());
        assertTrue(scroll.json().containsKey("total_count"));
    }

    @Test
    void theListExamplesPageAsTheirPagesSay() {
        JsonNode list = responseExample("post", "/companies/list", "Successful");
        t.server.route("POST", "/companies/list", r -> FakeResponse.json(list));
        assertEquals(List.of("remote_companies_scroll_2"), new CompaniesClient(t.connection).list().stream()
                .map(Company::companyId).toList());
        assertEquals(1, t.server.requestCount(), "page 1 of 1, next: null");
        JsonNode segments = responseExample("get", "/segments", "Successful response");
        t.server.route("GET", "/segments", r -> FakeResponse.json(segments));
        assertEquals(2, new SegmentsClient(t.connection).list().stream().count());
        assertEquals(2, t.server.requestCount(), "no pages object: one answer");
        JsonNode teams = responseExample("get", "/teams", "successful");
        t.server.route("GET", "/teams", r -> FakeResponse.json(teams));
        assertEquals(List.of(), new TeamsClient(t.connection).list());
    }
}
