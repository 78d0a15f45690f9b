package dev.switchboard.conversations.intercom.companies;

import dev.switchboard.core.spi.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields and setters {@link CompanyRequest.Builder} and {@link CompanyUpdate.Builder} share, checked as they are set
 * and written in the order of the spec's schemas. Not thread-safe.
 *
 * @param <B> the builder, returned by every setter
 */
abstract class CompanyFields<B extends CompanyFields<B>> {
    /** {@code monthly_spend}'s documented upper limit: 2**31-1. */
    static final long MAX_MONTHLY_SPEND = Integer.MAX_VALUE;

    CompanyFields() {
    }

    String companyId;
    String name;
    String plan;
    Integer size;
    String website;
    String industry;
    Map<String, Object> customAttributes;
    Long remoteCreatedAt;
    Long monthlySpend;

    static String text(String value, String name) {
        return Checks.notBlank(value, name);
    }

    static long checkedMonthlySpend(long spend) {
        if (spend > MAX_MONTHLY_SPEND) {
            throw new IllegalArgumentException("monthlySpend must be at most 2147483647 (Intercom's limit, 2**31-1),"
                    + " was " + spend);
        }
        return spend;
    }

    static long epochSeconds(Instant at, String name) {
        return Objects.requireNonNull(at, name).getEpochSecond();
    }

    /** @return this builder, as its own type */
    abstract B self();

    /**
     * @param name the company's name
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public B name(String name) {
        this.name = text(name, "name");
        return self();
    }

    /**
     * @param plan the name of the company's plan (Intercom answers with a {@code plan} object of that name)
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public B plan(String plan) {
        this.plan = text(plan, "plan");
        return self();
    }

    /**
     * @param employees the number of employees
     * @return this builder
     */
    public B size(int employees) {
        this.size = employees;
        return self();
    }

    /**
     * @param website the company's website (Intercom accepts any string)
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public B website(String website) {
        this.website = text(website, "website");
        return self();
    }

    /**
     * @param industry the company's industry
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public B industry(String industry) {
        this.industry = text(industry, "industry");
        return self();
    }

    /**
     * @param name an attribute name
     * @param value a string, boolean, finite number, or {@code null} to clear the attribute; sent with its JSON type
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or the value of another type
     */
    public B customAttribute(String name, Object value) {
        putCustomAttribute(name, value);
        return self();
    }

    /**
     * @param attributes attributes to set, as {@link #customAttribute(String, Object)} takes them
     * @return this builder
     * @throws IllegalArgumentException if a name is blank or a value of another type
     */
    public B customAttributes(Map<String, ?> attributes) {
        Objects.requireNonNull(attributes, "customAttributes").forEach(this::putCustomAttribute);
        return self();
    }

    /**
     * @param spend the revenue the company brings, a whole amount up to 2147483647
     * @return this builder
     * @throws IllegalArgumentException if it is above that limit
     */
    public B monthlySpend(long spend) {
        this.monthlySpend = checkedMonthlySpend(spend);
        return self();
    }

    private void putCustomAttribute(String attribute, Object value) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("custom attribute name must not be blank");
        }
        if (!(value == null || value instanceof String || value instanceof Boolean || finite(value))) {
            throw new IllegalArgumentException("custom attribute '" + attribute + "' must be a string, boolean, finite"
                    + " number or null, was a " + value.getClass().getSimpleName());
        }
        if (customAttributes == null) {
            customAttributes = new LinkedHashMap<>();
        }
        customAttributes.put(attribute, value);
    }

    private static boolean finite(Object value) {
        if (value instanceof Double d) {
            return Double.isFinite(d);
        }
        if (value instanceof Float f) {
            return Float.isFinite(f);
        }
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger;
    }

    /**
     * @param withCreateFields whether {@code company_id} and {@code remote_created_at} belong to the schema
     * @param what the request, for the message
     * @return the body in the schema's order
     * @throws IllegalArgumentException if nothing is set
     */
    Map<String, Object> json(boolean withCreateFields, String what) {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "name", name);
        if (withCreateFields) {
            put(json, "company_id", companyId);
        }
        put(json, "plan", plan);
        put(json, "size", size);
        put(json, "website", website);
        put(json, "industry", industry);
        if (customAttributes != null) {
            // A copy, so the builder can go on; null values are kept (they clear an attribute).
            json.put("custom_attributes", Collections.unmodifiableMap(new LinkedHashMap<>(customAttributes)));
        }
        if (withCreateFields) {
            put(json, "remote_created_at", remoteCreatedAt);
        }
        put(json, "monthly_spend", monthlySpend);
        if (json.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one field");
        }
        return Collections.unmodifiableMap(json);
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
