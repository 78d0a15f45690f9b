package dev.switchboard.testkit.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeIntercomCompaniesTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-01T12:00:00Z"));
    private final FakeIntercom sandbox = FakeIntercom.builder().clock(clock).start();
    private final FakeIntercomCompanies fake = sandbox.companies();
    private final FakeHttp http = new FakeHttp(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void close() {
        sandbox.close();
    }

    private static List<String> companyIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("data").forEach(c -> ids.add(c.path("company_id").asText()));
        return ids;
    }

    @Test
    void createsThenUpdatesByCompanyIdAndNeverChangesIt() {
        JsonNode created = http.ok("POST", "/companies", "{\"company_id\":\"wayne-6\",\"name\":\"Wayne\",\"plan\":\"Pro\","
                + "\"size\":40,\"monthly_spend\":155.98,\"custom_attributes\":{\"vip\":true},\"remote_created_at\":1374138000}");
        assertEquals("company", created.path("type").asText());
        assertEquals(List.of("plan", "Pro"), List.of(created.path("plan").path("type").asText(), created.path("plan").path("name").asText()));
        assertEquals(155, created.path("monthly_spend").asLong(), "truncated, as Intercom does");
        assertEquals(clock.instant().getEpochSecond(), created.path("created_at").asLong());
        assertEquals(0, created.path("user_count").asInt());
        String id = created.path("id").asText();
        JsonNode again = http.ok("POST", "/companies", "{\"company_id\":\"wayne-6\",\"name\":\"Wayne Enterprises\","
                + "\"custom_attributes\":{\"vip\":null,\"tier\":2}}");
        assertEquals(id, again.path("id").asText(), "found by company_id");
        assertEquals("Wayne Enterprises", again.path("name").asText());
        assertEquals("{\"tier\":2}", again.path("custom_attributes").toString(), "null clears an attribute");
        assertEquals("400 bad_request", http.error("POST", "/companies", "{\"test\":\"invalid\"}"));
        assertEquals("400 bad_request", http.error("PUT", "/companies/" + id, "{\"company_id\":\"other\"}"));
        assertEquals("Wayne Inc", http.ok("PUT", "/companies/" + id, "{\"name\":\"Wayne Inc\"}").path("name").asText());
        assertEquals(Optional.of(id), fake.idOf("wayne-6"));
    }

    @Test
    void retrievesByFilterAndAnswersCompanyNotFoundForANameOrIdThatMatchesNothing() {
        assertEquals(List.of("acme-1"), companyIds(http.ok("GET", "/companies?company_id=acme-1", null)));
        assertEquals(List.of("globex-2"), companyIds(http.ok("GET", "/companies?name=Globex", null)));
        assertEquals(List.of("umbrella-4"), companyIds(http.ok("GET", "/companies?tag_id=" + FakeDirectoryData.VIP, null)));
        JsonNode active = http.ok("GET", "/companies?segment_id=" + FakeDirectoryData.ACTIVE_USERS + "&per_page=1", null);
        assertEquals(List.of("acme-1"), companyIds(active));
        assertEquals(2, active.path("pages").path("total_pages").asInt());
        assertEquals(List.of("hooli-5"), companyIds(http.ok("GET", "/companies?segment_id=" + FakeDirectoryData.ACTIVE_USERS
                + "&per_page=1&page=2", null)));
        assertEquals("404 company_not_found", http.error("GET", "/companies?company_id=nope", null));
        assertEquals(0, http.ok("GET", "/companies?tag_id=404404", null).path("data").size(), "a tag without companies");
    }

    @Test
    void listsOnlyCompaniesWithUsersByLastRequest() {
        JsonNode desc = http.ok("POST", "/companies/list", null);
        assertEquals(List.of("acme-1", "globex-2", "umbrella-4", "hooli-5"), companyIds(desc));
        assertEquals(4, desc.path("total_count").asInt());
        JsonNode asc = http.ok("POST", "/companies/list?order=asc&per_page=3", null);
        assertEquals(List.of("hooli-5", "umbrella-4", "globex-2"), companyIds(asc));
        assertEquals(List.of(1, 3, 2), List.of(asc.path("pages").path("page").asInt(), asc.path("pages").path("per_page").asInt(),
                asc.path("pages").path("total_pages").asInt()));
        assertEquals("400 parameter_invalid", http.error("POST", "/companies/list?order=sideways", null));
    }

    @Test
    void scrollsWithOneScrollAtATimeTheSameParamAndAnEmptyLastPage() {
        JsonNode first = http.ok("GET", "/companies/scroll", null);
        String param = first.path("scroll_param").asText();
        assertEquals(List.of("acme-1", "globex-2"), companyIds(first));
        assertTrue(first.path("pages").isNull() && first.path("total_count").isNull());
        assertEquals(Optional.of(param), fake.openScroll());
        assertEquals("400 bad_request", http.error("GET", "/companies/scroll", null), "a second scroll is refused");
        List<String> seen = new ArrayList<>(companyIds(first));
        JsonNode page;
        do {
            page = http.ok("GET", "/companies/scroll?scroll_param=" + param, null);
            assertEquals(param, page.path("scroll_param").asText(), "the same parameter on every page");
            seen.addAll(companyIds(page));
        } while (page.path("data").size() > 0);
        assertEquals(List.of("acme-1", "globex-2", "initech-3", "umbrella-4", "hooli-5"), seen, "companies without users too");
        assertEquals(Optional.empty(), fake.openScroll());
        assertEquals("404 not_found", http.error("GET", "/companies/scroll?scroll_param=" + param, null), "expired at the end");
        http.ok("GET", "/companies/scroll", null);
    }

    @Test
    void aScrollUnusedForAMinuteExpires() {
        String param = http.ok("GET", "/companies/scroll", null).path("scroll_param").asText();
        clock.advance(Duration.ofSeconds(59));
        http.ok("GET", "/companies/scroll?scroll_param=" + param, null);
        clock.advance(Duration.ofSeconds(60));
        assertEquals("404 not_found", http.error("GET", "/companies/scroll?scroll_param=" + param, null));
        assertNotSame(param, http.ok("GET", "/companies/scroll", null).path("scroll_param").asText());
    }

    private static void assertNotSame(String a, String b) {
        assertFalse(a.equals(b), "a new scroll has a new parameter");
    }

    @Test
    void attachesAndDetachesContactsCountingUsersAndDeletingDetachesThem() {
        String globex = fake.idOf("globex-2").orElseThrow();
        String contact = fake.contactIds().get(5);
        JsonNode attached = http.ok("POST", "/contacts/" + contact + "/companies", "{\"id\":\"" + globex + "\"}");
        assertEquals(2, attached.path("user_count").asInt());
        JsonNode contacts = http.ok("GET", "/companies/" + globex + "/contacts", null);
        assertEquals(2, contacts.path("data").size());
        assertEquals(List.of(1, 50, 1), List.of(contacts.path("pages").path("page").asInt(),
                contacts.path("pages").path("per_page").asInt(), contacts.path("pages").path("total_pages").asInt()));
        assertEquals("contact", contacts.path("data").path(1).path("type").asText());
        assertEquals(1, http.ok("DELETE", "/contacts/" + contact + "/companies/" + globex, null).path("user_count").asInt());
        assertEquals("400 parameter_not_found", http.error("POST", "/contacts/" + contact + "/companies", null));
        assertEquals("404 company_not_found", http.error("POST", "/contacts/" + contact + "/companies", "{\"id\":\"123\"}"));
        assertEquals("404 not_found", http.error("POST", "/contacts/nobody/companies", "{\"id\":\"" + globex + "\"}"));
        assertEquals("404 not_found", http.error("DELETE", "/contacts/nobody/companies/" + globex, null));
        assertEquals("404 company_not_found", http.error("DELETE", "/contacts/" + contact + "/companies/123", null));
        fake.companyLimitPerContact(1);
        assertEquals("400 contact_company_limit_exceeded",
                http.error("POST", "/contacts/" + fake.contactIds().get(0) + "/companies", "{\"id\":\"" + globex + "\"}"));

        JsonNode deleted = http.ok("DELETE", "/companies/" + globex, null);
        assertEquals("{\"id\":\"" + globex + "\",\"object\":\"company\",\"deleted\":true}", deleted.toString());
        assertEquals(Optional.empty(), fake.company(globex));
        assertEquals(List.of(), fake.contactsOf(globex));
        assertEquals("404 company_not_found", http.error("GET", "/companies/" + globex, null));
        assertEquals("404 company_not_found", http.error("GET", "/companies/" + globex + "/segments", null));
    }

    @Test
    void aCompanysSegmentsAreAListUnderData() {
        JsonNode segments = http.ok("GET", "/companies/" + fake.idOf("umbrella-4").orElseThrow() + "/segments", null);
        assertEquals("list", segments.path("type").asText());
        assertEquals("VIP customers", segments.path("data").path(0).path("name").asText());
        assertFalse(segments.path("data").path(0).has("count"));
        assertEquals(401, new FakeHttp(sandbox.baseUrl(), "wrong").send("GET", "/companies/scroll", null).statusCode());
    }
}
