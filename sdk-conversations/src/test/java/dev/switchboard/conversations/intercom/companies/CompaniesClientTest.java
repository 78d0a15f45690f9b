package dev.switchboard.conversations.intercom.companies;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.ContactReference;
import dev.switchboard.conversations.intercom.knowledge.DeletedObject;
import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.conversations.intercom.segments.Segment;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.testkit.intercom.FakeIntercomCompanies;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CompaniesClient} against {@link FakeIntercomCompanies}: exact requests, decoding, paging and errors. */
class CompaniesClientTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final FakeIntercomCompanies fake = FakeIntercomCompanies.on(t.server, MoreTestSupport.TOKEN, t.clock);
    private final CompaniesClient companies = new CompaniesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void createsInTheSchemasOrderWithJsonTypesKeptThenUpdatesByCompanyId() {
        Company created = companies.createOrUpdate(CompanyRequest.builder("wayne-6").name("Wayne").plan("Pro").size(40)
                .website("https://wayne.example").industry("Security").customAttribute("paid_subscriber", true)
                .customAttribute("monthly_spend", new BigDecimal("155.5")).customAttribute("team_mates", 9)
                .remoteCreatedAt(Instant.ofEpochSecond(1_374_138_000L)).monthlySpend(1_000).build());
        assertRequest(t.server.takeRequest(), "POST", "/companies", "{\"name\":\"Wayne\",\"company_id\":\"wayne-6\","
                + "\"plan\":\"Pro\",\"size\":40,\"website\":\"https://wayne.example\",\"industry\":\"Security\","
                + "\"custom_attributes\":{\"paid_subscriber\":true,\"monthly_spend\":155.5,\"team_mates\":9},"
                + "\"remote_created_at\":1374138000,\"monthly_spend\":1000}");
        assertEquals("wayne-6", created.companyId());
        assertEquals("Pro", created.plan().name());
        assertEquals("plan", created.plan().type());
        assertEquals(40L, created.size());
        assertEquals(new BigDecimal("1000"), created.monthlySpend());
        assertEquals(Instant.ofEpochSecond(1_374_138_000L), created.remoteCreatedAt());
        assertEquals(MoreTestSupport.NOW, created.createdAt());
        assertEquals(Boolean.TRUE, created.customAttributes().get("paid_subscriber"), "a boolean stays a boolean");
        assertEquals(0L, created.userCount());
        Company again = companies.createOrUpdate(CompanyRequest.builder("wayne-6").name("Wayne Enterprises").build());
        assertEquals(created.id(), again.id());
        assertEquals("Wayne Enterprises", again.name());
        assertRequest(t.server.takeRequest(), "POST", "/companies", "{\"name\":\"Wayne Enterprises\",\"company_id\":\"wayne-6\"}");
    }

    @Test
    void getsUpdatesWithoutAnyIdInTheBodyAndDeletes() {
        String acme = fake.idOf("acme-1").orElseThrow();
        Company c = companies.get(acme);
        assertRequest(t.server.takeRequest(), "GET", "/companies/" + acme, null);
        assertEquals("Acme Inc", c.name());
        assertEquals(List.of("Active users"), c.segments().segments().stream().map(Segment::name).toList());
        assertEquals(new BigDecimal("155.5"), c.customAttributes().get("monthly_spend"));
        assertTrue(c.customAttributes().containsKey("churn_risk") && c.customAttributes().get("churn_risk") == null);
        Company renamed = companies.update(acme, CompanyUpdate.builder().name("Acme Corp").customAttribute("churn_risk", "low")
                .monthlySpend(2_000).build());
        assertRequest(t.server.takeRequest(), "PUT", "/companies/" + acme,
                "{\"name\":\"Acme Corp\",\"custom_attributes\":{\"churn_risk\":\"low\"},\"monthly_spend\":2000}");
        assertEquals("Acme Corp", renamed.name());
        assertEquals("acme-1", renamed.companyId(), "company_id never changes");
        DeletedObject gone = companies.delete(acme);
        assertRequest(t.server.takeRequest(), "DELETE", "/companies/" + acme, null);
        assertEquals(List.of(acme, "company", true), List.of(gone.id(), gone.object(), gone.deleted()));
        NotFoundException e = assertThrows(NotFoundException.class, () -> companies.get(acme));
        assertEquals("company_not_found", e.details().get(0).code());
        assertThrows(NotFoundException.class, () -> companies.update(acme, CompanyUpdate.builder().name("x").build()));
    }

    @Test
    void retrievesByEachFilterAndPagesByNumber() {
        assertEquals(List.of("acme-1"), companies.retrieve(CompanyFilter.byCompanyId("acme-1")).stream()
                .map(Company::companyId).toList());
        assertRequest(t.server.takeRequest(), "GET", "/companies?company_id=acme-1", null);
        assertEquals(List.of("globex-2"), companies.retrieve(CompanyFilter.byName("Globex")).stream().map(Company::companyId).toList());
        assertRequest(t.server.takeRequest(), "GET", "/companies?name=Globex", null);
        assertEquals(List.of("umbrella-4"), companies.retrieve(CompanyFilter.byTagId("7522909")).stream()
                .map(Company::companyId).toList());
        assertRequest(t.server.takeRequest(), "GET", "/companies?tag_id=7522909", null);
        List<String> active = companies.retrieve(CompanyFilter.bySegmentId("6762f25c1bb69f9f2193bc22").perPage(1)).stream()
                .map(Company::companyId).toList();
        assertEquals(List.of("acme-1", "hooli-5"), active);
        assertRequest(t.server.takeRequest(), "GET", "/companies?segment_id=6762f25c1bb69f9f2193bc22&per_page=1", null);
        assertRequest(t.server.takeRequest(), "GET", "/companies?segment_id=6762f25c1bb69f9f2193bc22&per_page=1&page=2", null);
        assertEquals(5, t.server.requestCount(), "page 2 of 2 is the last");
        assertThrows(NotFoundException.class, () -> companies.retrieve(CompanyFilter.byCompanyId("nope")).firstPage());
        assertEquals(List.of(), companies.retrieve(CompanyFilter.byTagId("404").segmentId("x")).stream().toList());
    }

    @Test
    void listsCompaniesWithUsersInTheAskedOrder() {
        assertEquals(List.of("acme-1", "globex-2", "umbrella-4", "hooli-5"),
                companies.list().stream().map(Company::companyId).toList());
        assertRequest(t.server.takeRequest(), "POST", "/companies/list", null);
        List<String> asc = companies.list(3, SortOrder.ASC).stream().map(Company::companyId).toList();
        assertEquals(List.of("hooli-5", "umbrella-4", "globex-2", "acme-1"), asc);
        assertRequest(t.server.takeRequest(), "POST", "/companies/list?per_page=3&order=asc", null);
        assertRequest(t.server.takeRequest(), "POST", "/companies/list?per_page=3&order=asc&page=2", null);
        assertEquals(3, t.server.requestCount(), "one page of 4 companies, then two of 3 per page");
    }

    @Test
    void listsAContactsCompaniesSegmentsAndAttachesAndDetaches() {
        String globex = fake.idOf("globex-2").orElseThrow();
        String contact = fake.contactIds().get(5);
        Company attached = companies.attachContact(contact, globex);
        assertRequest(t.server.takeRequest(), "POST", "/contacts/" + contact + "/companies", "{\"id\":\"" + globex + "\"}");
        assertEquals(2L, attached.userCount());
        List<ContactReference> contacts = companies.contacts(globex).stream().toList();
        assertRequest(t.server.takeRequest(), "GET", "/companies/" + globex + "/contacts", null);
        assertEquals(List.of(fake.contactIds().get(2), contact), contacts.stream().map(ContactReference::id).toList());
        assertEquals("user-6", contacts.get(1).externalId());
        assertEquals("contact6@example.com", contacts.get(1).json().getString("email"), "the whole contact is kept");
        Company detached = companies.detachContact(contact, globex);
        assertRequest(t.server.takeRequest(), "DELETE", "/contacts/" + contact + "/companies/" + globex, null);
        assertEquals(1L, detached.userCount());
        assertEquals(List.of(), companies.segments(globex));
        assertEquals(List.of("VIP customers"), companies.segments(fake.idOf("umbrella-4").orElseThrow()).stream()
                .map(Segment::name).toList());
        t.server.clearRequests();
        assertThrows(NotFoundException.class, () -> companies.attachContact(contact, "123"));
        assertThrows(NotFoundException.class, () -> companies.attachContact("nobody", globex));
        assertThrows(NotFoundException.class, () -> companies.detachContact(contact, "123"));
        assertThrows(NotFoundException.class, () -> companies.segments("123"));
        assertThrows(NotFoundException.class, () -> companies.contacts("123").firstPage());
        fake.companyLimitPerContact(1);
        ValidationException limit = assertThrows(ValidationException.class,
                () -> companies.attachContact(fake.contactIds().get(0), globex));
        assertEquals("contact_company_limit_exceeded", limit.details().get(0).code());
    }

    @Test
    void asyncTwinsSendTheSameRequests() throws Exception {
        String acme = fake.idOf("acme-1").orElseThrow();
        assertEquals("Acme Inc", companies.getAsync(acme).get().name());
        assertEquals("Acme 2", companies.updateAsync(acme, CompanyUpdate.builder().name("Acme 2").build()).get().name());
        assertEquals("new-1", companies.createOrUpdateAsync(CompanyRequest.builder("new-1").name("New").build()).get().companyId());
        String contact = fake.contactIds().get(5);
        assertEquals(3L, companies.attachContactAsync(contact, acme).get().userCount());
        assertEquals(2L, companies.detachContactAsync(contact, acme).get().userCount());
        assertEquals(1, companies.segmentsAsync(acme).get().size());
        assertEquals(Boolean.TRUE, companies.deleteAsync(acme).get().deleted());
        assertEquals(List.of("GET", "PUT", "POST", "POST", "DELETE", "GET", "DELETE"),
                t.server.requests().stream().map(r -> r.method()).toList());
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> companies.getAsync(acme).get());
        assertTrue(failed.getCause() instanceof NotFoundException, failed.getCause().toString());
        assertTrue(companies.getAsync(" ").isCompletedExceptionally(), "a blank id fails the future, sends nothing");
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        assertEquals("companyId must not be blank", assertThrows(IllegalArgumentException.class, () -> companies.get(" "))
                .getMessage());
        assertEquals("companyId must not be '..'", assertThrows(IllegalArgumentException.class, () -> companies.get(".."))
                .getMessage());
        assertEquals("contactId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> companies.attachContact("", "1")).getMessage());
        assertEquals("companyId must not be blank", assertThrows(IllegalArgumentException.class,
                () -> companies.detachContact("1", null)).getMessage());
        assertThrows(NullPointerException.class, () -> companies.createOrUpdate(null));
        assertThrows(NullPointerException.class, () -> companies.update("1", null));
        assertThrows(NullPointerException.class, () -> companies.retrieve(null));
        assertEquals("perPage must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> companies.list(0, SortOrder.DESC)).getMessage());
        assertEquals("perPage must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> CompanyFilter.byName("a").perPage(0)).getMessage());
        assertEquals("monthlySpend must be at most 2147483647 (Intercom's limit, 2**31-1), was 2147483648",
                assertThrows(IllegalArgumentException.class, () -> CompanyRequest.builder("a").monthlySpend(2_147_483_648L))
                        .getMessage());
        assertEquals("a company update needs at least one field", assertThrows(IllegalArgumentException.class,
                () -> CompanyUpdate.builder().build()).getMessage());
        assertEquals("a company create-or-update needs at least one field", assertThrows(IllegalArgumentException.class,
                () -> CompanyRequest.builder().build()).getMessage());
        assertEquals("custom attribute 'when' must be a string, boolean, finite number or null, was a Instant",
                assertThrows(IllegalArgumentException.class, () -> CompanyUpdate.builder().customAttribute("when", Instant.EPOCH))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> CompanyUpdate.builder().customAttribute("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CompanyUpdate.builder().customAttributes(Map.of(" ", 1)));
        assertThrows(IllegalArgumentException.class, () -> CompanyFilter.byTagId(""));
        assertEquals(0, t.server.requestCount());
    }

    @Test
    void aRequestsStringFormNamesItsFieldsNeverTheirValues() {
        assertEquals("CompanyRequest{fields [name, company_id]}", CompanyRequest.builder("secret-id").name("n").build().toString());
        assertEquals("CompanyUpdate{fields [website]}", CompanyUpdate.builder().website("w").build().toString());
        assertNull(CompanyRequest.builder().name("n").build().companyId());
        assertFalse(CompanyRequest.builder().name("n").build().toJson().containsKey("company_id"));
    }
}
