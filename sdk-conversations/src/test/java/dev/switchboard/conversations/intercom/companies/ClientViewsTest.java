package dev.switchboard.conversations.intercom.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.IntercomConnection;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.segments.SegmentsClient;
import dev.switchboard.conversations.intercom.tags.TagsClient;
import dev.switchboard.conversations.intercom.teams.TeamsClient;
import dev.switchboard.core.http.RequestOptions;
import dev.switchboard.testkit.FakeRequest;
import dev.switchboard.testkit.FakeResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The new clients are resource clients: a {@code withOptions} view changes its own requests only. */
class ClientViewsTest {
    private final MoreTestSupport t = new MoreTestSupport();

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void viewsSendTheirOptionsAndTheOriginalsDoNot() {
        t.server.route("*", "/{a}", r -> FakeResponse.json("{}"));
        t.server.route("*", "/{a}/{b}", r -> FakeResponse.json("{}"));
        RequestOptions traced = RequestOptions.builder().header("X-Trace", "view").build();
        CompaniesClient companies = new CompaniesClient(t.connection);
        companies.withOptions(IntercomConnection.version("2.13")).get("c1");
        companies.withOptions(traced).scroll().firstPage();
        companies.get("c1");
        new SegmentsClient(t.connection).withOptions(traced).get("s1");
        new TagsClient(t.connection).withOptions(traced).list();
        new TeamsClient(t.connection).withOptions(traced).list();
        List<FakeRequest> sent = t.server.requests();
        assertEquals(List.of("2.13"), sent.get(0).headers("Intercom-Version"));
        assertEquals("view", sent.get(1).header("X-Trace"));
        assertEquals(List.of("2.14"), sent.get(2).headers("Intercom-Version"));
        assertEquals(null, sent.get(2).header("X-Trace"));
        assertEquals(List.of("view", "view", "view"), sent.subList(3, 6).stream().map(r -> r.header("X-Trace")).toList());
        assertTrue(companies.toString().startsWith("CompaniesClient{http"), companies.toString());
        assertTrue(new TagsClient(t.connection).toString().startsWith("TagsClient{"));
    }

    @Test
    void aNullCustomAttributeIsSentAsNullToClearIt() {
        t.server.route("PUT", "/companies/{id}", r -> FakeResponse.json("{\"type\":\"company\"}"));
        new CompaniesClient(t.connection).update("c1", CompanyUpdate.builder().customAttribute("churn_risk", null).build());
        assertEquals("{\"custom_attributes\":{\"churn_risk\":null}}", t.server.takeRequest().bodyUtf8());
    }
}
