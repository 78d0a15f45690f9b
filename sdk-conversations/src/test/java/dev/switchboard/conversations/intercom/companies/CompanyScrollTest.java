package dev.switchboard.conversations.intercom.companies;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.assertRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.PaginationException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.testkit.FakeResponse;
import dev.switchboard.testkit.FakeServer;
import dev.switchboard.testkit.intercom.FakeIntercomCompanies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CompanyScroll}: the scroll's own paging rule, against the fake and against answers no fake would give. */
class CompanyScrollTest {
    private static final List<String> ALL = List.of("acme-1", "globex-2", "initech-3", "umbrella-4", "hooli-5");

    private final MoreTestSupport t = new MoreTestSupport();
    private final CompaniesClient companies = new CompaniesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    private FakeIntercomCompanies fake() {
        return FakeIntercomCompanies.on(t.server, MoreTestSupport.TOKEN, t.clock);
    }

    @Test
    void scrollsEveryCompanyPassingTheSameParamAndStopsAtTheEmptyPage() {
        FakeIntercomCompanies fake = fake();
        assertEquals(ALL, companies.scroll().stream().map(Company::companyId).toList());
        assertRequest(t.server.takeRequest(), "GET", "/companies/scroll", null);
        String param = t.server.requests().get(1).query("scroll_param");
        assertEquals("69352cd2-ab5b-42ac-b004-000000000001", param, "the first page's scroll_param");
        for (int i = 0; i < 3; i++) {
            assertRequest(t.server.takeRequest(), "GET", "/companies/scroll?scroll_param=" + param, null);
        }
        assertEquals(4, t.server.requestCount(), "3 pages of companies and the empty one; nothing after it");
        assertEquals(Optional.empty(), fake.openScroll(), "reaching the end closed the scroll");
        assertEquals(ALL, companies.scroll().stream().map(Company::companyId).toList(), "iterating again starts a new scroll");
    }

    @Test
    void pagesCarryTheParamAsTheirCursorAndTheLastOneIsEmpty() {
        fake().scrollPageSize(3);
        List<Page<Company>> pages = new ArrayList<>();
        companies.scroll().pages().forEach(pages::add);
        assertEquals(List.of(3, 2, 0), pages.stream().map(p -> p.items().size()).toList());
        String param = pages.get(0).nextCursor().orElseThrow();
        assertEquals(Optional.of(param), pages.get(1).nextCursor());
        assertFalse(pages.get(2).hasNext());
        assertEquals(param, pages.get(2).meta().get("scroll_param"), "the empty page still names the parameter");
        assertTrue(pages.get(0).meta().containsKey("pages") && pages.get(0).meta().get("pages") == null);
        assertEquals(List.of(1, 2, 3), pages.stream().map(Page::number).toList());
    }

    @Test
    void anAbandonedScrollBlocksANewOneUntilItExpires() {
        FakeIntercomCompanies fake = fake();
        assertEquals(List.of("acme-1"), companies.scroll().stream().limit(1).map(Company::companyId).toList());
        assertEquals(1, t.server.requestCount(), "lazy: one page for one company");
        ValidationException open = assertThrows(ValidationException.class, () -> companies.scroll().firstPage());
        assertEquals("scroll already exists for this app", open.details().get(0).message());
        t.clock.advance(Duration.ofSeconds(60));
        assertEquals(2, companies.scroll().firstPage().items().size());
        assertTrue(fake.openScroll().isPresent());
    }

    @Test
    void visitsEveryCompanyAsynchronously() throws Exception {
        fake();
        List<String> seen = new ArrayList<>();
        assertEquals(5L, companies.scroll().forEachAsync(c -> seen.add(c.companyId())).get());
        assertEquals(ALL, seen);
        assertEquals(4, t.server.requestCount());
        ExecutionException blocked = assertThrows(ExecutionException.class, () -> {
            companies.scroll().firstPage();
            companies.scroll().forEachAsync(c -> { }).get();
        });
        assertTrue(blocked.getCause() instanceof ValidationException, "typed and unwrapped: " + blocked.getCause());
    }

    private CompaniesClient serving(String... pages) {
        AtomicInteger n = new AtomicInteger();
        t.server.route("GET", "/companies/scroll", r -> FakeResponse.json(pages[Math.min(n.getAndIncrement(), pages.length - 1)]));
        return companies;
    }

    @Test
    void aPageWithCompaniesButNoParamStopsLoudly() {
        PaginationException e = assertThrows(PaginationException.class, () -> serving(
                "{\"type\":\"list\",\"data\":[{\"id\":\"1\"}],\"scroll_param\":null}").scroll().stream().toList());
        assertTrue(e.getMessage().startsWith("scroll page 1 holds 1 companies but no scroll_param"), e.getMessage());
    }

    @Test
    void aPageThatRepeatsThePreviousOneStopsLoudly() {
        String page = "{\"type\":\"list\",\"data\":[{\"id\":\"1\"}],\"scroll_param\":\"p\"}";
        PaginationException e = assertThrows(PaginationException.class, () -> serving(page).scroll().stream().toList());
        assertTrue(e.getMessage().startsWith("scroll page 2 holds the same 1 companies as page 1"), e.getMessage());
        assertEquals(2, t.server.requestCount());
    }

    @Test
    void aNullCompanyIsADecodeErrorAndAnExpiredParamIsTheApisOwnError() {
        DecodeException e = assertThrows(DecodeException.class, () -> serving(
                "{\"type\":\"list\",\"data\":[null],\"scroll_param\":\"p\"}").scroll().firstPage());
        assertEquals("path $.data[0]", e.location());
        try (FakeServer other = FakeServer.start()) {
            other.route("GET", "/companies/scroll", r -> r.query("scroll_param") == null
                    ? FakeResponse.json("{\"data\":[{\"id\":\"1\"}],\"scroll_param\":\"p\"}")
                    : FakeResponse.json(404, "{\"type\":\"error.list\",\"errors\":[{\"code\":\"not_found\",\"message\":\"expired\"}]}"));
            CompaniesClient c = new CompaniesClient(dev.switchboard.conversations.intercom.IntercomConnection.builder()
                    .accessToken("t").baseUrl(other.baseUrl()).build());
            assertThrows(NotFoundException.class, () -> c.scroll().stream().toList());
        }
    }

    @Test
    void anAbsentOrEmptyDataArrayEndsTheScroll() {
        assertEquals(List.of(), serving("{\"type\":\"list\",\"scroll_param\":\"p\"}").scroll().stream().toList());
        assertEquals(1, t.server.requestCount());
        assertEquals("CompanyScroll{" + t.server.baseUrl() + "/companies/scroll}", companies.scroll().toString());
    }
}
