package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/**
 * Evaluates Intercom search queries against fake tickets: single filters ({@code = != > >= < <= IN NIN ~ !~ ^ $}) on
 * {@code id}, {@code open}, {@code state}, {@code category}, {@code ticket_type_id}, {@code created_at},
 * {@code updated_at}, {@code admin_assignee_id}, {@code team_assignee_id}, {@code title}, and AND/OR groups.
 */
final class FakeTicketSearch {
    private FakeTicketSearch() {
    }

    /** @return whether the ticket matches; throws IllegalArgumentException for a query the fake does not understand */
    static boolean matches(JsonNode query, JsonNode ticket) {
        String op = query.path("operator").asText();
        if (op.equals("AND") || op.equals("OR")) {
            JsonNode list = query.path("value");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("a group needs a non-empty value array");
            }
            boolean and = op.equals("AND");
            for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
                boolean m = matches(it.next(), ticket);
                if (and && !m) {
                    return false;
                }
                if (!and && m) {
                    return true;
                }
            }
            return and;
        }
        JsonNode actual = field(ticket, query.path("field").asText());
        JsonNode expected = query.path("value");
        switch (op) {
            case "=":
                return same(actual, expected);
            case "!=":
                return !same(actual, expected);
            case "IN":
            case "NIN": {
                boolean in = false;
                for (JsonNode v : expected) {
                    in |= same(actual, v);
                }
                return op.equals("IN") == in;
            }
            case ">":
            case ">=":
                return actual.asLong() >= expected.asLong();
            case "<":
            case "<=":
                return actual.asLong() <= expected.asLong();
            case "~":
                return actual.asText().contains(expected.asText());
            case "!~":
                return !actual.asText().contains(expected.asText());
            case "^":
                return actual.asText().startsWith(expected.asText());
            case "$":
                return actual.asText().endsWith(expected.asText());
            default:
                throw new IllegalArgumentException("unknown operator " + op);
        }
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        return actual.isBoolean() || expected.isBoolean() ? actual.asBoolean() == expected.asBoolean() && actual.isBoolean()
                : actual.asText().equals(expected.asText());
    }

    private static JsonNode field(JsonNode t, String name) {
        switch (name) {
            case "id":
            case "open":
            case "category":
            case "created_at":
            case "updated_at":
            case "admin_assignee_id":
            case "team_assignee_id":
                return t.path(name);
            case "state":
                return t.path("ticket_state").path("category");
            case "ticket_type_id":
                return t.path("ticket_type").path("id");
            case "title":
                return t.path("ticket_attributes").path("_default_title_");
            default:
                throw new IllegalArgumentException("the fake cannot search on " + name);
        }
    }
}
