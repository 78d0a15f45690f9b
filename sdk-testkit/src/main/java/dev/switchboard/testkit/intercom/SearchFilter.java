package dev.switchboard.testkit.intercom;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates Intercom's search DSL against a conversation: single filters ({@code = != IN NIN < <= > >= ~ !~ ^ $})
 * and nested {@code AND} / {@code OR} groups, with Intercom's limits (2 levels of nesting, 15 filters per group). As
 * Intercom documents, {@code >} and {@code <} include the boundary. A field is a dotted path into the conversation
 * ({@code source.author.email}, {@code custom_attributes.vip}, {@code statistics.count_reopens}); {@code contact_ids},
 * {@code teammate_ids} and {@code tag_ids} look into the lists. Numbers compare numerically even when sent as strings
 * (the spec's own example sends {@code "created_at" > "1306054154"}).
 */
final class SearchFilter {
    static final int MAX_DEPTH = 2;
    static final int MAX_GROUP = 15;

    private SearchFilter() {
    }

    /**
     * @param query the {@code query} of the search body
     * @throws FakeErrors.Failure (400) if the query is malformed or over the limits
     */
    static void validate(JsonNode query) {
        if (query == null || !query.isObject()) {
            throw FakeErrors.badRequest("parameter_invalid", "query is required and must be an object", "query");
        }
        if (depth(query) > MAX_DEPTH) {
            throw FakeErrors.badRequest("parameter_invalid", "query nests groups more than " + MAX_DEPTH + " levels deep",
                    "query");
        }
    }

    private static int depth(JsonNode q) {
        if (!isGroup(q)) {
            if (!q.path("field").isTextual() || q.path("field").asText().isBlank()) {
                throw FakeErrors.badRequest("parameter_invalid", "a filter needs a field", "query");
            }
            return 0;
        }
        JsonNode value = q.path("value");
        if (!value.isArray() || value.isEmpty()) {
            throw FakeErrors.badRequest("parameter_invalid", q.path("operator").asText() + " needs a non-empty list of filters",
                    "query");
        }
        if (value.size() > MAX_GROUP) {
            throw FakeErrors.badRequest("parameter_invalid", "a group holds at most " + MAX_GROUP + " filters", "query");
        }
        int max = 0;
        for (JsonNode child : value) {
            max = Math.max(max, depth(child));
        }
        return 1 + max;
    }

    private static boolean isGroup(JsonNode q) {
        String op = q.path("operator").asText();
        return "AND".equals(op) || "OR".equals(op);
    }

    static boolean matches(JsonNode query, JsonNode conversation) {
        if (isGroup(query)) {
            boolean and = "AND".equals(query.path("operator").asText());
            for (JsonNode child : query.path("value")) {
                boolean m = matches(child, conversation);
                if (and && !m) {
                    return false;
                }
                if (!and && m) {
                    return true;
                }
            }
            return and;
        }
        String op = query.path("operator").asText();
        JsonNode expected = query.path("value");
        List<JsonNode> actual = resolve(conversation, query.path("field").asText());
        switch (op) {
            case "=":
                return actual.stream().anyMatch(a -> same(a, expected));
            case "!=":
                return actual.stream().noneMatch(a -> same(a, expected));
            case "IN":
                return actual.stream().anyMatch(a -> anySame(a, expected));
            case "NIN":
                return actual.stream().noneMatch(a -> anySame(a, expected));
            case ">":
            case ">=":
                return actual.stream().anyMatch(a -> compare(a, expected) >= 0 && comparable(a, expected));
            case "<":
            case "<=":
                return actual.stream().anyMatch(a -> compare(a, expected) <= 0 && comparable(a, expected));
            case "~":
                return actual.stream().anyMatch(a -> text(a).contains(text(expected)));
            case "!~":
                return actual.stream().noneMatch(a -> text(a).contains(text(expected)));
            case "^":
                return actual.stream().anyMatch(a -> text(a).startsWith(text(expected)));
            case "$":
                return actual.stream().anyMatch(a -> text(a).endsWith(text(expected)));
            default:
                throw FakeErrors.badRequest("parameter_invalid", "unknown operator '" + op + "'", "query");
        }
    }

    private static List<JsonNode> resolve(JsonNode conversation, String field) {
        List<JsonNode> out = new ArrayList<>();
        switch (field) {
            case "contact_ids":
                conversation.path("contacts").path("contacts").forEach(c -> out.add(c.path("id")));
                return out;
            case "teammate_ids":
                conversation.path("teammates").path("teammates").forEach(c -> out.add(c.path("id")));
                return out;
            case "tag_ids":
                conversation.path("tags").path("tags").forEach(c -> out.add(c.path("id")));
                return out;
            default:
                JsonNode node = conversation;
                for (String part : field.split("\\.")) {
                    node = node.path(part);
                }
                if (node.isArray()) {
                    node.forEach(out::add);
                } else {
                    out.add(node);
                }
                return out;
        }
    }

    private static boolean anySame(JsonNode actual, JsonNode expected) {
        for (JsonNode e : expected) {
            if (same(actual, e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode actual, JsonNode expected) {
        if (expected.isNull() || expected.isMissingNode()) {
            return actual.isNull() || actual.isMissingNode();
        }
        if (actual.isNull() || actual.isMissingNode()) {
            return false;
        }
        BigDecimal a = number(actual);
        BigDecimal e = number(expected);
        if (a != null && e != null) {
            return a.compareTo(e) == 0;
        }
        return actual.asText().equalsIgnoreCase(expected.asText());
    }

    private static boolean comparable(JsonNode actual, JsonNode expected) {
        return number(actual) != null && number(expected) != null;
    }

    private static int compare(JsonNode actual, JsonNode expected) {
        BigDecimal a = number(actual);
        BigDecimal e = number(expected);
        return a == null || e == null ? 0 : a.compareTo(e);
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "" : n.asText().toLowerCase(Locale.ROOT);
    }
}
