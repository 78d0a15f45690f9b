package dev.switchboard.conversations.moveworks;

import dev.switchboard.core.json.OpenEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An OData {@code $filter} expression, built from typed parts so that field names are validated and literals are
 * quoted and escaped: nothing a caller passes can change the expression's structure.
 *
 * <pre>{@code
 * Filter f = Filter.dmOnly()
 *         .and(Filter.lastUpdatedTime().ge(Instant.parse("2026-04-01T00:00:00Z")));
 * f.toOData();   // route eq 'DM' and last_updated_time ge '2026-04-01T00:00:00.000Z'
 *
 * Filter.field("route").eq("Ticket").or(Filter.field("route").eq("Channel"))
 *         .and(Filter.createdTime().lt(cutoff));
 * // (route eq 'Ticket' or route eq 'Channel') and created_time lt '...'
 * }</pre>
 *
 * <p>{@code and} binds tighter than {@code or} in OData; to make precedence explicit, an {@code or} inside an
 * {@code and} and an {@code and} inside an {@code or} are always written in parentheses.
 */
public sealed interface Filter permits Filter.Comparison, Filter.And, Filter.Or {

    /** @return the expression as OData text, ready to be sent as {@code $filter} (the transport percent-encodes it) */
    String toOData();

    /**
     * @param other another condition
     * @return both must hold
     */
    default Filter and(Filter other) {
        return Filter.allOf(this, other);
    }

    /**
     * @param other another condition
     * @return either may hold
     */
    default Filter or(Filter other) {
        return Filter.anyOf(this, other);
    }

    /**
     * @param filters two or more conditions (nested {@code and}s are flattened); one is returned as it is
     * @return all must hold
     * @throws IllegalArgumentException if none is given
     * @throws NullPointerException if one is null
     */
    static Filter allOf(Filter... filters) {
        List<Filter> parts = flatten(filters, And.class);
        return parts.size() == 1 ? parts.get(0) : new And(parts);
    }

    /**
     * @param filters two or more conditions (nested {@code or}s are flattened); one is returned as it is
     * @return any may hold
     * @throws IllegalArgumentException if none is given
     * @throws NullPointerException if one is null
     */
    static Filter anyOf(Filter... filters) {
        List<Filter> parts = flatten(filters, Or.class);
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    /** @return conditions on {@code created_time} */
    static TimeField createdTime() {
        return new TimeField("created_time");
    }

    /** @return conditions on {@code last_updated_time}, the field to use for incremental exports (and for users) */
    static TimeField lastUpdatedTime() {
        return new TimeField("last_updated_time");
    }

    /**
     * @param name another timestamp field, for example {@code plugin_update_time}
     * @return conditions on it
     * @throws IllegalArgumentException if {@code name} is not a plain field name
     */
    static TimeField time(String name) {
        return new TimeField(ODataSyntax.field(name, "name"));
    }

    /**
     * @param name a string field, for example {@code route}, {@code type}, {@code actor} or {@code user_id}
     * @return conditions on it
     * @throws IllegalArgumentException if {@code name} is not a plain field name (letters, digits, {@code _})
     */
    static StringField field(String name) {
        return new StringField(ODataSyntax.field(name, "name"));
    }

    /**
     * @param name a boolean field, for example {@code used}, {@code served} or {@code cited} (plugin calls and
     *     resources) or {@code access_to_bot} (users)
     * @return conditions on it, with bare {@code true} / {@code false} literals ({@code used eq false}, not
     *     {@code used eq 'false'})
     * @throws IllegalArgumentException if {@code name} is not a plain field name
     */
    static BooleanField bool(String name) {
        return new BooleanField(ODataSyntax.field(name, "name"));
    }

    /**
     * @param name a numeric field
     * @return conditions on it, with bare number literals ({@code count gt 2}, not {@code count gt '2'})
     * @throws IllegalArgumentException if {@code name} is not a plain field name
     */
    static NumberField number(String name) {
        return new NumberField(ODataSyntax.field(name, "name"));
    }

    /** @return conditions on a conversation's {@code route} */
    static StringField route() {
        return new StringField("route");
    }

    /**
     * User-initiated conversations only: {@code route eq 'DM'}. This is what the conversations entity held before the
     * April 2026 SysEvents change, so it keeps dashboards comparable across that date.
     *
     * @return {@code route eq 'DM'}
     */
    static Filter dmOnly() {
        return route().eq(ConversationRoute.DM);
    }

    /**
     * System-initiated conversations only: {@code route ne 'DM'}. Chosen over {@code type ne null} because legacy
     * notifications (sent before the rollout, engaged after) have route {@code Notification} but no type; with
     * {@code ne 'DM'} every conversation is in exactly one of {@link #dmOnly()} and this, and it matches
     * {@link Conversation#isSysEvent()}.
     *
     * @return {@code route ne 'DM'}
     */
    static Filter sysEventsOnly() {
        return route().ne(ConversationRoute.DM);
    }

    private static List<Filter> flatten(Filter[] filters, Class<?> kind) {
        if (filters == null || filters.length == 0) {
            throw new IllegalArgumentException("filters must hold at least one filter");
        }
        List<Filter> parts = new ArrayList<>();
        for (int i = 0; i < filters.length; i++) {
            Filter f = Objects.requireNonNull(filters[i], "filters[" + i + "] must not be null");
            if (kind.isInstance(f)) {
                parts.addAll(f instanceof And a ? a.operands() : ((Or) f).operands());
            } else {
                parts.add(f);
            }
        }
        return parts;
    }

    /** OData comparison operators. */
    enum Operator {
        /** Equal. */
        EQ,
        /** Not equal. */
        NE,
        /** Greater than. */
        GT,
        /** Greater than or equal. */
        GE,
        /** Less than. */
        LT,
        /** Less than or equal. */
        LE;

        /** @return the OData keyword, for example {@code ge} */
        public String keyword() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * {@code field op literal}.
     *
     * @param field a plain field name
     * @param operator the operator
     * @param value a {@link String}, an {@link Instant}, a {@link Boolean} (with {@code eq} / {@code ne} only), a
     *     {@link Long} or a {@link BigDecimal}, or {@code null} (with {@code eq} / {@code ne} only)
     */
    record Comparison(String field, Operator operator, Object value) implements Filter {
        /**
         * Checks the parts.
         *
         * @throws IllegalArgumentException if the field is not a plain name, the value of another type, a string value
         *     holds control characters, or {@code null} or a boolean is compared with an ordering operator
         */
        public Comparison {
            ODataSyntax.field(field, "field");
            Objects.requireNonNull(operator, "operator must not be null");
            if (value == null || value instanceof Boolean) {
                if (operator != Operator.EQ && operator != Operator.NE) {
                    throw new IllegalArgumentException((value == null ? "null" : "a boolean")
                            + " can only be compared with eq or ne, not " + operator.keyword());
                }
            } else if (value instanceof String s) {
                ODataSyntax.checkText(s);
            } else if (!(value instanceof Instant || value instanceof Long || value instanceof BigDecimal)) {
                throw new IllegalArgumentException("value must be a String, an Instant, a Boolean, a Long, a BigDecimal"
                        + " or null, was " + value.getClass().getSimpleName());
            }
        }

        @Override
        public String toOData() {
            String literal;
            if (value == null) {
                literal = "null";
            } else if (value instanceof Instant i) {
                literal = ODataSyntax.instant(i);
            } else if (value instanceof String s) {
                literal = ODataSyntax.quote(s);
            } else if (value instanceof BigDecimal d) {
                literal = d.toPlainString();
            } else {
                literal = value.toString(); // Boolean or Long: bare, as OData writes them
            }
            return field + " " + operator.keyword() + " " + literal;
        }
    }

    /**
     * All operands must hold.
     *
     * @param operands two or more conditions, none an {@link And} itself
     */
    record And(List<Filter> operands) implements Filter {
        /**
         * Copies the operands.
         *
         * @throws IllegalArgumentException if fewer than two
         */
        public And {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("and needs at least two operands");
            }
        }

        @Override
        public String toOData() {
            StringBuilder sb = new StringBuilder();
            for (Filter f : operands) {
                if (sb.length() > 0) {
                    sb.append(" and ");
                }
                sb.append(f instanceof Comparison ? f.toOData() : "(" + f.toOData() + ")");
            }
            return sb.toString();
        }
    }

    /**
     * Any operand may hold.
     *
     * @param operands two or more conditions, none an {@link Or} itself
     */
    record Or(List<Filter> operands) implements Filter {
        /**
         * Copies the operands.
         *
         * @throws IllegalArgumentException if fewer than two
         */
        public Or {
            operands = List.copyOf(operands);
            if (operands.size() < 2) {
                throw new IllegalArgumentException("or needs at least two operands");
            }
        }

        @Override
        public String toOData() {
            StringBuilder sb = new StringBuilder();
            for (Filter f : operands) {
                if (sb.length() > 0) {
                    sb.append(" or ");
                }
                sb.append(f instanceof Comparison ? f.toOData() : "(" + f.toOData() + ")");
            }
            return sb.toString();
        }
    }

    /** Typed comparisons on a timestamp field; literals are quoted ISO-8601 with milliseconds. */
    final class TimeField {
        private final String name;

        private TimeField(String name) {
            this.name = name;
        }

        /**
         * @param instant the bound (finer than milliseconds is truncated)
         * @return {@code field ge 'instant'}
         */
        public Filter ge(Instant instant) {
            return compare(Operator.GE, instant);
        }

        /**
         * @param instant the bound (finer than milliseconds is truncated)
         * @return {@code field gt 'instant'}
         */
        public Filter gt(Instant instant) {
            return compare(Operator.GT, instant);
        }

        /**
         * @param instant the bound (finer than milliseconds is truncated)
         * @return {@code field le 'instant'}
         */
        public Filter le(Instant instant) {
            return compare(Operator.LE, instant);
        }

        /**
         * @param instant the bound (finer than milliseconds is truncated)
         * @return {@code field lt 'instant'}
         */
        public Filter lt(Instant instant) {
            return compare(Operator.LT, instant);
        }

        /**
         * @param fromInclusive the start
         * @param toExclusive the end, after the start
         * @return {@code field ge 'from' and field lt 'to'}
         * @throws IllegalArgumentException if the end is not after the start
         */
        public Filter between(Instant fromInclusive, Instant toExclusive) {
            Objects.requireNonNull(fromInclusive, "fromInclusive must not be null");
            Objects.requireNonNull(toExclusive, "toExclusive must not be null");
            if (!toExclusive.isAfter(fromInclusive)) {
                throw new IllegalArgumentException("toExclusive must be after fromInclusive");
            }
            return ge(fromInclusive).and(lt(toExclusive));
        }

        private Filter compare(Operator op, Instant instant) {
            return new Comparison(name, op, Objects.requireNonNull(instant, "instant must not be null"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Equality on a boolean field; literals are the bare OData {@code true} and {@code false}. */
    final class BooleanField {
        private final String name;

        private BooleanField(String name) {
            this.name = name;
        }

        /**
         * @param value the value
         * @return {@code field eq true} or {@code field eq false}
         */
        public Filter eq(boolean value) {
            return new Comparison(name, Operator.EQ, value);
        }

        /**
         * @param value the value
         * @return {@code field ne true} or {@code field ne false} (also true for records where the field is null)
         */
        public Filter ne(boolean value) {
            return new Comparison(name, Operator.NE, value);
        }

        /** @return {@code field eq null} */
        public Filter isNull() {
            return new Comparison(name, Operator.EQ, null);
        }

        /** @return {@code field ne null} */
        public Filter isNotNull() {
            return new Comparison(name, Operator.NE, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Comparisons on a numeric field; literals are bare decimal numbers (no exponent). */
    final class NumberField {
        private final String name;

        private NumberField(String name) {
            this.name = name;
        }

        /**
         * @param value the value
         * @return {@code field eq value}
         */
        public Filter eq(long value) {
            return new Comparison(name, Operator.EQ, value);
        }

        /**
         * @param value the value
         * @return {@code field ne value}
         */
        public Filter ne(long value) {
            return new Comparison(name, Operator.NE, value);
        }

        /**
         * @param value the bound
         * @return {@code field gt value}
         */
        public Filter gt(long value) {
            return new Comparison(name, Operator.GT, value);
        }

        /**
         * @param value the bound
         * @return {@code field ge value}
         */
        public Filter ge(long value) {
            return new Comparison(name, Operator.GE, value);
        }

        /**
         * @param value the bound
         * @return {@code field lt value}
         */
        public Filter lt(long value) {
            return new Comparison(name, Operator.LT, value);
        }

        /**
         * @param value the bound
         * @return {@code field le value}
         */
        public Filter le(long value) {
            return new Comparison(name, Operator.LE, value);
        }

        /**
         * @param operator the comparison
         * @param value a decimal, written without exponent ({@code 1E+3} is sent as {@code 1000})
         * @return {@code field op value}
         */
        public Filter compare(Operator operator, BigDecimal value) {
            return new Comparison(name, Objects.requireNonNull(operator, "operator must not be null"),
                    Objects.requireNonNull(value, "value must not be null (use isNull())"));
        }

        /** @return {@code field eq null} */
        public Filter isNull() {
            return new Comparison(name, Operator.EQ, null);
        }

        /** @return {@code field ne null} */
        public Filter isNotNull() {
            return new Comparison(name, Operator.NE, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Equality on a string field; literals are single-quoted with embedded quotes doubled. */
    final class StringField {
        private final String name;

        private StringField(String name) {
            this.name = name;
        }

        /**
         * @param value the value; {@code O'Brien} is sent as {@code 'O''Brien'}
         * @return {@code field eq 'value'}
         * @throws IllegalArgumentException if the value holds a control character
         */
        public Filter eq(String value) {
            return new Comparison(name, Operator.EQ, ODataSyntax.checkText(value));
        }

        /**
         * @param value the value
         * @return {@code field ne 'value'}
         * @throws IllegalArgumentException if the value holds a control character
         */
        public Filter ne(String value) {
            return new Comparison(name, Operator.NE, ODataSyntax.checkText(value));
        }

        /**
         * @param value an enum value such as {@link ConversationRoute#DM} or {@link Actor#BOT}
         * @return {@code field eq 'value'}
         */
        public Filter eq(OpenEnum value) {
            return eq(Objects.requireNonNull(value, "value must not be null (use isNull())").value());
        }

        /**
         * @param value an enum value
         * @return {@code field ne 'value'}
         */
        public Filter ne(OpenEnum value) {
            return ne(Objects.requireNonNull(value, "value must not be null (use isNotNull())").value());
        }

        /** @return {@code field eq null} */
        public Filter isNull() {
            return new Comparison(name, Operator.EQ, null);
        }

        /** @return {@code field ne null} */
        public Filter isNotNull() {
            return new Comparison(name, Operator.NE, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
