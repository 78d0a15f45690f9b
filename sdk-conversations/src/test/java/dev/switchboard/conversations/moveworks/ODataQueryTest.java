package dev.switchboard.conversations.moveworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OData text the query builder produces, and what it refuses. */
class ODataQueryTest {
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");

    @Test
    void presetsAreTheDocumentedRouteFilters() {
        assertEquals("route eq 'DM'", Filter.dmOnly().toOData());
        assertEquals("route ne 'DM'", Filter.sysEventsOnly().toOData());
        assertEquals(List.of(Map.entry("$filter", "route eq 'DM'")), ODataQuery.dmOnly().parameters());
        assertEquals(List.of(Map.entry("$filter", "route ne 'DM'")), ODataQuery.sysEventsOnly().parameters());
    }

    @Test
    void timeComparisonsAreQuotedIsoWithMillis() {
        assertEquals("created_time ge '2026-04-01T00:00:00.000Z'", Filter.createdTime().ge(APRIL).toOData());
        assertEquals("created_time gt '2026-04-01T00:00:00.000Z'", Filter.createdTime().gt(APRIL).toOData());
        assertEquals("last_updated_time le '2026-04-01T00:00:00.000Z'", Filter.lastUpdatedTime().le(APRIL).toOData());
        assertEquals("last_updated_time lt '2026-04-01T00:00:00.000Z'", Filter.lastUpdatedTime().lt(APRIL).toOData());
        assertEquals("plugin_update_time ge '2026-04-01T12:34:56.789Z'",
                Filter.time("plugin_update_time").ge(Instant.parse("2026-04-01T12:34:56.789999Z")).toOData(),
                "sub-millisecond precision is truncated");
        assertEquals("last_updated_time ge '2026-04-01T00:00:00.000Z' and last_updated_time lt '2026-04-02T00:00:00.000Z'",
                Filter.lastUpdatedTime().between(APRIL, APRIL.plusSeconds(86400)).toOData());
    }

    @Test
    void stringLiteralsDoubleTheirQuotes() {
        assertEquals("last_name eq 'O''Brien'", Filter.field("last_name").eq("O'Brien").toOData());
        assertEquals("name eq ''''''", Filter.field("name").eq("''").toOData());
        assertEquals("name ne ''", Filter.field("name").ne("").toOData());
        assertEquals("name eq 'x'' or route eq ''DM'", Filter.field("name").eq("x' or route eq 'DM").toOData(),
                "a quote cannot end the literal early");
        assertEquals("channel_name eq 'caf\u00e9 \ud83d\ude00'", Filter.field("channel_name").eq("caf\u00e9 \ud83d\ude00").toOData());
        assertEquals("actor eq 'bot'", Filter.field("actor").eq(Actor.BOT).toOData());
        assertEquals("type eq null", Filter.field("type").isNull().toOData());
        assertEquals("type ne null", Filter.field("type").isNotNull().toOData());
    }

    @Test
    void booleanAndNumberLiteralsAreBare() {
        assertEquals("used eq false", Filter.bool("used").eq(false).toOData());
        assertEquals("served ne true", Filter.bool("served").ne(true).toOData());
        assertEquals("access_to_bot eq null", Filter.bool("access_to_bot").isNull().toOData());
        assertEquals("cited ne null", Filter.bool("cited").isNotNull().toOData());
        assertEquals("served eq true and used eq false",
                Filter.bool("served").eq(true).and(Filter.bool("used").eq(false)).toOData());
        assertEquals("count gt 2", Filter.number("count").gt(2).toOData());
        assertEquals("count ge -9223372036854775808", Filter.number("count").ge(Long.MIN_VALUE).toOData());
        assertEquals("n eq 0", Filter.number("n").eq(0).toOData());
        assertEquals("n ne 1", Filter.number("n").ne(1).toOData());
        assertEquals("n lt 3", Filter.number("n").lt(3).toOData());
        assertEquals("n le 4", Filter.number("n").le(4).toOData());
        assertEquals("score ge 1000", Filter.number("score").compare(Filter.Operator.GE, new java.math.BigDecimal("1E+3"))
                .toOData());
        assertEquals("score lt 0.50", Filter.number("score").compare(Filter.Operator.LT, new java.math.BigDecimal("0.50"))
                .toOData());
        assertEquals("n eq null", Filter.number("n").isNull().toOData());
        assertEquals("n ne null", Filter.number("n").isNotNull().toOData());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Filter.Comparison("used", Filter.Operator.GT, Boolean.TRUE));
        assertEquals("a boolean can only be compared with eq or ne, not gt", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Filter.Comparison("n", Filter.Operator.EQ, 1.5d));
        assertThrows(IllegalArgumentException.class, () -> Filter.bool("used or 1"));
        assertThrows(IllegalArgumentException.class, () -> Filter.number(" "));
        assertThrows(NullPointerException.class, () -> Filter.number("n").compare(Filter.Operator.EQ, null));
    }

    @Test
    void controlCharactersAreRejectedWithTheirPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Filter.field("name").eq("a\nb"));
        assertEquals("a string literal must not contain control characters; found U+000A at index 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Filter.field("name").eq("a\u0000"));
        assertThrows(IllegalArgumentException.class, () -> Filter.field("name").ne("\u007f"));
        assertThrows(IllegalArgumentException.class, () -> Filter.field("name").eq("\u0085"));
        IllegalArgumentException surrogate = assertThrows(IllegalArgumentException.class, () -> Filter.field("name").eq("x\ud83d"));
        assertTrue(surrogate.getMessage().contains("unpaired surrogate at index 1"), surrogate.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> Filter.field("name").eq((String) null));
        assertTrue(nul.getMessage().contains("isNull()"), nul.getMessage());
    }

    @Test
    void fieldNamesMustBePlainIdentifiers() {
        for (String bad : List.of("", " route", "route eq 'DM' or 1", "route)", "1st", "a-b", "detail/ticket_id", "x'y", "r\u00f6ute")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Filter.field(bad), bad);
            assertTrue(e.getMessage().startsWith("name must be a field name of letters, digits and '_'"), e.getMessage());
        }
        assertEquals("name must be a field name of letters, digits and '_' (not starting with a digit, at most 128 "
                + "characters), was 'a\\u000Ab'", assertThrows(IllegalArgumentException.class, () -> Filter.field("a\nb")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Filter.field(null));
        assertThrows(IllegalArgumentException.class, () -> Filter.time("created time"));
        assertThrows(IllegalArgumentException.class, () -> Filter.field("x".repeat(129)));
        assertEquals("_private_2 eq 'v'", Filter.field("_private_2").eq("v").toOData());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> ODataQuery.builder().orderBy("id desc"));
        assertTrue(order.getMessage().startsWith("field must be a field name"), order.getMessage());
        IllegalArgumentException select = assertThrows(IllegalArgumentException.class,
                () -> ODataQuery.builder().select("id", "route,type"));
        assertTrue(select.getMessage().startsWith("fields must be a field name"), select.getMessage());
    }

    @Test
    void andOrAreParenthesisedSoPrecedenceIsExplicit() {
        Filter ticketOrChannel = Filter.route().eq("Ticket").or(Filter.route().eq("Channel"));
        assertEquals("route eq 'Ticket' or route eq 'Channel'", ticketOrChannel.toOData());
        assertEquals("(route eq 'Ticket' or route eq 'Channel') and created_time lt '2026-04-01T00:00:00.000Z'",
                ticketOrChannel.and(Filter.createdTime().lt(APRIL)).toOData());
        assertEquals("route eq 'DM' or (type ne null and created_time ge '2026-04-01T00:00:00.000Z')",
                Filter.dmOnly().or(Filter.field("type").isNotNull().and(Filter.createdTime().ge(APRIL))).toOData());
        Filter flat = Filter.allOf(Filter.dmOnly(), Filter.allOf(Filter.createdTime().ge(APRIL), Filter.createdTime().lt(APRIL.plusSeconds(1))));
        assertEquals(3, ((Filter.And) flat).operands().size(), "nested and is flattened");
        assertEquals("route eq 'DM' and created_time ge '2026-04-01T00:00:00.000Z' and created_time lt '2026-04-01T00:00:01.000Z'",
                flat.toOData());
        assertSame(Filter.dmOnly().getClass(), Filter.allOf(Filter.dmOnly()).getClass(), "one operand is returned as is");
        assertThrows(IllegalArgumentException.class, () -> Filter.allOf(new Filter[0]));
        assertThrows(NullPointerException.class, () -> Filter.anyOf(Filter.dmOnly(), null));
    }

    @Test
    void allOptionsInAFixedOrder() {
        ODataQuery q = ODataQuery.builder()
                .select("id", "route", "id")
                .top(100)
                .skip(500)
                .orderBy("created_time", SortOrder.DESC)
                .orderBy("id")
                .filter(Filter.lastUpdatedTime().ge(APRIL))
                .and(Filter.dmOnly())
                .build();
        assertEquals(List.of(
                Map.entry("$filter", "last_updated_time ge '2026-04-01T00:00:00.000Z' and route eq 'DM'"),
                Map.entry("$orderby", "created_time desc,id"),
                Map.entry("$top", "100"),
                Map.entry("$skip", "500"),
                Map.entry("$select", "id,route")), q.parameters());
        assertEquals("$filter=last_updated_time ge '2026-04-01T00:00:00.000Z' and route eq 'DM'&$orderby=created_time desc,id"
                + "&$top=100&$skip=500&$select=id,route", q.toString());
        assertEquals(q, q.toBuilder().build());
        assertNotEquals(q, q.toBuilder().top(5).build());
        assertEquals("(no query options)", ODataQuery.all().toString());
        assertEquals(List.of(), ODataQuery.all().parameters());
        assertEquals("route eq 'DM' and created_time ge '2026-04-01T00:00:00.000Z'",
                ODataQuery.dmOnly().and(Filter.createdTime().ge(APRIL)).filter().orElseThrow().toOData());
        assertEquals("route eq 'DM'", ODataQuery.all().and(Filter.dmOnly()).filter().orElseThrow().toOData());
    }

    @Test
    void numericOptionsAreValidated() {
        assertEquals("top must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> ODataQuery.builder().top(0)).getMessage());
        assertEquals("skip must not be negative, was -1",
                assertThrows(IllegalArgumentException.class, () -> ODataQuery.builder().skip(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ODataQuery.builder().select());
        assertThrows(NullPointerException.class, () -> ODataQuery.builder().and(null));
        assertEquals("instant must not be null",
                assertThrows(NullPointerException.class, () -> Filter.createdTime().ge(null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Filter.createdTime().between(APRIL, APRIL));
        assertThrows(IllegalArgumentException.class, () -> new Filter.Comparison("created_time", Filter.Operator.GE, null));
        assertThrows(IllegalArgumentException.class, () -> new Filter.Comparison("n", Filter.Operator.EQ, 42));
    }
}
