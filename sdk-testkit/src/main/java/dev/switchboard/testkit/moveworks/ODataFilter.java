package dev.switchboard.testkit.moveworks;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small OData {@code $filter} evaluator, enough for the queries the SDK builds: comparisons
 * ({@code eq ne gt ge lt le}) of a top-level field with a string literal (quotes doubled inside), {@code null},
 * {@code true}, {@code false} or a number, joined by {@code and} / {@code or}, with parentheses. Fields ending in
 * {@code _time} compare as instants when both sides parse as ISO-8601. Anything else is refused with a
 * {@link BadRequest}, which the fake answers with 400 and an OData error body.
 */
final class ODataFilter {
    private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "ge", "lt", "le");

    /** A filter (or another query option) the fake cannot serve. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private final List<String> tokens;
    private final Set<String> fields;
    private final String entity;
    private int pos;

    private ODataFilter(List<String> tokens, Set<String> fields, String entity) {
        this.tokens = tokens;
        this.fields = fields;
        this.entity = entity;
    }

    /**
     * @param text the {@code $filter} value
     * @param fields the entity's fields
     * @param entity the entity name, for messages
     * @return the records' predicate
     * @throws BadRequest if the filter is not supported or names an unknown field
     */
    static Predicate<JsonNode> parse(String text, Set<String> fields, String entity) {
        ODataFilter p = new ODataFilter(tokenize(text), fields, entity);
        if (p.tokens.isEmpty()) {
            throw new BadRequest("The $filter expression is empty.");
        }
        Predicate<JsonNode> result = p.or();
        if (p.pos < p.tokens.size()) {
            throw new BadRequest("Syntax error at position " + p.pos + " in $filter: unexpected '" + p.tokens.get(p.pos) + "'.");
        }
        return result;
    }

    private Predicate<JsonNode> or() {
        Predicate<JsonNode> left = and();
        while (accept("or")) {
            Predicate<JsonNode> l = left;
            Predicate<JsonNode> r = and();
            left = n -> l.test(n) || r.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> and() {
        Predicate<JsonNode> left = primary();
        while (accept("and")) {
            Predicate<JsonNode> l = left;
            Predicate<JsonNode> r = primary();
            left = n -> l.test(n) && r.test(n);
        }
        return left;
    }

    private Predicate<JsonNode> primary() {
        if (accept("(")) {
            Predicate<JsonNode> inner = or();
            if (!accept(")")) {
                throw new BadRequest("Syntax error in $filter: ')' expected.");
            }
            return inner;
        }
        String field = next("a property name");
        if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new BadRequest("The $filter construct '" + field + "' is not supported by this fake (only comparisons of "
                    + "properties with literals, joined by and/or).");
        }
        if (!fields.contains(field)) {
            throw new BadRequest("Could not find a property named '" + field + "' on type '" + entity + "'.");
        }
        String op = next("an operator");
        if (!OPERATORS.contains(op)) {
            throw new BadRequest("Unsupported operator '" + op + "' in $filter.");
        }
        Object literal = literal(next("a literal"));
        if (literal == null && !op.equals("eq") && !op.equals("ne")) {
            throw new BadRequest("null can only be compared with eq or ne.");
        }
        return n -> compare(n.get(field), op, literal, field.endsWith("_time"));
    }

    private Object literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        switch (token) {
            case "null":
                return null;
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                try {
                    return new BigDecimal(token);
                } catch (NumberFormatException e) {
                    throw new BadRequest("Unsupported literal '" + token + "' in $filter.");
                }
        }
    }

    private static boolean compare(JsonNode value, String op, Object literal, boolean time) {
        boolean missing = value == null || value.isNull();
        if (literal == null) {
            return op.equals("eq") == missing;
        }
        if (missing) {
            return op.equals("ne");
        }
        int c;
        if (literal instanceof String s) {
            if (!value.isTextual()) {
                return op.equals("ne");
            }
            Instant a = time ? instant(value.asText()) : null;
            Instant b = time ? instant(s) : null;
            c = a != null && b != null ? a.compareTo(b) : value.asText().compareTo(s);
        } else if (literal instanceof Boolean b) {
            if (!value.isBoolean()) {
                return op.equals("ne");
            }
            c = Boolean.compare(value.booleanValue(), b);
        } else {
            if (!value.isNumber()) {
                return op.equals("ne");
            }
            c = value.decimalValue().compareTo((BigDecimal) literal);
        }
        switch (op) {
            case "eq":
                return c == 0;
            case "ne":
                return c != 0;
            case "gt":
                return c > 0;
            case "ge":
                return c >= 0;
            case "lt":
                return c < 0;
            default:
                return c <= 0;
        }
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equals(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private String next(String what) {
        if (pos >= tokens.size()) {
            throw new BadRequest("Syntax error in $filter: " + what + " expected at the end.");
        }
        return tokens.get(pos++);
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '\'') {
                int j = i + 1;
                while (true) {
                    if (j >= text.length()) {
                        throw new BadRequest("Unterminated string literal in $filter.");
                    }
                    if (text.charAt(j) == '\'') {
                        if (j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.add(text.substring(i, j + 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < text.length() && " ()'".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
