package dev.switchboard.conversations.moveworks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The OData query options of a listing: {@code $filter}, {@code $orderby}, {@code $top}, {@code $skip} and
 * {@code $select}. Immutable; the builder validates every part, so a query that builds can be sent.
 *
 * <pre>{@code
 * ODataQuery q = ODataQuery.builder()
 *         .filter(Filter.lastUpdatedTime().ge(since))
 *         .and(Filter.dmOnly())
 *         .orderBy("created_time", SortOrder.DESC)
 *         .build();
 * api.conversations().list(q);
 * }</pre>
 *
 * <p>Moveworks documents {@code $filter}, {@code $orderby} and {@code $skip}; {@code $top} and {@code $select} are
 * standard OData but not shown in Moveworks' public material, so check them against your tenant before relying on
 * them. Query options are sent on the first request of a listing only: later pages follow the server's
 * {@code @odata.nextLink}, which already carries them.
 */
public final class ODataQuery {
    private static final ODataQuery ALL = new Builder().build();

    private final Filter filter;
    private final List<OrderBy> orderBy;
    private final Integer top;
    private final Long skip;
    private final List<String> select;

    private ODataQuery(Builder b) {
        this.filter = b.filter;
        this.orderBy = List.copyOf(b.orderBy);
        this.top = b.top;
        this.skip = b.skip;
        this.select = List.copyOf(b.select);
    }

    /** @return a query without options: every record */
    public static ODataQuery all() {
        return ALL;
    }

    /**
     * @param filter the {@code $filter}
     * @return a query with only that filter
     */
    public static ODataQuery of(Filter filter) {
        return builder().filter(filter).build();
    }

    /** @return {@code $filter=route eq 'DM'}: user-initiated conversations, as before April 2026; see {@link Filter#dmOnly()} */
    public static ODataQuery dmOnly() {
        return of(Filter.dmOnly());
    }

    /** @return {@code $filter=route ne 'DM'}: SysEvent conversations; see {@link Filter#sysEventsOnly()} */
    public static ODataQuery sysEventsOnly() {
        return of(Filter.sysEventsOnly());
    }

    /** @return a builder with no options */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this query's options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filter = filter;
        b.orderBy.addAll(orderBy);
        b.top = top;
        b.skip = skip;
        b.select.addAll(select);
        return b;
    }

    /**
     * @param more another condition
     * @return a copy whose filter is this one's (if any) and {@code more}
     */
    public ODataQuery and(Filter more) {
        return toBuilder().and(more).build();
    }

    /** @return the {@code $filter} */
    public Optional<Filter> filter() {
        return Optional.ofNullable(filter);
    }

    /** @return the {@code $orderby} terms, in order */
    public List<OrderBy> orderBy() {
        return orderBy;
    }

    /** @return the {@code $top} */
    public OptionalInt top() {
        return top == null ? OptionalInt.empty() : OptionalInt.of(top);
    }

    /** @return the {@code $skip} */
    public OptionalLong skip() {
        return skip == null ? OptionalLong.empty() : OptionalLong.of(skip);
    }

    /** @return the {@code $select} fields, in order */
    public List<String> select() {
        return select;
    }

    /**
     * @return the query parameters, unencoded, in the order {@code $filter}, {@code $orderby}, {@code $top},
     *     {@code $skip}, {@code $select}; only those that are set
     */
    public List<Map.Entry<String, String>> parameters() {
        List<Map.Entry<String, String>> p = new ArrayList<>();
        if (filter != null) {
            p.add(Map.entry("$filter", filter.toOData()));
        }
        if (!orderBy.isEmpty()) {
            p.add(Map.entry("$orderby", String.join(",", orderBy.stream().map(OrderBy::toOData).toList())));
        }
        if (top != null) {
            p.add(Map.entry("$top", Integer.toString(top)));
        }
        if (skip != null) {
            p.add(Map.entry("$skip", Long.toString(skip)));
        }
        if (!select.isEmpty()) {
            p.add(Map.entry("$select", String.join(",", select)));
        }
        return List.copyOf(p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ODataQuery q && q.parameters().equals(parameters());
    }

    @Override
    public int hashCode() {
        return parameters().hashCode();
    }

    /** @return the options as an unencoded query string, for example {@code $filter=route eq 'DM'&$top=10} */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : parameters()) {
            parts.add(e.getKey() + "=" + e.getValue());
        }
        return parts.isEmpty() ? "(no query options)" : String.join("&", parts);
    }

    /**
     * One {@code $orderby} term.
     *
     * @param field a plain field name
     * @param order the direction
     */
    public record OrderBy(String field, SortOrder order) {
        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException if the field is not a plain name
         */
        public OrderBy {
            ODataSyntax.field(field, "field");
            Objects.requireNonNull(order, "order must not be null");
        }

        /** @return {@code field} for ascending, {@code field desc} for descending */
        public String toOData() {
            return order == SortOrder.ASC ? field : field + " desc";
        }
    }

    /** Builds an {@link ODataQuery}; not thread-safe. */
    public static final class Builder {
        private Filter filter;
        private final List<OrderBy> orderBy = new ArrayList<>();
        private Integer top;
        private Long skip;
        private final List<String> select = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param filter the {@code $filter}, replacing any earlier one; {@code null} for none
         * @return this builder
         */
        public Builder filter(Filter filter) {
            this.filter = filter;
            return this;
        }

        /**
         * @param more a condition that must also hold; becomes the filter when there is none yet
         * @return this builder
         */
        public Builder and(Filter more) {
            Objects.requireNonNull(more, "more must not be null");
            this.filter = filter == null ? more : filter.and(more);
            return this;
        }

        /**
         * @param field a field to sort by, ascending
         * @return this builder
         * @throws IllegalArgumentException if not a plain field name
         */
        public Builder orderBy(String field) {
            return orderBy(field, SortOrder.ASC);
        }

        /**
         * @param field a field to sort by, after any earlier ones
         * @param order the direction
         * @return this builder
         * @throws IllegalArgumentException if not a plain field name
         */
        public Builder orderBy(String field, SortOrder order) {
            orderBy.add(new OrderBy(field, order));
            return this;
        }

        /**
         * @param top the most records to return in all, at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder top(int top) {
            if (top < 1) {
                throw new IllegalArgumentException("top must be at least 1, was " + top);
            }
            this.top = top;
            return this;
        }

        /**
         * @param skip how many records to skip first, zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder skip(long skip) {
            if (skip < 0) {
                throw new IllegalArgumentException("skip must not be negative, was " + skip);
            }
            this.skip = skip;
            return this;
        }

        /**
         * @param fields fields to return, added to any selected before. Typed records then hold {@code null} for the
         *     others, and re-encoding writes only what the server sent.
         * @return this builder
         * @throws IllegalArgumentException if none is given or one is not a plain field name
         */
        public Builder select(String... fields) {
            if (fields == null || fields.length == 0) {
                throw new IllegalArgumentException("fields must hold at least one field name");
            }
            for (String f : fields) {
                ODataSyntax.field(f, "fields");
            }
            for (String f : fields) {
                if (!select.contains(f)) {
                    select.add(f);
                }
            }
            return this;
        }

        /** @return the query */
        public ODataQuery build() {
            return new ODataQuery(this);
        }
    }
}
