package dev.switchboard.conversations.intercom.companies;

import static dev.switchboard.conversations.intercom.reporting.MoreTestSupport.decode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.conversations.intercom.reporting.MoreTestSupport;
import dev.switchboard.core.DecodeException;
import dev.switchboard.core.NotFoundException;
import dev.switchboard.core.ValidationException;
import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.FakeResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link CompaniesClient} makes of answers a fake would not give: the spec's error examples, values of the wrong
 * JSON type (only their accessor fails), and the official SDKs' traps (custom attributes losing their types, 32-bit
 * timestamps).
 */
class CompanyResponsesTest {
    private final MoreTestSupport t = new MoreTestSupport();
    private final CompaniesClient companies = new CompaniesClient(t.connection);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theSpecsErrorExamplesBecomeTypedExceptionsWithTheirCodes() {
        t.server.route("POST", "/companies", r -> FakeResponse.json(400, "{\"type\":\"error.list\",\"request_id\":null,"
                + "\"errors\":[{\"code\":\"bad_request\",\"message\":\"bad 'test' parameter\"}]}"));
        t.server.route("GET", "/companies/{id}", r -> FakeResponse.json(404, "{\"type\":\"error.list\",\"request_id\":"
                + "\"9bc4fc62-7cdf-4f72-a56e-02af4836d499\",\"errors\":[{\"code\":\"company_not_found\",\"message\":\"Company Not Found\"}]}"));
        t.server.route("POST", "/contacts/{id}/companies", r -> FakeResponse.json(400, "{\"type\":\"error.list\",\"request_id\":"
                + "\"8879ee29-ade4-4b5a-a275-ab1ac531b82a\",\"errors\":[{\"code\":\"parameter_not_found\",\"message\":\"company not specified\"}]}"));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> companies.createOrUpdate(CompanyRequest.builder("a").build()));
        assertEquals(400, bad.status());
        assertEquals("bad_request", bad.details().get(0).code());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> companies.get("5f4d3c1c"));
        assertEquals("company_not_found", missing.details().get(0).code());
        assertEquals(java.util.Optional.of("9bc4fc62-7cdf-4f72-a56e-02af4836d499"), missing.requestId());
        ValidationException notSpecified = assertThrows(ValidationException.class, () -> companies.attachContact("c1", "x"));
        assertEquals("parameter_not_found", notSpecified.details().get(0).code());
    }

    @Test
    void aValueOfTheWrongTypeFailsOnlyItsAccessor() {
        t.server.route("GET", "/companies/{id}", r -> FakeResponse.json("{\"type\":\"company\",\"id\":\"1\",\"name\":7,"
                + "\"created_at\":\"soon\",\"user_count\":\"many\",\"plan\":\"Pro\",\"tags\":[],\"custom_attributes\":[1]}"));
        Company c = companies.get("1");
        assertEquals("1", c.id());
        for (Runnable accessor : List.<Runnable>of(c::name, c::createdAt, c::userCount, c::plan, c::tags, c::customAttributes)) {
            DecodeException e = assertThrows(DecodeException.class, accessor::run);
            assertTrue(e.location().startsWith("path $."), e.location());
        }
        assertEquals("{\"type\":\"company\",\"id\":\"1\",\"name\":7,\"created_at\":\"soon\",\"user_count\":\"many\","
                + "\"plan\":\"Pro\",\"tags\":[],\"custom_attributes\":[1]}", Json.write(c), "written back as it came");
    }

    @Test
    void customAttributesKeepTheirJsonTypesAndTimestampsPass2038() {
        // intercom-java's Company custom attributes turned booleans and decimals into strings (IC-21); its timestamps
        // were 32-bit (IC-19).
        Company c = decode("{\"custom_attributes\":{\"paid\":true,\"spend\":155.50,\"mates\":9,\"big\":9007199254740993,"
                + "\"none\":null,\"tier\":\"gold\"},\"last_request_at\":4102444800,\"created_at\":\"2024-12-18T15:56:07Z\","
                + "\"monthly_spend\":155.98,\"company_id\":42}", Company.class);
        assertEquals(Boolean.TRUE, c.customAttributes().get("paid"));
        assertEquals(new BigDecimal("155.50"), new BigDecimal(c.customAttributes().get("spend").toString()));
        assertEquals(9, ((Number) c.customAttributes().get("mates")).intValue());
        assertEquals(9007199254740993L, ((Number) c.customAttributes().get("big")).longValue());
        assertTrue(c.customAttributes().containsKey("none"));
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), c.lastRequestAt());
        assertEquals(Instant.parse("2024-12-18T15:56:07Z"), c.createdAt());
        assertEquals(new BigDecimal("155.98"), c.monthlySpend(), "a decimal is read, not refused");
        assertEquals("42", c.companyId(), "ids are strings");
        assertEquals("{\"custom_attributes\":{\"paid\":true,\"spend\":155.50,\"mates\":9,\"big\":9007199254740993,"
                + "\"none\":null,\"tier\":\"gold\"},\"last_request_at\":4102444800,\"created_at\":\"2024-12-18T15:56:07Z\","
                + "\"monthly_spend\":155.98,\"company_id\":42}", Json.write(c));
    }

    @Test
    void anEmptyPlanReadsAsNothingAndTheSpecsNullPagesAreKept() {
        Company c = decode("{\"plan\":{}}", Company.class);
        assertNull(c.plan().name());
        CompanyList scrollPage = decode("{\"type\":\"list\",\"data\":[],\"pages\":null,\"total_count\":null,"
                + "\"scroll_param\":\"25b649f7\"}", CompanyList.class);
        assertNull(scrollPage.pages());
        assertNull(scrollPage.totalCount());
        assertEquals("25b649f7", scrollPage.scrollParam());
        assertEquals("{\"type\":\"list\",\"data\":[],\"pages\":null,\"total_count\":null,\"scroll_param\":\"25b649f7\"}",
                Json.write(scrollPage));
    }

    @Test
    void pathParametersNeverLeakIntoBodies() {
        // intercom-java sent {"conversation_id": ...} in PUT bodies (IC-23): the update body holds only its fields.
        t.server.route("PUT", "/companies/{id}", r -> FakeResponse.json("{\"type\":\"company\"}"));
        companies.update("6762f07a1bb69f9f2193baea", CompanyUpdate.builder().industry("Retail").build());
        assertEquals("{\"industry\":\"Retail\"}", t.server.takeRequest().bodyUtf8());
    }
}
