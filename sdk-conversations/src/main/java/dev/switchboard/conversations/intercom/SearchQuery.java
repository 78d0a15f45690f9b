package dev.switchboard.conversations.intercom;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A query of Intercom's search endpoints ({@code POST /conversations/search}, {@code POST /tickets/search}): a filter
 * on one field, or an {@code AND} / {@code OR} group of queries. Built and validated before anything is sent: at most
 * {@value #MAX_DEPTH} levels of group nesting and at most {@value #MAX_GROUP_SIZE} queries per group, list values only
 * with {@code IN} / {@code NIN}, non-empty field names.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.and(
 *         SearchQuery.field("open").eq(true),
 *         SearchQuery.field("updated_at").gt(Instant.parse("2026-04-01T00:00:00Z")),
 *         SearchQuery.or(SearchQuery.field("state").eq("open"), SearchQuery.field("state").eq("snoozed")));
 * }</pre>
 */
public sealed interface SearchQuery permits SearchQuery.Filter, SearchQuery.Group {
    /** Deepest allowed nesting of groups. */
    int MAX_DEPTH = 2;
    /** Most queries allowed in one group. */
    int MAX_GROUP_SIZE = 15;

    /**
     * @param name a field, for example {@code open}, {@code source.author.email} or {@code ticket_attribute.123}
     * @return a builder of a filter on that field
     * @throws IllegalArgumentException if the name is blank
     */
    static FieldRef field(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        return new FieldRef(name);
    }

    /**
     * @param queries at least one, at most {@value #MAX_GROUP_SIZE}
     * @return a group matching when all match
     * @throws IllegalArgumentException if the group is empty, too large or nested too deeply
     */
    static Group and(SearchQuery... queries) {
        return new Group(GroupOperator.AND, List.of(queries));
    }

    /**
     * @param queries at least one, at most {@value #MAX_GROUP_SIZE}
     * @return a group matching when any matches
     * @throws IllegalArgumentException if the group is empty, too large or nested too deeply
     */
    static Group or(SearchQuery... queries) {
        return new Group(GroupOperator.OR, List.of(queries));
    }

    /** @return levels of group nesting below and including this query (a filter is 0) */
    int depth();

    /** @return the query as Intercom's JSON (maps, lists and scalars) */
    @JsonValue
    Map<String, Object> toJson();

    /** {@code AND} or {@code OR}. */
    enum GroupOperator {
        /** All must match. */
        AND,
        /** Any must match. */
        OR
    }

    /**
     * A condition on one field.
     *
     * @param field the field
     * @param operator the comparison
     * @param value a String, Long, Integer, Boolean, or (for IN/NIN) a list of Strings and numbers
     */
    record Filter(String field, SearchOperator operator, Object value) implements SearchQuery {
        /** Checks that the value fits the operator. */
        public Filter {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            if (operator.takesList()) {
                if (!(value instanceof List<?> list) || list.isEmpty()) {
                    throw new IllegalArgumentException(operator.wire() + " on " + field + " needs a non-empty list value");
                }
                for (Object v : list) {
                    if (!(v instanceof String || v instanceof Integer || v instanceof Long)) {
                        throw new IllegalArgumentException(operator.wire() + " on " + field + " takes strings and integers only");
                    }
                }
                value = List.copyOf(list);
            } else if (!(value == null || value instanceof String || value instanceof Integer || value instanceof Long
                    || value instanceof Boolean)) {
                throw new IllegalArgumentException(operator.wire() + " on " + field
                        + " takes a string, an integer, a boolean or null; use IN/NIN for lists");
            }
        }

        @Override
        public int depth() {
            return 0;
        }

        @Override
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", field);
            m.put("operator", operator.wire());
            m.put("value", value);
            return m;
        }
    }

    /**
     * An {@code AND} or {@code OR} of queries.
     *
     * @param operator how the queries combine
     * @param queries the queries
     */
    record Group(GroupOperator operator, List<SearchQuery> queries) implements SearchQuery {
        /** Checks size and nesting. */
        public Group {
            Objects.requireNonNull(operator, "operator");
            queries = List.copyOf(queries);
            if (queries.isEmpty()) {
                throw new IllegalArgumentException(operator + " group must have at least one query");
            }
            if (queries.size() > MAX_GROUP_SIZE) {
                throw new IllegalArgumentException(operator + " group has " + queries.size()
                        + " queries; Intercom allows at most " + MAX_GROUP_SIZE);
            }
            int depth = 1 + queries.stream().mapToInt(SearchQuery::depth).max().orElse(0);
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("search query nests groups " + depth + " levels deep; Intercom allows at most "
                        + MAX_DEPTH);
            }
        }

        @Override
        public int depth() {
            return 1 + queries.stream().mapToInt(SearchQuery::depth).max().orElse(0);
        }

        @Override
        public Map<String, Object> toJson() {
            List<Object> values = new ArrayList<>();
            queries.forEach(q -> values.add(q.toJson()));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("operator", operator.name());
            m.put("value", values);
            return m;
        }
    }

    /**
     * The left side of a filter; each method makes the filter.
     *
     * @param name the field
     */
    record FieldRef(String name) {
        /**
         * @param value string, integer or boolean
         * @return {@code field = value}
         */
        public Filter eq(Object value) {
            return new Filter(name, SearchOperator.EQ, scalar(value));
        }

        /**
         * @param value string, integer or boolean
         * @return {@code field != value}
         */
        public Filter ne(Object value) {
            return new Filter(name, SearchOperator.NE, scalar(value));
        }

        /**
         * @param values strings or integers
         * @return {@code field IN [values]}
         */
        public Filter in(List<?> values) {
            return new Filter(name, SearchOperator.IN, values);
        }

        /**
         * @param values strings or integers
         * @return {@code field NIN [values]}
         */
        public Filter notIn(List<?> values) {
            return new Filter(name, SearchOperator.NIN, values);
        }

        /**
         * @param value a number or an {@link Instant} (sent as epoch seconds)
         * @return {@code field > value}
         */
        public Filter gt(Object value) {
            return new Filter(name, SearchOperator.GT, scalar(value));
        }

        /**
         * @param value a number or an {@link Instant}
         * @return {@code field >= value}
         */
        public Filter ge(Object value) {
            return new Filter(name, SearchOperator.GE, scalar(value));
        }

        /**
         * @param value a number or an {@link Instant}
         * @return {@code field < value}
         */
        public Filter lt(Object value) {
            return new Filter(name, SearchOperator.LT, scalar(value));
        }

        /**
         * @param value a number or an {@link Instant}
         * @return {@code field <= value}
         */
        public Filter le(Object value) {
            return new Filter(name, SearchOperator.LE, scalar(value));
        }

        /**
         * @param text substring
         * @return {@code field ~ text}
         */
        public Filter contains(String text) {
            return new Filter(name, SearchOperator.CONTAINS, text);
        }

        /**
         * @param text substring
         * @return {@code field !~ text}
         */
        public Filter notContains(String text) {
            return new Filter(name, SearchOperator.NOT_CONTAINS, text);
        }

        /**
         * @param prefix prefix
         * @return {@code field ^ prefix}
         */
        public Filter startsWith(String prefix) {
            return new Filter(name, SearchOperator.STARTS_WITH, prefix);
        }

        /**
         * @param suffix suffix
         * @return {@code field $ suffix}
         */
        public Filter endsWith(String suffix) {
            return new Filter(name, SearchOperator.ENDS_WITH, suffix);
        }

        private static Object scalar(Object value) {
            return value instanceof Instant i ? Long.valueOf(i.getEpochSecond()) : value;
        }
    }
}
