package dev.switchboard.conversations.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.core.json.Json;
import dev.switchboard.testkit.TestJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void writesSingleFiltersAndNestedGroupsAsIntercomJson() {
        SearchQuery q = SearchQuery.and(
                SearchQuery.field("open").eq(true),
                SearchQuery.field("updated_at").gt(Instant.ofEpochSecond(1775001600L)),
                SearchQuery.or(SearchQuery.field("state").in(List.of("open", "snoozed")), SearchQuery.field("priority").ne("priority")));
        assertEquals(TestJson.parse("{\"operator\":\"AND\",\"value\":["
                + "{\"field\":\"open\",\"operator\":\"=\",\"value\":true},"
                + "{\"field\":\"updated_at\",\"operator\":\">\",\"value\":1775001600},"
                + "{\"operator\":\"OR\",\"value\":["
                + "{\"field\":\"state\",\"operator\":\"IN\",\"value\":[\"open\",\"snoozed\"]},"
                + "{\"field\":\"priority\",\"operator\":\"!=\",\"value\":\"priority\"}]}]}"), TestJson.parse(Json.write(q)));
        assertEquals(2, q.depth());
    }

    @Test
    void writesEveryOperatorAsIntercomSpellsIt() {
        List<String> wire = new ArrayList<>();
        for (SearchQuery.Filter f : List.of(SearchQuery.field("a").eq("x"), SearchQuery.field("a").ne("x"),
                SearchQuery.field("a").in(List.of(1)), SearchQuery.field("a").notIn(List.of("x")), SearchQuery.field("a").lt(1),
                SearchQuery.field("a").le(1), SearchQuery.field("a").gt(1), SearchQuery.field("a").ge(1),
                SearchQuery.field("a").contains("x"), SearchQuery.field("a").notContains("x"), SearchQuery.field("a").startsWith("x"),
                SearchQuery.field("a").endsWith("x"))) {
            wire.add(TestJson.parse(Json.write(f)).get("operator").asText());
        }
        assertEquals(List.of("=", "!=", "IN", "NIN", "<", "<=", ">", ">=", "~", "!~", "^", "$"), wire);
    }

    @Test
    void searchRequestCarriesThePageSize() {
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true},\"pagination\":{\"per_page\":50}}"),
                TestJson.parse(Json.write(SearchRequest.of(SearchQuery.field("open").eq(true), 50))));
        assertEquals(TestJson.parse("{\"query\":{\"field\":\"open\",\"operator\":\"=\",\"value\":true}}"),
                TestJson.parse(Json.write(SearchRequest.of(SearchQuery.field("open").eq(true)))));
    }

    @Test
    void searchRequestKnowsItsOwnPageSizeLimit() {
        SearchQuery q = SearchQuery.field("a").eq(1);
        assertEquals(150, SearchRequest.MAX_PER_PAGE);
        assertEquals(Map.of("per_page", 150), SearchRequest.of(q, 150).pagination());
        assertEquals(Map.of("per_page", 1), SearchRequest.of(q, 1).pagination());
        assertEquals("perPage must be between 1 and 150, was 151",
                assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(q, 151)).getMessage());
        assertEquals("perPage must be between 1 and 150, was 0",
                assertThrows(IllegalArgumentException.class, () -> SearchRequest.of(q, 0)).getMessage());
    }

    @Test
    void searchRequestChecksAGivenPaginationObjectAtConstruction() {
        SearchQuery q = SearchQuery.field("a").eq(1);
        assertEquals("pagination.per_page must be an integer between 1 and 150, was 500", assertThrows(
                IllegalArgumentException.class, () -> new SearchRequest(q, Map.of("per_page", 500))).getMessage());
        assertEquals("pagination.per_page must be an integer between 1 and 150, was 20", assertThrows(
                IllegalArgumentException.class, () -> new SearchRequest(q, Map.of("per_page", "20"))).getMessage());
        assertEquals("pagination.per_page must be an integer between 1 and 150, was 0", assertThrows(
                IllegalArgumentException.class, () -> new SearchRequest(q, Map.of("per_page", 0))).getMessage());
        assertEquals(Map.of("starting_after", "x"), new SearchRequest(q, Map.of("starting_after", "x")).pagination());
        Map<String, Object> given = new java.util.HashMap<>(Map.of("per_page", 10));
        SearchRequest r = new SearchRequest(q, given);
        given.put("per_page", 999);
        assertEquals(Map.of("per_page", 10), r.pagination(), "the request keeps its own copy, checked once");
        assertThrows(UnsupportedOperationException.class, () -> r.pagination().put("per_page", 999));
    }

    @Test
    void rejectsThreeLevelsOfNesting() {
        SearchQuery two = SearchQuery.and(SearchQuery.or(SearchQuery.field("a").eq(1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SearchQuery.and(two));
        assertEquals("search query nests groups 3 levels deep; Intercom allows at most 2", e.getMessage());
    }

    @Test
    void rejectsMoreThanFifteenQueriesInAGroup() {
        SearchQuery[] sixteen = new SearchQuery[16];
        for (int i = 0; i < sixteen.length; i++) {
            sixteen[i] = SearchQuery.field("f" + i).eq(i);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchQuery.or(sixteen)).getMessage().contains("at most 15"));
        SearchQuery.or(java.util.Arrays.copyOf(sixteen, 15));
    }

    @Test
    void rejectsEmptyGroupsBlankFieldsAndValuesThatDoNotFitTheOperator() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.and());
        assertEquals("field must not be blank", assertThrows(IllegalArgumentException.class, () -> SearchQuery.field(" ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchQuery.field("tags").in(List.of()))
                .getMessage().contains("non-empty list"));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.field("tags").in(List.of(true)));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.field("tags").eq(List.of("a")));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.field("x").eq(1.5));
    }
}
