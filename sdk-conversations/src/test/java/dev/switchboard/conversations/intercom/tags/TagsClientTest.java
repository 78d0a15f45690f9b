package dev.switchboard.conversations.intercom.tags;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.Tag;
import dev.switchboard.conversations.intercom.companies.CompaniesClient;
import dev.switchboard.conversations.intercom.companies.Company;
import dev.switchboard.conversations.intercom.companies.CompanyFilter;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.intercom.FakeIntercom;
import dev.switchboard.testkit.intercom.FakeIntercomTags;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link TagsClient} and {@link TagRequest} against {@link FakeIntercomTags}, alone and inside {@link FakeIntercom}. */
class TagsClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomTags fake = FakeIntercomTags.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final TagsClient tags = new TagsClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void listsTheWorkspacesTagsUnderData() {
        List<Tag> all = tags.list();
        assertRequest(t.server.takeRequest(), "GET", "/tags", null);
        assertEquals(List.of("Urgent", "Billing", "VIP"), all.stream().map(Tag::name).toList());
        assertEquals("tag", all.get(0).type());
        assertNull(all.get(0).appliedAt(), "a workspace tag was applied to nothing");
        assertEquals("Billing", tags.get("7522908").name());
        assertRequest(t.server.takeRequest(), "GET", "/tags/7522908", null);
        assertThrows(NotFoundException.class, () -> tags.get("404"));
    }

    @Test
    void createsFindsByNameAndRenamesWithTheSchemasBodies() {
        Tag created = tags.apply(TagRequest.create("Churn risk"));
        assertRequest(t.server.takeRequest(), "POST", "/tags", "{\"name\":\"Churn risk\"}");
        assertEquals(created.id(), tags.apply(TagRequest.create("churn risk")).id(), "names are case-insensitive");
        t.server.takeRequest();
        Tag renamed = tags.apply(TagRequest.rename(created.id(), "At risk"));
        assertRequest(t.server.takeRequest(), "POST", "/tags", "{\"name\":\"At risk\",\"id\":\"" + created.id() + "\"}");
        assertEquals("At risk", renamed.name());
        assertEquals("At risk", fake.tags().get(created.id()));
        ValidationException clash = assertThrows(ValidationException.class, () -> tags.apply(TagRequest.rename(created.id(), "VIP")));
        assertEquals("parameter_invalid", clash.details().get(0).code());
    }

    @Test
    void deletesAndRefusesATagASegmentDependsOn() {
        tags.delete("7522907");
        assertRequest(t.server.takeRequest(), "DELETE", "/tags/7522907", null);
        assertThrows(NotFoundException.class, () -> tags.delete("7522907"));
        ValidationException dependent = assertThrows(ValidationException.class, () -> tags.delete("7522909"));
        assertEquals("tag_has_dependent_objects", dependent.details().get(0).code());
        assertEquals("Unable to delete Tag with dependent objects. Segments: VIP customers.",
                dependent.details().get(0).message());
    }

    @Test
    void tagsAndUntagsAConversationWithStringIds() {
        Tag applied = tags.attachToConversation("100001", "7522908", "991267460");
        assertRequest(t.server.takeRequest(), "POST", "/conversations/100001/tags", "{\"id\":\"7522908\",\"admin_id\":\"991267460\"}");
        assertEquals(MoreTestSupport.NOW, applied.appliedAt());
        assertEquals("991267460", applied.appliedBy().id());
        Tag removed = tags.detachFromConversation("100001", "7522908", "991267460");
        assertRequest(t.server.takeRequest(), "DELETE", "/conversations/100001/tags/7522908", "{\"admin_id\":\"991267460\"}");
        assertEquals(applied, removed);
        NotFoundException notApplied = assertThrows(NotFoundException.class,
                () -> tags.detachFromConversation("100001", "7522908", "991267460"));
        assertEquals("tag_not_found", notApplied.details().get(0).code());
        NotFoundException noConversation = assertThrows(NotFoundException.class,
                () -> tags.attachToConversation("999", "7522908", "991267460"));
        assertEquals("Conversation not found", noConversation.details().get(0).message());
    }

    @Test
    void asyncTwinsSendTheSameRequests() throws Exception {
        assertEquals(3, tags.listAsync().get().size());
        assertEquals("VIP", tags.getAsync("7522909").get().name());
        assertEquals("New", tags.applyAsync(TagRequest.create("New")).get().name());
        assertEquals("7522907", tags.attachToConversationAsync("100002", "7522907", "1").get().id());
        assertEquals("7522907", tags.detachFromConversationAsync("100002", "7522907", "1").get().id());
        assertNull(tags.deleteAsync("7522907").get());
        assertEquals(List.of("GET /tags", "GET /tags/7522909", "POST /tags", "POST /conversations/100002/tags",
                "DELETE /conversations/100002/tags/7522907", "DELETE /tags/7522907"),
                t.server.requests().stream().map(r -> r.method() + " " + r.path()).toList());
        ExecutionException e = assertThrows(ExecutionException.class, () -> tags.deleteAsync("7522909").get());
        assertInstanceOf(ValidationException.class, e.getCause());
        assertTrue(tags.getAsync("").isCompletedExceptionally());
    }

    @Test
    void theFourBodiesOfTheOneOfAreExactlyTheSchemas() {
        assertEquals("{\"name\":\"Independent\"}", Json.write(TagRequest.create("Independent")));
        assertEquals("{\"name\":\"Independent\",\"id\":\"656452352\"}", Json.write(TagRequest.rename("656452352", "Independent")));
        assertEquals("{\"name\":\"Independent\",\"companies\":[{\"id\":\"531ee472cce572a6ec000006\"},{\"company_id\":\"6\"}]}",
                Json.write(TagRequest.tagCompanies("Independent", List.of(CompanyIdentifier.byId("531ee472cce572a6ec000006"),
                        CompanyIdentifier.byCompanyId("6")))));
        assertEquals("{\"name\":\"Independent\",\"companies\":[{\"id\":\"531ee472cce572a6ec000006\",\"untag\":true}]}",
                Json.write(TagRequest.untagCompanies("Independent", List.of(CompanyIdentifier.byId("531ee472cce572a6ec000006")))));
        assertEquals("{\"name\":\"Independent\",\"users\":[{\"id\":\"5f7f0d217289f8d2f4262080\"}]}",
                Json.write(TagRequest.tagUsers("Independent", List.of("5f7f0d217289f8d2f4262080"))));
        assertTrue(TagRequest.class.isSealed());
        assertEquals(List.of(TagRequest.CreateOrUpdate.class, TagRequest.TagCompanies.class, TagRequest.UntagCompanies.class,
                TagRequest.TagUsers.class), List.of(TagRequest.class.getPermittedSubclasses()), "exactly the spec's four");
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("name must not be blank", assertThrows(IllegalArgumentException.class, () -> TagRequest.create(" ")).getMessage());
        assertEquals("tagId must not be blank", assertThrows(IllegalArgumentException.class, () -> TagRequest.rename("", "x")).getMessage());
        assertEquals("companies must hold at least one entry", assertThrows(IllegalArgumentException.class,
                () -> TagRequest.tagCompanies("x", List.of())).getMessage());
        assertEquals("companies must not hold null", assertThrows(IllegalArgumentException.class,
                () -> TagRequest.untagCompanies("x", java.util.Arrays.asList(CompanyIdentifier.byId("1"), null))).getMessage());
        assertEquals("contactIds entry must not be blank", assertThrows(IllegalArgumentException.class,
                () -> TagRequest.tagUsers("x", List.of(" "))).getMessage());
        assertThrows(NullPointerException.class, () -> TagRequest.tagUsers("x", null));
        assertEquals("companyId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> CompanyIdentifier.byCompanyId("")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CompanyIdentifier("name", "x"));
        assertThrows(NullPointerException.class, () -> tags.apply(null));
        assertEquals("tagId must not be '..'", assertThrows(IllegalArgumentException.class, () -> tags.delete("..")).getMessage());
        assertEquals("adminId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> tags.attachToConversation("1", "2", " ")).getMessage());
        assertEquals("conversationId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> tags.detachFromConversation(null, "2", "3")).getMessage());
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void aDeleteAnsweredWithABodyOrAnErrorAsTheSpecShows() {
        try (MoreTestSupport other = new MoreTestSupport()) {
            other.server.route("DELETE", "/tags/{id}", r -> FakeResponse.json(404, "{\"type\":\"error.list\",\"request_id\":"
                    + "\"49536975-bbc5-4a2f-ab8b-7928275cb4d3\",\"errors\":[{\"code\":\"not_found\",\"message\":\"Resource Not Found\"}]}"));
            other.server.route("GET", "/tags", r -> FakeResponse.json("{\"type\":\"list\"}"));
            TagsClient c = new TagsClient(other.connection);
            assertEquals("not_found", assertThrows(NotFoundException.class, () -> c.delete("1")).details().get(0).code());
            assertEquals(List.of(), c.list(), "no data: no tags");
        }
    }

    @Test
    void insideTheSandboxItTagsTheCompaniesAndUsersOfTheCompaniesPart() {
        try (FakeIntercom sandbox = FakeIntercom.builder().clock(t.clock).start();
                IntercomConnection c = IntercomConnection.builder().accessToken(sandbox.token()).baseUrl(sandbox.baseUrl()).build()) {
            TagsClient sandboxTags = new TagsClient(c);
            CompaniesClient companies = new CompaniesClient(c);
            Tag key = sandboxTags.apply(TagRequest.tagCompanies("Key account", List.of(CompanyIdentifier.byCompanyId("acme-1"),
                    CompanyIdentifier.byCompanyId("globex-2"))));
            assertEquals(List.of("acme-1", "globex-2"), companies.retrieve(CompanyFilter.byTagId(key.id())).stream()
                    .map(Company::companyId).toList());
            sandboxTags.apply(TagRequest.untagCompanies("Key account", List.of(CompanyIdentifier.byCompanyId("globex-2"))));
            Company acme = companies.retrieve(CompanyFilter.byTagId(key.id())).stream().findFirst().orElseThrow();
            assertEquals("Key account", acme.tags().tags().get(0).name());
            NotFoundException none = assertThrows(NotFoundException.class, () -> sandboxTags.apply(
                    TagRequest.tagCompanies("Key account", List.of(CompanyIdentifier.byId("404")))));
            assertEquals("company_not_found", none.details().get(0).code());
            String contact = sandbox.companies().contactIds().get(0);
            Tag beta = sandboxTags.apply(TagRequest.tagUsers("Beta", List.of(contact)));
            assertEquals(List.of(contact), sandbox.tags().taggedContacts(beta.id()));
            String conversation = sandbox.conversationIds().get(1);
            sandboxTags.attachToConversation(conversation, beta.id(), "991267460");
            assertTrue(sandbox.conversation(conversation).orElseThrow().path("tags").toString().contains("Beta"));
        }
    }
}
